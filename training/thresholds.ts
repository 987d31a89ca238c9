/**
 * Draft-level scores and the thresholds that turn them into findings. A draft
 * scores its highest unit (sentence or pair of sentences), as the rules do.
 */
import { LinearModel } from '../utils/model/linear';
import { FEATURE_OPTIONS, scoreText } from '../utils/model/units';
import { splitSentences } from '../utils/text/tokens';
import { MODEL_VOCABULARY } from '../rules/model/vocabulary';

export interface Thresholds {
  low: number;
  medium: number;
  high: number;
}

export function draftScores(model: LinearModel, texts: readonly string[], head: number, options = FEATURE_OPTIONS): number[] {
  return texts.map((text) => {
    const { units } = scoreText(text, splitSentences(text), model, MODEL_VOCABULARY, options);
    // A draft with no words (a bare repost) scores what an empty unit would: the bias.
    return units.reduce((max, unit) => Math.max(max, unit.scores[head]!), units.length ? -Infinity : model.heads[head]!.bias);
  });
}

/** Precision of "probability ≥ t" on natural drafts, and the share of clean natural drafts it interrupts. */
function at(t: number, probabilities: readonly number[], labels: readonly number[], natural: readonly boolean[]) {
  let tp = 0;
  let fp = 0;
  let negatives = 0;
  let interrupted = 0;
  probabilities.forEach((p, i) => {
    if (!labels[i] && natural[i]) {
      negatives++;
      if (p >= t) interrupted++;
    }
    if (p >= t && natural[i]) labels[i] ? tp++ : fp++;
  });
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), interrupted: negatives === 0 ? 0 : interrupted / negatives };
}

/**
 * medium: the lowest threshold (most recall) whose precision on the natural
 * calibration drafts is at least 0.90 and which interrupts at most 1 clean
 * natural draft in 100 for this category. The suite's calibration families
 * fit the probabilities (Platt) but do not choose thresholds: their clean cases
 * are hard contrasts by design, far denser than in what councillors write;
 * high: the lowest at precision 0.98; low (a quiet hint): the lowest at precision 0.75, and no
 * lower than three quarters of medium (at half of medium the hints named ordinary words such as "the claim").
 */
export function chooseThresholds(probabilities: readonly number[], labels: readonly number[], natural: readonly boolean[]): Thresholds {
  const candidates = [...new Set(probabilities)].filter((p) => p >= 0.3).sort((a, b) => a - b);
  const lowest = (ok: (t: number) => boolean, fallback: number) => candidates.find(ok) ?? fallback;
  const medium = lowest((t) => {
    const s = at(t, probabilities, labels, natural);
    return s.precision >= 0.9 && s.interrupted <= 0.01;
  }, 0.99);
  const high = Math.max(medium, lowest((t) => t >= medium && at(t, probabilities, labels, natural).precision >= 0.98, Math.max(medium, 0.97)));
  const low = Math.max(medium * 0.75, lowest((t) => at(t, probabilities, labels, natural).precision >= 0.75, medium));
  return { low, medium, high };
}
