import { describe, expect, it } from 'vitest';
import { parseMarked } from '../support/examples';

describe('parseMarked', () => {
  it('strips markers and records spans in the plain text', () => {
    expect(parseMarked('a [[bc]] d [[e]]')).toEqual({ text: 'a bc d e', spans: [{ start: 2, end: 4 }, { start: 7, end: 8 }] });
  });
  it('rejects an unclosed marker', () => {
    expect(() => parseMarked('a [[b')).toThrow(/unclosed/);
  });
});
