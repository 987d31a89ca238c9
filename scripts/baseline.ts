/**
 * npm run baseline: records the current corpus scores (rounded down to 0.01) in
 * tests/corpus/baseline.json, which the corpus test then holds the engine to.
 * Run it after a change that improves the scores; a fall is a test failure.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../utils/eval/corpus';
import { evaluate, score } from '../utils/eval/metrics';

const root = fileURLToPath(new URL('../tests/corpus/', import.meta.url));
const outcomes = loadCorpus(root).map(evaluate);
const floor = (value: number) => Math.floor(value * 100) / 100;
const splits = ['all', ...new Set(outcomes.map((outcome) => outcome.entry.split))];
const baseline: Record<string, Record<string, { precision: number; recall: number }>> = {};
for (const split of splits) {
  const subset = split === 'all' ? outcomes : outcomes.filter((outcome) => outcome.entry.split === split);
  const labelled = [...new Set(subset.flatMap((outcome) => outcome.entry.expect))].sort();
  baseline[split] = Object.fromEntries(
    labelled.map((category) => {
      const s = score(subset, category);
      return [category, { precision: floor(s.precision), recall: floor(s.recall) }];
    }),
  );
}
writeFileSync(fileURLToPath(new URL('../tests/corpus/baseline.json', import.meta.url)), `${JSON.stringify(baseline, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(baseline.all)}\n`);
