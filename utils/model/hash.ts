/**
 * Feature hashing: FNV-1a over UTF-16 code units, 32 bits, folded into the
 * model's bucket space. Training and the runtime both hash through here, so a
 * feature means the same bucket in both.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of `text[start, end)`, continuing from `seed` (a kind prefix's hash). */
export function hashRange(text: string, start: number, end: number, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

export const hashString = (text: string, seed = FNV_OFFSET): number => hashRange(text, 0, text.length, seed);

/** Two hashes combined into one (a word bigram from its two unigrams); order matters. */
export function combine(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x9e3779b1) ^ 0x85ebca6b, FNV_PRIME) >>> 0;
}
