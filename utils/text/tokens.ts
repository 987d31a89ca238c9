/** A word of the original text with its UTF-16 span. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, for lexicon look-ups. */
  lower: string;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
}

// Letters, marks and digits, with inner apostrophes and hyphens ("O'Neill", "Stoke-on-Trent").
// Each repetition consumes at least one character of a disjoint class, so matching is linear.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const UPPER = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    tokens.push({ start, end: start + word.length, text: word, lower: word.toLowerCase(), capitalised: UPPER.test(word) });
  }
  return tokens;
}

export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! ? or a line break, followed by space; the break stays in the earlier sentence.
// The look-behind starts a match only at the first mark of a run, so a long run of dots
// with no space after it is tried once, not once per dot (which was quadratic).
const SENTENCE_END = /(?<![.!?\u2026])[.!?\u2026]+["')\u2019\u201D]*(?=\s)|\n+/g;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** Index of the last token that ends at or before `offset` (-1 if none). Binary search. */
export function tokenBefore(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.end <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Index of the first token that starts at or after `offset` (tokens.length if none). */
export function tokenAfter(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
