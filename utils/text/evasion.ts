/**
 * A matching view of a text that sees through simple evasions of a word list,
 * on top of what folding already undoes (case, accents, zero-width characters):
 *
 * - look-alike digits and symbols inside a word ("n1gg3r", "p@ki", "sp@$tic");
 * - hyphens and apostrophes, which split words ("P@ki-bashing", "they're"),
 *   so lexicons list "half caste" once for "half-caste" and "half caste".
 *
 * The view is the folded text rewritten character for character (same length),
 * so an offset in the view is an offset in the folded text, and `toOriginal`
 * maps it back to exactly what was typed. Substitutions apply only inside a
 * run that already has a letter, so plain numbers ("2026", "07700") never turn
 * into words; symbols apply only between two word characters, so an "@handle"
 * or a closing "!" stays as it is.
 */
import { Doc } from '../engine/doc';
import { toOriginal } from './fold';

const DIGITS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const SYMBOLS: Record<string, string> = { '@': 'a', '$': 's', '!': 'i', '|': 'i' };
const SPLITTERS = new Set(["'", '-']);
// A run of characters that may spell a word once look-alikes are undone.
const RUN = /[\p{L}\p{N}@$!|]+/gu;
const LETTER = /\p{L}/u;
const WORDISH = /[\p{L}\p{N}@$!|]/u;

export interface MatchView {
  /** A Doc over the rewritten folded text: run PhraseMatchers and read words here. */
  doc: Doc;
  /** Maps a span of `doc.text` back to the original text. */
  original(start: number, end: number): { start: number; end: number };
}

function rewrite(folded: string): string {
  // Work in UTF-16 units so the rewritten text keeps every offset.
  const out = folded.split('').map((ch) => (SPLITTERS.has(ch) ? ' ' : ch));
  if (!/[0-9@$!|]/.test(folded)) return out.join('');
  for (const match of folded.matchAll(RUN)) {
    const run = match[0];
    if (!LETTER.test(run)) continue;
    for (let k = 0; k < run.length; k++) {
      const ch = run[k]!;
      const at = match.index + k;
      const digit = DIGITS[ch];
      if (digit) {
        out[at] = digit;
        continue;
      }
      const symbol = SYMBOLS[ch];
      if (symbol && k > 0 && k < run.length - 1 && WORDISH.test(run[k - 1]!) && WORDISH.test(run[k + 1]!)) out[at] = symbol;
    }
  }
  return out.join('');
}

const views = new WeakMap<Doc, MatchView>();

export function matchView(doc: Doc): MatchView {
  let view = views.get(doc);
  if (!view) {
    const folded = doc.folded;
    const rewritten = new Doc(rewrite(folded.text));
    view = { doc: rewritten, original: (start, end) => toOriginal(folded, start, end) };
    views.set(doc, view);
  }
  return view;
}
