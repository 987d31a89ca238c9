/**
 * The trained tier's scores for one draft, computed once per Doc and shared by
 * the model rules: every sentence and pair of adjacent sentences, with a
 * calibrated probability per category and each word's share of the score.
 */
import type { Doc } from '../../utils/engine/doc';
import { LinearModel } from '../../utils/model/linear';
import { scoreText, type TextScores } from '../../utils/model/units';
import { MODEL_VOCABULARY } from './vocabulary';
import { WEIGHTS } from './weights';

export type ModelHead = 'discrimination' | 'respect' | 'predetermination' | 'confidential' | 'special-category';

let model: LinearModel | undefined;
/** Decoded on first use, so a page that never checks a draft never pays for it. */
export const languageModel = (): LinearModel => (model ??= new LinearModel(WEIGHTS));

export interface DocScores extends TextScores {
  /** Calibrated probability, [unit][head]. */
  probabilities: number[][];
}

const KEY = Symbol('model-scores');

export function scoresOf(doc: Doc): DocScores {
  return doc.memo(KEY, () => {
    const m = languageModel();
    const scores = scoreText(doc.text, doc.sentences, m, MODEL_VOCABULARY);
    const probabilities = scores.units.map((unit) => unit.scores.map((s, h) => 1 / (1 + Math.exp(-(m.heads[h]!.platt.a * s + m.heads[h]!.platt.b)))));
    return { ...scores, probabilities };
  });
}

export function headIndex(head: ModelHead): number {
  const index = languageModel().heads.findIndex((h) => h.category === head);
  if (index < 0) throw new Error(`the language model has no ${head} head`);
  return index;
}
