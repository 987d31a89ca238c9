import { describe, expect, it } from 'vitest';
import { evaluate, score } from '../../utils/eval/metrics';
import type { CorpusEntry } from '../../utils/eval/corpus';

const entry = (id: string, text: string, expect: CorpusEntry['expect'], spans?: CorpusEntry['spans']): CorpusEntry => ({
  id, text, expect, spans, platform: 'x', surface: 'post', account: 'councillor', file: 't', split: 't', line: 1,
});

describe('eval metrics', () => {
  it('counts true positives, misses and false alarms per category', () => {
    const outcomes = [
      entry('hit', 'NI AB123456C', ['personal-data'], { 'personal-data': ['AB123456C'] }),
      entry('miss', 'nothing to see', ['personal-data']),
      entry('false-alarm', 'code AB123456C', []),
      entry('clean', 'Bins on Monday', []),
    ].map(evaluate);
    const s = score(outcomes, 'personal-data');
    expect([s.truePositives, s.falsePositives, s.falseNegatives]).toEqual([1, 1, 1]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
    expect(s.f2).toBeCloseTo(0.5);
    expect([s.spansCovered, s.spansExpected]).toEqual([1, 1]);
    expect(outcomes[1]!.misses).toEqual(['personal-data']);
    expect(outcomes[2]!.falseAlarms).toEqual(['personal-data']);
  });

  it('reports an expected span that no finding covers', () => {
    const [outcome] = [entry('span', 'NI AB123456C', ['personal-data'], { 'personal-data': ['NI'] })].map(evaluate);
    expect(outcome!.uncoveredSpans).toEqual([{ category: 'personal-data', text: 'NI' }]);
  });
});
