/**
 * Words for clause-level patterns ("Cllr Brown is a liar", "I'd punch him"):
 * the folded words with contractions split ("he's" -> "he" + "is", "isn't" ->
 * "is" + "not") so a rule can look for a copula or a negation without
 * caring how it was typed, @handles kept whole (a handle names one account),
 * and each word's sentence, so a pattern never runs across a full stop.
 * Computed once per Doc and shared by the rules that need it.
 */
import type { Doc } from '../engine/doc';
import { toOriginal } from './fold';

export interface Word {
  /** Folded text, contractions expanded ("'s" -> "is", "n't" -> "not"). */
  text: string;
  /** UTF-16 span in the original text. */
  start: number;
  end: number;
  /** Index of the sentence (doc.sentences) the word is in. */
  sentence: number;
  /** Punctuation typed between the previous word and this one ("" when only spaces). */
  before: string;
  /** Typed with an initial capital. */
  capitalised: boolean;
  /** An @handle: the text is the handle without "@". */
  handle: boolean;
  /** Split off a contraction ("'s", "'re", "n't"...): the "'s" may also be a possessive. */
  clitic: boolean;
}

const CLITICS: Record<string, string> = { "'s": 'is', "'re": 'are', "'m": 'am', "'ll": 'will', "'d": 'would', "'ve": 'have' };
const NEGATED_BASES: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
const UPPER = /\p{Lu}/u;
const HANDLE_CHAR = /[A-Za-z0-9_]/;

const WORDS = Symbol('clause words');

export function wordsOf(doc: Doc): Word[] {
  return doc.memo(WORDS, () => build(doc));
}

function build(doc: Doc): Word[] {
  const folded = doc.folded;
  const text = doc.text;
  const sentences = doc.sentences;
  const words: Word[] = [];
  let sentence = 0;
  let previousEnd = 0; // in folded text
  let handleEnd = -1; // original offset: tokens before it belong to the handle just pushed
  for (const token of doc.foldedWords) {
    const { start, end } = toOriginal(folded, token.start, token.end);
    if (start < handleEnd) {
      previousEnd = token.end;
      continue;
    }
    while (sentence < sentences.length - 1 && start >= sentences[sentence]!.end) sentence++;
    const before = folded.text.slice(previousEnd, token.start).replace(/\s+/g, '');
    previousEnd = token.end;
    const capitalised = UPPER.test(text[start] ?? '');
    if (before.endsWith('@') && (start === 0 || HANDLE_CHAR.test(text[start] ?? ''))) {
      let stop = start;
      while (stop < text.length && HANDLE_CHAR.test(text[stop]!)) stop++;
      handleEnd = stop;
      words.push(word(text.slice(start, stop).toLowerCase(), start, stop, sentence, before, capitalised, true, false));
      continue;
    }
    pushSplit(words, token.text, start, end, sentence, before, capitalised);
  }
  return words;
}

// Words are built with one fixed shape: object spread here made every word a
// dictionary-mode object and the garbage it left was most of the engine's time on long pastes.
const word = (
  text: string, start: number, end: number, sentence: number, before: string,
  capitalised: boolean, handle: boolean, clitic: boolean,
): Word => ({ text, start, end, sentence, before, capitalised, handle, clitic });

/** Pushes a folded token, split at a contraction when it has one. */
function pushSplit(words: Word[], token: string, start: number, end: number, sentence: number, before: string, capitalised: boolean): void {
  // Folded and original lengths agree for ordinary words; when they do not (ligatures), do not split.
  const sameLength = end - start === token.length;
  const apostrophe = token.lastIndexOf("'");
  if (sameLength && apostrophe > 0) {
    const tail = token.slice(apostrophe);
    if (tail === "'t" && token[apostrophe - 1] === 'n' && apostrophe > 1) {
      const stem = token.slice(0, apostrophe - 1);
      const cut = start + apostrophe - 1;
      words.push(word(Object.hasOwn(NEGATED_BASES, stem) ? NEGATED_BASES[stem]! : stem, start, cut, sentence, before, capitalised, false, false));
      words.push(word('not', cut, end, sentence, '', false, false, true));
      return;
    }
    const expanded = Object.hasOwn(CLITICS, tail) ? CLITICS[tail] : undefined;
    if (expanded) {
      const cut = start + apostrophe;
      words.push(word(token.slice(0, apostrophe), start, cut, sentence, before, capitalised, false, false));
      words.push(word(expanded, cut, end, sentence, '', false, false, true));
      return;
    }
  }
  words.push(word(token, start, end, sentence, before, capitalised, false, false));
}

/** True when a sentence boundary or a comma-like break lies between words a and b (a < b). */
export function brokenBetween(words: Word[], a: number, b: number, { commas = true } = {}): boolean {
  if (words[a]!.sentence !== words[b]!.sentence) return true;
  for (let k = a + 1; k <= b; k++) {
    const gap = words[k]!.before;
    if (gap === '') continue;
    if (/[.!?;:()"\n]/.test(gap) || (commas && /[,\-]/.test(gap))) return true;
  }
  return false;
}
