/**
 * Views of one text that several rules need, each computed once on first use,
 * so a rule that never asks for sentences does not pay for splitting them. Views that read
 * the rules' data (the people in a text: rules/detect/people.ts) are memoised with `memo`.
 */
import { fold, toOriginal, type Folded } from '../text/fold';
import { splitSentences, tokenize, type Span, type Token } from '../text/tokens';

export class Doc {
  readonly text: string;
  #folded?: Folded;
  #tokens?: Token[];
  #sentences?: Span[];
  #foldedWords?: Token[];
  #memo?: Map<symbol, unknown>;

  constructor(text: string) {
    this.text = text;
  }

  /** Lower-cased, accent-free, invisible-character-free text with a map back (see fold.ts). */
  get folded(): Folded {
    return (this.#folded ??= fold(this.text));
  }

  /** Words of the folded text (offsets into `folded.text`), for lexicon look-ups. */
  get foldedWords(): Token[] {
    return (this.#foldedWords ??= tokenize(this.folded.text));
  }

  get tokens(): Token[] {
    return (this.#tokens ??= tokenize(this.text));
  }

  get sentences(): Span[] {
    return (this.#sentences ??= splitSentences(this.text));
  }

  /**
   * A view a rule or helper computes once per text (clause words, look-alike view…).
   * Kept on the Doc rather than in a module-level WeakMap: WeakMap entries are
   * ephemerons that every garbage collection must trace specially, and with one
   * Doc per check they made collections several milliseconds long.
   */
  memo<T>(key: symbol, compute: () => T): T {
    this.#memo ??= new Map();
    if (this.#memo.has(key)) return this.#memo.get(key) as T;
    const value = compute();
    this.#memo.set(key, value);
    return value;
  }

  /** The memoised view for `key`, if it was computed. */
  peek<T>(key: symbol): T | undefined {
    return this.#memo?.get(key) as T | undefined;
  }

  /**
   * Runs a global regex over the folded text and yields spans in the original text.
   * Patterns must be written for folded text: lower case, straight quotes, ASCII hyphens.
   */
  *matchFolded(pattern: RegExp): Generator<{ start: number; end: number; match: RegExpExecArray }> {
    if (!pattern.global) throw new Error(`matchFolded needs a global regex: ${pattern}`);
    const folded = this.folded;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded.text); match; match = pattern.exec(folded.text)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const span = toOriginal(folded, match.index, match.index + match[0].length);
      yield { ...span, match };
    }
  }

  /** Index into `sentences` of the sentence holding offset `at` (binary search: rules ask once per hit). */
  sentenceIndex(at: number): number {
    const sentences = this.sentences;
    let low = 0;
    let high = sentences.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sentences[mid]!.end <= at) low = mid + 1;
      else high = mid;
    }
    return Math.max(0, low);
  }

  /** The sentence that contains offset `at`. */
  sentenceAt(at: number): Span {
    return this.sentences[this.sentenceIndex(at)] ?? { start: 0, end: this.text.length };
  }

  /** The sentence after `sentence`, or `sentence` itself when it is the last: context that may follow a span. */
  sentenceAfter(sentence: Span): Span {
    return sentence.end < this.text.length ? this.sentenceAt(sentence.end) : sentence;
  }

  /** The sentence before `sentence`, or `sentence` itself when it is the first. */
  sentenceBefore(sentence: Span): Span {
    return sentence.start > 0 ? this.sentenceAt(sentence.start - 1) : sentence;
  }

  /** The folded offset of an original offset: the first folded character at or after it. */
  foldedOffset(original: number): number {
    const starts = this.folded.starts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < original) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
