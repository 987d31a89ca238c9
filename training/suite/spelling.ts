import type { Rng } from './rng';

// The spelling games people use to slip past word lists. Each kind is its own template family,
// so the trainer can hold one out and see whether the normaliser, not memory, catches it.
export type SpellingKind =
  | 'leet'
  | 'spaced'
  | 'dotted'
  | 'dropped'
  | 'swapped'
  | 'repeated'
  | 'homoglyph'
  | 'asterisk'
  | 'joined';

export const spellingKinds: readonly SpellingKind[] = [
  'leet', 'spaced', 'dotted', 'dropped', 'swapped', 'repeated', 'homoglyph', 'asterisk', 'joined',
];

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
// Cyrillic and Greek letters that look Latin.
const HOMOGLYPH: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', i: 'і', y: 'у' };

function eachWord(span: string, change: (word: string) => string): string {
  return span
    .split(' ')
    .map((word) => (word.length >= 3 ? change(word) : word))
    .join(' ');
}

function replaceSome(word: string, table: Record<string, string>, rng: Rng): string {
  const letters = [...word];
  const candidates = letters.flatMap((ch, i) => (table[ch.toLowerCase()] ? [i] : []));
  if (candidates.length === 0) return word;
  const always = rng.pick(candidates);
  return letters
    .map((ch, i) => (i === always || (candidates.includes(i) && rng.chance(0.4)) ? (table[ch.toLowerCase()] ?? ch) : ch))
    .join('');
}

function interiorIndex(word: string, rng: Rng): number {
  return 1 + rng.int(Math.max(1, word.length - 2));
}

export function disguise(kind: SpellingKind, span: string, rng: Rng): string {
  switch (kind) {
    case 'leet':
      return eachWord(span, (w) => replaceSome(w, LEET, rng));
    case 'homoglyph':
      return eachWord(span, (w) => replaceSome(w, HOMOGLYPH, rng));
    case 'spaced':
      return eachWord(span, (w) => [...w].join(' '));
    case 'dotted':
      return eachWord(span, (w) => [...w].join(rng.pick(['.', '-', '_'])));
    case 'asterisk':
      return eachWord(span, (w) => {
        const vowel = [...w].findIndex((ch, i) => i > 0 && 'aeiou'.includes(ch.toLowerCase()));
        return vowel < 0 ? w : `${w.slice(0, vowel)}*${w.slice(vowel + 1)}`;
      });
    case 'dropped':
      return eachWord(span, (w) => {
        const i = interiorIndex(w, rng);
        return w.slice(0, i) + w.slice(i + 1);
      });
    case 'swapped':
      return eachWord(span, (w) => {
        const i = Math.min(interiorIndex(w, rng), w.length - 2);
        return w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
      });
    case 'repeated':
      return eachWord(span, (w) => {
        const i = interiorIndex(w, rng);
        return w.slice(0, i) + (w[i] ?? '').repeat(2 + rng.int(3)) + w.slice(i + 1);
      });
    case 'joined':
      return span.replace(/ /g, rng.pick(['', '_', '']));
  }
}
