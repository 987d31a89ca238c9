/**
 * npm run eval [-- --split dev|holdout] [--category NAME] [--tier both|rules|model] [--tiers] [--quiet] [--json] [--corpus DIR] [--surface dm]
 * Prints precision, recall and F2 per category on the labelled corpus and lists
 * every miss and false alarm (with the findings), so a change's effect is seen.
 * --tier runs only the hand-written rules or only the trained tier's rules
 * (default both, as shipped); --tiers prints all three side by side per split.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { applySuggestions } from '../utils/eval/applied';
import { loadCorpus } from '../utils/eval/corpus';
import { evaluateWith, measuredCategories, rulesOf, score, TIERS, type Outcome, type Tier } from '../utils/eval/metrics';
import { CATEGORIES, type Category } from '../utils/engine/types';

const { values } = parseArgs({
  options: {
    split: { type: 'string', multiple: true },
    category: { type: 'string' },
    surface: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    corpus: { type: 'string' },
    pairs: { type: 'string', default: '12' },
    tier: { type: 'string', default: 'both' },
    tiers: { type: 'boolean', default: false },
  },
});
const tier = values.tier as Tier;
if (!TIERS.includes(tier)) {
  process.stderr.write(`eval: unknown tier ${values.tier}; one of ${TIERS.join(', ')}\n`);
  process.exit(2);
}

const root = values.corpus ?? fileURLToPath(new URL('../tests/corpus/', import.meta.url));
const only = values.category as Category | undefined;
if (only && !CATEGORIES.includes(only)) {
  process.stderr.write(`eval: unknown category ${only}; one of ${CATEGORIES.join(', ')}\n`);
  process.exit(2);
}

// --surface dm: only the requests made on that surface (the DM figures of the personal-data issue).
const entries = loadCorpus(root, values.split).filter((entry) => !values.surface || (entry.surface ?? 'post') === values.surface);
if (values.tiers) {
  compareTiers();
  process.exit(0);
}
const outcomes = entries.map((entry) => evaluateWith(entry, rulesOf(tier)));
const splits = [...new Set(entries.map((entry) => entry.split))];
const fmt = (n: number) => n.toFixed(3);
const snippet = (text: string) => (text.length > 140 ? `${text.slice(0, 137)}...` : text).replace(/\n/g, ' ');

function table(label: string, subset: Outcome[]): Record<string, ReturnType<typeof score>> {
  const negatives = subset.filter((o) => o.entry.expect.length === 0).length;
  const rows: Record<string, ReturnType<typeof score>> = {};
  if (!values.json) {
    process.stdout.write(`\n${label}: ${subset.length} requests, ${negatives} clean (${fmt(negatives / Math.max(subset.length, 1))})\n`);
    process.stdout.write(`${'category'.padEnd(18)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  precision  recall     F2   spans\n`);
  }
  for (const category of measuredCategories(subset).filter((c) => !only || c === only)) {
    const s = (rows[category] = score(subset, category));
    if (!values.json)
      process.stdout.write(
        `${category.padEnd(18)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}  ${fmt(s.precision).padStart(9)} ${fmt(s.recall).padStart(7)} ${fmt(s.f2).padStart(6)}   ${s.spansCovered}/${s.spansExpected}\n`,
      );
  }
  return rows;
}

const report: Record<string, unknown> = {};
for (const split of splits) report[split] = table(split, outcomes.filter((o) => o.entry.split === split));
if (splits.length > 1) report.all = table('all', outcomes);

const relevant = (categories: Category[]) => categories.filter((c) => !only || c === only);
const problems = outcomes.filter(
  (o) => relevant(o.misses).length || relevant(o.falseAlarms).length || o.uncoveredSpans.some((s) => !only || s.category === only),
);
if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else if (!values.quiet) {
  process.stdout.write(`\n${problems.length} requests with a miss, a false alarm or an uncovered span:\n`);
  for (const o of problems) {
    const parts = [
      relevant(o.misses).length ? `MISS ${relevant(o.misses).join(',')}` : '',
      relevant(o.falseAlarms).length ? `FALSE ALARM ${relevant(o.falseAlarms).join(',')}` : '',
      ...o.uncoveredSpans.filter((s) => !only || s.category === only).map((s) => `SPAN ${s.category} "${s.text}"`),
    ].filter(Boolean);
    process.stdout.write(`\n${o.entry.id} (${o.entry.file}:${o.entry.line}) ${parts.join('; ')}\n  ${snippet(o.entry.text)}\n`);
    for (const f of o.findings)
      process.stdout.write(`  -> ${f.severity} ${f.category} ${f.ruleId} "${(f.in ? (o.entry.quoted ?? '') : o.entry.text).slice(f.start, f.end)}"\n`);
  }
}

// Suggestions applied, so a person can read what "apply" does: an even sample across the corpus.
if (!values.json) {
  const applied = entries
    .filter((entry) => !only || entry.expect.includes(only))
    .flatMap((entry) => applySuggestions(entry).map((result) => ({ entry, ...result })));
  const wanted = Math.max(0, Number(values.pairs) || 0);
  const step = Math.max(1, Math.floor(applied.length / Math.max(wanted, 1)));
  const failing = applied.filter((a) => a.remaining.length > 0 || !a.readsWell).length;
  process.stdout.write(`\n${applied.length} suggestions applied and re-checked, ${failing} leaving a finding or a broken sentence; a sample (--pairs N):\n`);
  for (const a of applied.filter((_, index) => index % step === 0).slice(0, wanted)) {
    const kind = a.edit.start === a.finding.start && a.edit.end === a.finding.end ? 'replace' : a.edit.text ? 'rewrite sentence' : 'remove sentence';
    process.stdout.write(`\n${a.entry.id} ${a.finding.ruleId} (${kind})\n  before: ${snippet(a.entry.text)}\n  after:  ${snippet(a.after)}\n`);
  }
}

/** Precision and recall per split and category for rules alone, model alone and both. */
function compareTiers(): void {
  const byTier = Object.fromEntries(TIERS.map((t) => [t, entries.map((entry) => evaluateWith(entry, rulesOf(t)))])) as Record<Tier, Outcome[]>;
  for (const split of [...new Set(entries.map((entry) => entry.split))]) {
    process.stdout.write(`\n${split}\n${'category'.padEnd(18)} ${TIERS.map((t) => `${t.padStart(6)} P    R  `).join('  ')}\n`);
    const inSplit = (o: Outcome) => o.entry.split === split;
    for (const category of measuredCategories(byTier.both.filter(inSplit)).filter((c) => !only || c === only)) {
      const cells = TIERS.map((t) => {
        const s = score(byTier[t].filter(inSplit), category);
        return `${s.precision.toFixed(3)} ${s.recall.toFixed(3)}`;
      });
      process.stdout.write(`${category.padEnd(18)} ${cells.map((c) => c.padStart(13)).join('   ')}\n`);
    }
    const clean = byTier.both.filter((o) => inSplit(o) && o.entry.expect.length === 0);
    const interrupted = clean.filter((o) => o.predicted.size > 0).length;
    process.stdout.write(`clean drafts interrupted (both): ${interrupted}/${clean.length}\n`);
  }
}
