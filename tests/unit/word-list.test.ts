import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packWords, unpackWords } from '../../utils/text/word-list';

describe('front-coded word lists', () => {
  it('stores each word as the characters it shares with the one before, and the rest', () => {
    expect(packWords(['abandon', 'abandoned', 'abandons', 'able', 'zoo'], ' ')).toBe('0abandon 7ed 7s 2le 0zoo');
    expect(unpackWords('0abandon 7ed 7s 2le 0zoo', ' ')).toEqual(['abandon', 'abandoned', 'abandons', 'able', 'zoo']);
  });

  it('caps the shared part at 35 characters (one base-36 digit)', () => {
    const long = 'x'.repeat(40);
    expect(packWords([long, `${long}y`], '|')).toBe(`0${long}|z${'x'.repeat(5)}y`);
    expect(unpackWords(packWords([long, `${long}y`], '|'), '|')).toEqual([long, `${long}y`]);
  });

  it('gives back any list exactly, sorted or not, phrases and digits included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1', 'z', '-', "'") })), (words) => {
        expect(unpackWords(packWords(words, '|'), '|')).toEqual(words);
      }),
    );
    expect(unpackWords(packWords([], '|'), '|')).toEqual([]);
  });

  it('refuses a word that contains the separator, rather than corrupting the list', () => {
    expect(() => packWords(['fine', 'not|fine'], '|')).toThrow(/separator/);
  });
});
