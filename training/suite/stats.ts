// Counts per functionality for a seed: `npx tsx training/suite/stats.ts [seed]`.
import { generateSuite } from './index';

const seed = Number(process.argv[2] ?? 1);
const suite = generateSuite(seed);
const rows = new Map<string, { labels: string; cases: number; families: Set<string> }>();
for (const c of suite) {
  const row = rows.get(c.functionality) ?? { labels: c.labels.join('+') || 'clean', cases: 0, families: new Set() };
  row.cases += 1;
  row.families.add(c.family);
  rows.set(c.functionality, row);
}
console.log('functionality'.padEnd(44), 'labels'.padEnd(24), 'cases'.padStart(6), 'families'.padStart(9));
for (const [fn, row] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(fn.padEnd(44), row.labels.padEnd(24), String(row.cases).padStart(6), String(row.families.size).padStart(9));
}
console.log(`seed ${seed}: ${suite.length} cases, ${new Set(suite.map((c) => c.family)).size} families`);
