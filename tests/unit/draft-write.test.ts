/**
 * The pure half of the Draft.js write path: a removal becomes a non-empty paste (Draft.js ignores
 * an empty one) by taking in one neighbouring character, whole code points only. The browser half
 * runs against the real Draft.js in tests/e2e/x-draft-write.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { asPaste } from '../../utils/platforms/draft-write';

const applied = (text: string, write: { start: number; end: number; paste: string }) => text.slice(0, write.start) + write.paste + text.slice(write.end);

describe('asPaste', () => {
  it('keeps a replacement as it is', () => {
    expect(asPaste('NI AB123456C here', 3, 12, '[removed]')).toEqual({ start: 3, end: 12, paste: '[removed]' });
  });

  it('turns a removal into a paste of the character after the span', () => {
    const text = 'See https://x.example/a now';
    const write = asPaste(text, 4, 24, '')!;
    expect(write).toEqual({ start: 4, end: 25, paste: 'n' });
    expect(applied(text, write)).toBe('See now');
  });

  it('takes a whole emoji after the span, and a line break too', () => {
    expect(asPaste('ab🌊', 1, 2, '')).toEqual({ start: 1, end: 4, paste: '🌊' });
    expect(asPaste('ab\ncd', 0, 2, '')).toEqual({ start: 0, end: 3, paste: '\n' });
  });

  it('at the end of the draft, takes the character before the span, a whole emoji when it is one', () => {
    expect(applied('Thanks 👍', asPaste('Thanks 👍', 6, 9, '')!)).toBe('Thanks');
    expect(asPaste('🌊 x', 2, 4, '')).toEqual({ start: 0, end: 4, paste: '🌊' });
  });

  it('cannot remove the whole draft by pasting', () => {
    expect(asPaste('all of it', 0, 9, '')).toBeNull();
  });
});
