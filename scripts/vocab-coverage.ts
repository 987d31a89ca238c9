/**
 * npm run vocab:coverage: how many held-out terms (tests/fixtures/vocab/heldout-terms.tsv,
 * written before the build and never used for it) the special-category vocabulary finds,
 * for the generated lists, the hand lists and both. A term counts when a match of the
 * same family lies inside it ("ovarian cancer" is found through "cancer").
 */
import { readFileSync } from 'node:fs';
import { Doc } from '../utils/engine/doc';
import { PhraseMatcher } from '../utils/text/phrases';
import { SENSITIVE, type SensitiveKind } from '../rules/data/special-category';
import { GENERATED_NATIONALITIES, GENERATED_SENSITIVE } from '../rules/data/vocab/sensitive.generated';
import { unpackWords } from '../utils/text/word-list';

// Health, mental health and disability overlap (dementia, autism): one family for scoring.
const family = (kind: string) => (kind === 'mental-health' || kind === 'disability' ? 'health' : kind);

const generatedTerms = (kind: SensitiveKind): Set<string> => {
  if (kind === 'ethnicity') return new Set(unpackWords(GENERATED_NATIONALITIES, '|'));
  const list = (GENERATED_SENSITIVE as Record<string, string>)[kind];
  return new Set(list ? unpackWords(list, '|') : []);
};

type Source = 'generated' | 'hand' | 'both';
const matchers = Object.fromEntries(
  (['generated', 'hand', 'both'] as Source[]).map((source) => {
    const entries: Array<[string, SensitiveKind]> = [];
    for (const entry of SENSITIVE) {
      const generated = generatedTerms(entry.kind);
      for (const term of entry.terms) {
        const isGenerated = generated.has(term);
        if (source === 'both' || (source === 'generated') === isGenerated) entries.push([term, entry.kind]);
      }
    }
    return [source, new PhraseMatcher(entries)];
  }),
) as Record<Source, PhraseMatcher<SensitiveKind>>;

const lines = readFileSync(new URL('../tests/fixtures/vocab/heldout-terms.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string]);

const rows = new Map<string, Record<Source, number> & { total: number; missed: string[] }>();
for (const [kind, term] of lines) {
  const key = family(kind);
  const row = rows.get(key) ?? { generated: 0, hand: 0, both: 0, total: 0, missed: [] };
  rows.set(key, row);
  row.total++;
  const doc = new Doc(term);
  for (const source of ['generated', 'hand', 'both'] as Source[]) {
    const found = matchers[source].find(doc).some((hit) => family(hit.value) === key);
    if (found) row[source]++;
    else if (source === 'both') row.missed.push(term);
  }
}
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(0)}%`.padStart(5);
process.stdout.write(`${'family'.padEnd(14)} terms  generated  hand  both\n`);
let total = 0;
const sums: Record<Source, number> = { generated: 0, hand: 0, both: 0 };
for (const [key, row] of rows) {
  total += row.total;
  for (const source of Object.keys(sums) as Source[]) sums[source] += row[source];
  process.stdout.write(`${key.padEnd(14)} ${String(row.total).padStart(5)}  ${pct(row.generated, row.total)}     ${pct(row.hand, row.total)} ${pct(row.both, row.total)}   missed: ${row.missed.join(', ')}\n`);
}
process.stdout.write(`${'all'.padEnd(14)} ${String(total).padStart(5)}  ${pct(sums.generated, total)}     ${pct(sums.hand, total)} ${pct(sums.both, total)}\n`);
