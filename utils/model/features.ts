/**
 * Features of the model's words, shared by training and the runtime:
 * word unigrams, word bigrams (with a start-of-unit marker) and character
 * 3-4-grams of each word, hashed into BUCKETS. Group mentions become one
 * placeholder "<grp>" and known personal names "<name>" before hashing, so
 * what is learnt about one group or person carries over to all of them.
 *
 * The vocabularies (groups, names) are data owned by the rules and passed in,
 * so this file depends on nothing under rules/.
 */
import { combine, hashRange, hashString } from './hash';
import type { ModelToken } from './normalise';

export const BUCKET_BITS = 18;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;

export interface Vocabulary {
  /** How many words from `at` form a protected-group mention (0 when none). */
  groupAt(words: readonly string[], at: number): number;
  /** Lower-case personal names (given names and surnames) typed with a capital. */
  names: ReadonlySet<string>;
  /** Words that are never names even when listed (titles, months, places...). */
  notNames: ReadonlySet<string>;
}

export interface FeatureOptions {
  /** Replace group mentions with "<grp>" (off only to measure what the placeholder gains). */
  groupPlaceholder: boolean;
}

/** One featurised word: its span in the original text and its hashed features. */
export interface ModelWord {
  text: string;
  start: number;
  end: number;
  /** Bucket of the word's unigram, then of its character n-grams. */
  features: number[];
  /** Bucket of the bigram (previous word, this word), or of (start, this word) for the first. */
  bigram: number;
  /** Bucket of (start of unit, this word): used when a unit starts here. */
  opening: number;
}

const WORD_SEED = hashString('w:');
const CHAR_SEED = hashString('c:');
const START = hashString('<s>');
/** 5-grams measured no better on held-out families than 3-4-grams, and cost a third more features. */
const MAX_GRAM = 4;

export function modelWords(tokens: readonly ModelToken[], vocabulary: Vocabulary, options: FeatureOptions): ModelWord[] {
  const lower = tokens.map((t) => t.text);
  const words: ModelWord[] = [];
  let previous = START;
  for (let i = 0; i < tokens.length; ) {
    const groupLength = options.groupPlaceholder ? vocabulary.groupAt(lower, i) : 0;
    const token = tokens[i]!;
    let text = token.text;
    let end = token.end;
    if (groupLength > 0) {
      text = '<grp>';
      end = tokens[i + groupLength - 1]!.end;
    } else if (token.capitalised && vocabulary.names.has(text) && !vocabulary.notNames.has(text)) {
      // Also the draft's first word, as every later sentence's first word already was: "Sarah in Licensing is a
      // jobsworth" names a person (round 4, with the role words in rules/model/targets.ts: respect drafts the
      // model never judged 70 -> 46 of 1,176; out-of-fold respect AUC 0.93 -> 0.94).

      text = '<name>';
    }
    const unigram = hashString(text, WORD_SEED);
    const features = [unigram & MASK];
    if (text.charCodeAt(0) !== 60 /* "<": placeholders have no spelling */) charGrams(text, features);
    words.push({ text, start: token.start, end, features, bigram: combine(previous, unigram) & MASK, opening: combine(START, unigram) & MASK });
    previous = unigram;
    i += Math.max(groupLength, 1);
  }
  return words;
}

/** Character 3-4-grams of " word " (spaces mark the edges). */
function charGrams(word: string, into: number[]): void {
  const padded = ` ${word} `;
  for (let n = 3; n <= MAX_GRAM; n++) {
    for (let i = 0; i + n <= padded.length; i++) into.push(hashRange(padded, i, i + n, CHAR_SEED + n) & MASK);
  }
}

/** Every bucket of the unit words[from, to): what training sees for one sample. */
export function unitFeatures(words: readonly ModelWord[], from = 0, to = words.length): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) {
    const word = words[k]!;
    for (const f of word.features) out.push(f);
    out.push(k === from ? word.opening : word.bigram);
  }
  return out;
}
