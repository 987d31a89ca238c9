import { describe, expect, it } from 'vitest';
import { check } from '../../utils/engine/engine';
import { defineRule } from '../../utils/engine/define';

const NOW = '2026-11-23T12:00:00Z';

const broken = defineRule({
  id: 'broken',
  category: 'respect',
  severity: 'high',
  description: 'A rule that throws, to prove the others still run.',
  source: 'test',
  messages: { m: { message: 'never shown', explanation: 'never shown either' } },
  examples: { flagged: [], clean: [] },
  check() {
    throw new Error('boom');
  },
});

const outOfBounds = defineRule({
  ...broken,
  id: 'out-of-bounds',
  check: () => [{ start: 0, end: 999, messageId: 'm' }],
});

describe('engine', () => {
  it('rejects an invalid request with the field named', () => {
    expect(() => check({ text: 'x', surface: 'tweet' } as never)).toThrow(/surface/);
  });

  it('reports a rule that throws or returns a bad span, and still runs the others', () => {
    const { findings, failures } = check({ text: 'NI AB123456C', now: NOW });
    expect(findings.map((f) => f.ruleId)).toContain('ni-number');
    const isolated = check({ text: 'NI AB123456C', now: NOW }, { rules: [broken, outOfBounds] });
    expect(isolated.findings).toEqual([]);
    expect(isolated.failures).toEqual([
      { ruleId: 'broken', error: 'boom' },
      { ruleId: 'out-of-bounds', error: 'span 0-999 is outside the text' },
    ]);
    expect(failures).toEqual([]);
  });

  it('applies the user\u2019s rule overrides: disabled rules do not run, severity is replaced', () => {
    const text = 'NI AB123456C';
    expect(check({ text, now: NOW }, { overrides: { 'ni-number': { enabled: false } } }).findings.map((f) => f.ruleId)).not.toContain('ni-number');
    const lowered = check({ text, now: NOW }, { overrides: { 'ni-number': { severity: 'low' } } }).findings.find((f) => f.ruleId === 'ni-number');
    expect(lowered?.severity).toBe('low');
  });

  it('gives watch-term findings the category the user chose', () => {
    const { findings } = check({ text: 'About Harbour Mill', now: NOW, watchTerms: [{ term: 'harbour mill', category: 'predetermination' }] });
    expect(findings.map((f) => [f.ruleId, f.category, f.start, f.end])).toEqual([['watch-term', 'predetermination', 6, 18]]);
  });

  it('orders findings by position in the text, quoted text last', () => {
    const { findings } = check({ text: 'AB123456C and JT123456A', now: NOW });
    expect(findings.map((f) => f.start)).toEqual([0, 14]);
  });
});

describe('Doc', () => {
  it('finds the sentence holding an offset, and maps original offsets to folded ones', async () => {
    const { Doc } = await import('../../utils/engine/doc');
    const doc = new Doc('One. Two\u200B three! Four');
    expect(doc.sentences).toEqual([{ start: 0, end: 4 }, { start: 4, end: 16 }, { start: 16, end: 21 }]);
    expect([0, 3, 4, 15, 16, 20].map((at) => doc.sentenceIndex(at))).toEqual([0, 0, 1, 1, 2, 2]);
    expect(doc.sentenceAt(10)).toEqual({ start: 4, end: 16 });
    // The zero-width space at 8 folds away, so the space after it (9) is folded offset 8.
    expect(doc.foldedOffset(9)).toBe(8);
    expect(new Doc('').sentenceAt(0)).toEqual({ start: 0, end: 0 });
  });
});
