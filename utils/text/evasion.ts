/**
 * A matching view of a text that sees through simple evasions of a word list,
 * on top of what folding already undoes (case, accents, zero-width characters):
 *
 * - look-alike digits and symbols inside a word ("n1gg3r", "p@ki", "sp@$tic");
 * - hyphens and apostrophes, which split words ("P@ki-bashing", "they're"),
 *   so lexicons list "half caste" once for "half-caste" and "half caste".
 *
 * The view is the folded text rewritten character for character (same length),
 * so an offset in the view is an offset in the folded text, and `original`
 * maps it back to exactly what was typed. Substitutions apply only inside a
 * run that already has a letter, so plain numbers ("2026", "07700") never turn
 * into words; symbols apply only between two word characters, so an "@handle"
 * or a closing "!" stays as it is.
 */
import { Doc } from '../engine/doc';
import { toOriginal, type Folded } from './fold';
import type { Span, Token } from './tokens';

const DIGITS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const SYMBOLS: Record<string, string> = { '@': 'a', '$': 's', '!': 'i', '|': 'i' };
// A run of characters that may spell a word once look-alikes are undone.
const RUN = /[\p{L}\p{N}@$!|]+/gu;
const LETTER = /\p{L}/u;
const WORDISH = /[\p{L}\p{N}@$!|]/u;

/**
 * The view is already folded: its own fold is the identity, so it is not folded
 * twice. Unless a symbol was rewritten (which can join two words: "p@ki"), its
 * words are where the folded words are, split at hyphens and apostrophes, so the
 * text is not tokenised twice either: a digit read as a letter ("£1.25m",
 * "sp4stic") changes a word's letters, not its ends, since words are runs of
 * letters and digits alike.
 */
class FoldedDoc extends Doc {
  #identity?: Folded;
  #words?: Token[];
  readonly #source: Doc | undefined;
  readonly #relettered: boolean;

  constructor(text: string, source?: Doc, relettered = false) {
    super(text);
    this.#source = source;
    this.#relettered = relettered;
  }

  override get foldedWords(): Token[] {
    if (!this.#source) return super.foldedWords;
    return (this.#words ??= splitWords(this.#source.foldedWords, this.#relettered ? this.text : undefined));
  }

  override get folded(): Folded {
    if (!this.#identity) {
      const n = this.text.length;
      const starts = new Uint32Array(n);
      const ends = new Uint32Array(n);
      for (let i = 0; i < n; i++) {
        starts[i] = i;
        ends[i] = i + 1;
      }
      this.#identity = { text: this.text, starts, ends };
    }
    return this.#identity;
  }
}

const SPLIT_PART = /[^'-]+/g;
/** The folded words split at hyphens and apostrophes; with `view`, spelt as the view spells them. */
function splitWords(words: Token[], view?: string): Token[] {
  const out: Token[] = [];
  for (const word of words) {
    if (!/['-]/.test(word.text)) {
      const text = view?.slice(word.start, word.end);
      out.push(text === undefined || text === word.text ? word : { ...word, text, lower: text });
      continue;
    }
    for (const part of word.text.matchAll(SPLIT_PART)) {
      const start = word.start + part.index;
      const end = start + part[0].length;
      const text = view ? view.slice(start, end) : part[0];
      out.push({ start, end, text, lower: text, capitalised: false });
    }
  }
  return out;
}

export interface MatchView {
  /** A Doc over the rewritten folded text: run PhraseMatchers and read words here. */
  doc: Doc;
  /** Maps a span of `doc.text` back to the original text. */
  original(start: number, end: number): { start: number; end: number };
  /** Index into `doc.sentences` of the sentence holding `offset` (binary search). */
  sentenceIndex(offset: number): number;
  sentence(offset: number): Span;
}

/**
 * The rewritten text, whether any look-alike was rewritten (not just word splits), and whether a
 * symbol was (a digit is a word character already; a symbol between two is not).
 */
function rewrite(folded: string): { text: string; lookalikes: boolean; symbols: boolean } {
  const out = folded.replace(/['-]/g, ' ');
  if (!/[0-9@$!|]/.test(folded)) return { text: out, lookalikes: false, symbols: false };
  let symbols = false;
  const chars = out.split('');
  for (const match of folded.matchAll(RUN)) {
    const run = match[0];
    if (!LETTER.test(run)) continue;
    for (let k = 0; k < run.length; k++) {
      const ch = run[k]!;
      const at = match.index + k;
      const digit = DIGITS[ch];
      if (digit) chars[at] = digit;
      else if (SYMBOLS[ch] && k > 0 && k < run.length - 1 && WORDISH.test(run[k - 1]!) && WORDISH.test(run[k + 1]!)) {
        chars[at] = SYMBOLS[ch];
        symbols = true;
      }
    }
  }
  const text = chars.join('');
  return { text, lookalikes: text !== out, symbols };
}

const VIEW = Symbol('look-alike match view');

export const matchView = (doc: Doc): MatchView => doc.memo(VIEW, () => buildView(doc));

function buildView(doc: Doc): MatchView {
  const folded = doc.folded;
  const { text, lookalikes, symbols } = rewrite(folded.text);
  const rewritten = new FoldedDoc(text, symbols ? undefined : doc, lookalikes);
  return {
    doc: rewritten,
    original: (start, end) => toOriginal(folded, start, end),
    sentenceIndex: (offset) => rewritten.sentenceIndex(offset),
    sentence: (offset) => rewritten.sentenceAt(offset),
  };
}

/** The view for a Doc that is itself a view (rules pass the view around). */
export const viewOf = (doc: Doc): MatchView | undefined => doc.peek(VIEW);
