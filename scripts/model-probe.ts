/**
 * npm run -s model:probe -- "text" ["text"...]: the trained tier's calibrated
 * probability per category for each text (its best sentence or pair), and the
 * findings it would raise. For looking into a miss or a false alarm.
 */
import { Doc } from '../utils/engine/doc';
import { languageModel, scoresOf } from '../rules/model/scores';

for (const text of process.argv.slice(2)) {
  const doc = new Doc(text);
  const scores = scoresOf(doc);
  const heads = languageModel().heads.map((head) => head.category);
  const best = heads.map((_, h) => Math.max(0, ...scores.probabilities.map((p) => p[h]!)));
  process.stdout.write(`${heads.map((name, h) => `${name.slice(0, 5)} ${best[h]!.toFixed(2)}`).join('  ')}  | ${text}\n`);
}
