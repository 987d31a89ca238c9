/**
 * The translator's choices on a made-up catalogue whose every plural form is different, so a
 * wrong category or a wrong fallback shows (the real Welsh catalogue repeats some forms).
 */
import { describe, expect, it, vi } from 'vitest';
import { createTranslator, type MessageKey } from '../../utils/i18n';

vi.mock('../../utils/i18n/catalogues', () => {
  const english = {
    demo: {
      greeting: 'Hello {name}',
      onlyEnglish: 'Only in English, {name}',
      items: { one: 'one item', other: '{count} items' },
    },
  };
  return {
    ENGLISH: english,
    CATALOGUES: {
      'en-GB': english,
      cy: {
        demo: {
          greeting: 'Helo {name}',
          items: {
            zero: 'dim eitemau',
            one: 'un eitem',
            two: 'dwy eitem',
            few: '{count} eitem (few)',
            many: '{count} eitem (many)',
            other: '{count} o eitemau',
          },
        },
      },
    },
  };
});

const key = (name: string) => name as MessageKey;

describe('createTranslator', () => {
  const cy = createTranslator('cy');
  const en = createTranslator('en-GB');

  it.each([
    [0, 'dim eitemau'],
    [1, 'un eitem'],
    [2, 'dwy eitem'],
    [3, '3 eitem (few)'],
    [6, '6 eitem (many)'],
    [4, '4 o eitemau'],
    [7, '7 o eitemau'],
    [100, '100 o eitemau'],
  ])('Welsh count %i → %s', (count, expected) => {
    expect(cy(key('demo.items'), { count })).toBe(expected);
  });

  it('English has only one and other', () => {
    expect(en(key('demo.items'), { count: 1 })).toBe('one item');
    expect(en(key('demo.items'), { count: 2 })).toBe('2 items');
    expect(en(key('demo.items'), { count: 0 })).toBe('0 items');
  });

  it('fills placeholders and leaves an unknown one visible rather than blank', () => {
    expect(cy(key('demo.greeting'), { name: 'Siân' })).toBe('Helo Siân');
    expect(cy(key('demo.greeting'))).toBe('Helo {name}');
  });

  it('falls back to English for a key missing in Welsh, and to the key itself when both lack it', () => {
    expect(cy(key('demo.onlyEnglish'), { name: 'Siân' })).toBe('Only in English, Siân');
    expect(cy(key('demo.nowhere'))).toBe('demo.nowhere');
  });
});
