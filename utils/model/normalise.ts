/**
 * The model's view of a text: words with their UTF-16 spans in the original,
 * each rewritten to undo the spelling games people play with filters before
 * anything is featurised:
 *
 * - case, accents and invisible characters (via fold), look-alike letters from
 *   other scripts (Cyrillic "а" for "a");
 * - leet inside a word that has a letter ("m0zzie", "p@ki", "sp4stic"): plain
 *   numbers ("2026") stay numbers;
 * - runs of one letter beyond two ("sooo" → "soo", "traaamps" → "traamps");
 * - letters spaced or dotted apart ("m u s l i m s", "p.a.k.i"), three or more
 *   in a row, joined back into one word;
 * - "*" inside a word dropped ("f*cking"), hyphenated words split into parts.
 *
 * Every pattern here is linear: each repetition starts with a character of a
 * class disjoint from the one before it.
 */
import { fold } from '../text/fold';

export interface ModelToken {
  /** The normalised word (or a placeholder such as "<num>"). */
  text: string;
  /** UTF-16 span of the word as typed. */
  start: number;
  end: number;
  /** Typed with a capital first letter (for name placeholders). */
  capitalised: boolean;
}

// A word: letters and digits, joined by single look-alike symbols, apostrophes, hyphens or "*" (one joiner at a time keeps the pattern linear).
const WORD = /@?[\p{L}\p{N}][\p{L}\p{N}]*(?:[@$!|*'\u2019\-][\p{L}\p{N}][\p{L}\p{N}]*)*/gu;
const LETTER = /\p{L}/u;
const DIGITS_ONLY = /^[\d,]+$/u;
const UPPER = /^@?\p{Lu}/u;

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'i', '*': '' };
// Latin look-alikes from Cyrillic and Greek that NFKD does not fold.
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};

// Most words are plain ASCII: lower-casing is all fold() would do to them, without its offset maps.
const ASCII = /^[\x00-\x7f]*$/u;

// A word of plain letters with no letter three times in a row has nothing to undo (checked without a backreference: linear).
const PLAIN = /^[a-z'\-]*$/u;
function hasRun(word: string): boolean {
  for (let i = 2; i < word.length; i++) if (word[i] === word[i - 1] && word[i] === word[i - 2]) return true;
  return false;
}

function rewrite(word: string): string {
  const folded = ASCII.test(word) ? word.toLowerCase() : fold(word).text;
  if (PLAIN.test(folded) && !hasRun(folded)) return folded;
  let out = '';
  const hasLetter = LETTER.test(folded);
  let last = '';
  let run = 0;
  for (const ch of folded) {
    let c = HOMOGLYPHS[ch] ?? ch;
    if (hasLetter && LEET[c] !== undefined) c = LEET[c]!;
    if (c === '') continue;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
  }
  return out;
}

/** Words of `text` (from `from` to `to`), normalised, with their original spans. */
export function modelTokens(text: string, from = 0, to = text.length): ModelToken[] {
  const raw: ModelToken[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(WORD)) {
    const start = from + match.index;
    const word = match[0];
    const capitalised = UPPER.test(word);
    if (word.startsWith('@') && word.length > 1) {
      raw.push({ text: '<user>', start, end: start + word.length, capitalised: false });
      continue;
    }
    if (DIGITS_ONLY.test(word)) {
      raw.push({ text: '<num>', start, end: start + word.length, capitalised: false });
      continue;
    }
    const norm = rewrite(word);
    // Hyphenated words become their parts, so "half-caste" and "half caste" read alike.
    let at = 0;
    for (const part of norm.split('-')) {
      if (part) raw.push({ text: part, start: start + Math.min(at, word.length - 1), end: start + Math.min(at + part.length, word.length), capitalised: capitalised && at === 0 });
      at += part.length + 1;
    }
  }
  return joinSpacedLetters(text, raw);
}

// Only spaces, dots, underscores or hyphens (at most two) between spaced-out letters.
const SPACER = /^[\s._\-]{1,2}$/u;

/** "m u s l i m s" → "muslims": three or more single letters in a row, close together. */
function joinSpacedLetters(text: string, tokens: ModelToken[]): ModelToken[] {
  const out: ModelToken[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && tokens[j]!.text.length === 1 && LETTER.test(tokens[j]!.text) && (j === i || SPACER.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)))) j++;
    if (j - i >= 3) {
      out.push({ text: tokens.slice(i, j).map((t) => t.text).join(''), start: tokens[i]!.start, end: tokens[j - 1]!.end, capitalised: false });
      i = j;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}
