import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, toOriginal } from '../../utils/text/fold';

describe('fold', () => {
  it('lower-cases, strips accents and invisible characters, straightens quotes and dashes', () => {
    expect(fold('Caf\u00E9 \u201CNO\u201D \u2014 it\u2019s Z\u200Bero\u00AD`').text).toBe('cafe "no" - it\'s zero\'');
  });

  it('maps every folded span back to the characters it came from', () => {
    const original = 'A\u200Bb \u00C9\uD83D\uDE00x';
    const folded = fold(original);
    expect(folded.text).toBe('ab e\uD83D\uDE00x');
    expect(toOriginal(folded, 0, 2)).toEqual({ start: 0, end: 3 });
    expect(toOriginal(folded, 3, 4)).toEqual({ start: 4, end: 5 });
    expect(toOriginal(folded, 4, 6)).toEqual({ start: 5, end: 7 });
  });

  it('agrees with a character-by-character reference on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const folded = fold(text);
        expect(folded.starts.length).toBe(folded.text.length);
        for (let k = 0; k < folded.text.length; k++) {
          expect(folded.starts[k]).toBeLessThan(folded.ends[k]!);
          expect(folded.ends[k]).toBeLessThanOrEqual(text.length);
          if (k > 0) expect(folded.starts[k]).toBeGreaterThanOrEqual(folded.starts[k - 1]!);
        }
        // ASCII is folded one to one.
        if (/^[\x00-\x7f]*$/.test(text)) expect(folded.text).toBe(text.toLowerCase().replace(/`/g, "'"));
      }),
    );
  });
});
