/**
 * The committed model must be the one `npm run train` makes from the data and
 * code in the repository, and the runtime must featurise as training did.
 */
import { describe, expect, it } from 'vitest';
import { inputsHash } from '../../training/hash';
import { WEIGHTS } from '../../rules/model/weights';
import { languageModel } from '../../rules/model/scores';
import { draftScores } from '../../training/thresholds';

describe('the committed language model', () => {
  it('was trained on the current data, suite, featuriser and training code (else run `npm run train`)', () => {
    expect(WEIGHTS.inputsHash).toBe(inputsHash());
  });

  it('scores its probe texts exactly as training recorded them, so the runtime featuriser is the one training used', () => {
    const model = languageModel();
    expect(WEIGHTS.probes.length).toBeGreaterThan(0);
    for (const probe of WEIGHTS.probes) {
      const scores = model.heads.map((_, h) => draftScores(model, [probe.text], h)[0]!);
      scores.forEach((score, h) => expect(score).toBeCloseTo(probe.scores[h]!, 4));
    }
  });

  it('has one calibrated head per model category, with thresholds in order', () => {
    expect(WEIGHTS.heads.map((h) => h.category)).toEqual(['discrimination', 'respect', 'predetermination', 'confidential', 'special-category']);
    for (const head of WEIGHTS.heads) {
      expect(head.thresholds.low).toBeLessThan(head.thresholds.medium);
      expect(head.thresholds.medium).toBeLessThanOrEqual(head.thresholds.high);
      expect(head.platt.a).toBeGreaterThan(0);
    }
  });
});
