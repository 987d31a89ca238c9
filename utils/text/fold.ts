/**
 * Folding for matching: lower case, no diacritics, no zero-width or soft-hyphen
 * characters (a common way to slip a word past a filter), straight quotes and
 * hyphens, full-width forms made ASCII. Keeps a map back to the original
 * UTF-16 offsets so every finding still points at the exact span typed.
 */

/** Characters removed outright: zero-width space/joiners, word joiner, BOM, soft hyphen, bidi marks. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const COMBINING = /[\u0300-\u036f]/g;

const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ',
};

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each folded UTF-16 index, the original start offset of its source character. */
  starts: Uint32Array;
  /** For each folded UTF-16 index, the original end offset of its source character. */
  ends: Uint32Array;
}

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch === '`' ? "'" : ch;
  if (INVISIBLE.test(ch)) return '';
  const replaced = REPLACEMENTS[ch];
  if (replaced !== undefined) return replaced;
  return ch.normalize('NFKD').replace(COMBINING, '').toLowerCase();
}

export function fold(original: string): Folded {
  // Folded text is built as UTF-16 code units in a typed buffer: one string per character
  // (and a join) cost more than the rest of the engine on a 20,000-character paste.
  let units = new Uint16Array(original.length + 16);
  let starts = new Uint32Array(units.length);
  let ends = new Uint32Array(units.length);
  let length = 0;
  const ensure = (extra: number) => {
    if (length + extra <= units.length) return;
    const size = (units.length + extra) * 2;
    const grow = <A extends Uint16Array | Uint32Array>(old: A, next: A): A => (next.set(old), next);
    units = grow(units, new Uint16Array(size));
    starts = grow(starts, new Uint32Array(size));
    ends = grow(ends, new Uint32Array(size));
  };
  for (let i = 0; i < original.length; ) {
    const code = original.charCodeAt(i);
    if (code < 128) {
      // ASCII fast path: lower case, backtick as an apostrophe.
      ensure(1);
      units[length] = code >= 65 && code <= 90 ? code + 32 : code === 96 ? 39 : code;
      starts[length] = i;
      ends[length] = i + 1;
      length++;
      i++;
      continue;
    }
    const width = original.codePointAt(i)! > 0xffff ? 2 : 1;
    const folded = foldChar(original.slice(i, i + width));
    ensure(folded.length);
    for (let k = 0; k < folded.length; k++) {
      units[length] = folded.charCodeAt(k);
      starts[length] = i;
      ends[length] = i + width;
      length++;
    }
    i += width;
  }
  let text = '';
  for (let at = 0; at < length; at += 8192) text += String.fromCharCode(...units.subarray(at, Math.min(at + 8192, length)));
  return { text, starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

/** Maps a [start, end) span of folded text back to the original text. */
export function toOriginal(folded: Folded, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < folded.starts.length ? folded.starts[start]! : (folded.ends[folded.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: folded.starts[start]!, end: folded.ends[end - 1]! };
}
