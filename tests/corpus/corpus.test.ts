/**
 * The labelled corpus is data the figures in the README rest on: check it is
 * well formed and as large and as hard as promised, then hold the engine to
 * the scores recorded in baseline.json (a ratchet: raise them as rules improve,
 * never lower them to make a change pass).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../utils/eval/corpus';
import { evaluate, score } from '../../utils/eval/metrics';
import type { Category } from '../../utils/engine/types';

const root = fileURLToPath(new URL('./', import.meta.url));
const entries = loadCorpus(root);
const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as Record<
  string,
  Partial<Record<Category, { precision: number; recall: number }>>
>;

describe('corpus', () => {
  it('has at least 400 requests, 40% of them clean', () => {
    expect(entries.length).toBeGreaterThanOrEqual(400);
    const clean = entries.filter((entry) => entry.expect.length === 0).length;
    expect(clean / entries.length).toBeGreaterThanOrEqual(0.4);
  });

  it('has unique ids', () => {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      expect(seen.get(entry.id), `${entry.id} in ${entry.file} repeats`).toBeUndefined();
      seen.set(entry.id, entry.file);
    }
  });

  it('labels spans that occur verbatim, only for expected categories', () => {
    for (const entry of entries) {
      for (const [category, texts] of Object.entries(entry.spans ?? {})) {
        expect(entry.expect, `${entry.id}: span for unexpected ${category}`).toContain(category);
        for (const text of texts ?? []) {
          const found = entry.text.includes(text) || (entry.quoted ?? '').includes(text);
          expect(found, `${entry.id}: "${text}" is not in the text`).toBe(true);
        }
      }
    }
  });

  it('covers both platforms', () => {
    expect(new Set(entries.map((entry) => entry.platform))).toEqual(new Set(['x', 'facebook']));
  });
});

describe('scores do not fall below the baseline', () => {
  const outcomes = entries.map(evaluate);
  it('has a baseline for every category the corpus labels', () => {
    const labelled = new Set(entries.flatMap((entry) => entry.expect));
    for (const category of labelled) expect(Object.keys(baseline.all ?? {}), `add ${category} to baseline.json`).toContain(category);
  });
  for (const [split, categories] of Object.entries(baseline)) {
    for (const [category, floor] of Object.entries(categories) as Array<[Category, { precision: number; recall: number }]>) {
      it(`${split} ${category}: precision >= ${floor.precision}, recall >= ${floor.recall}`, () => {
        const subset = split === 'all' ? outcomes : outcomes.filter((outcome) => outcome.entry.split === split);
        const s = score(subset, category);
        expect(s.precision).toBeGreaterThanOrEqual(floor.precision);
        expect(s.recall).toBeGreaterThanOrEqual(floor.recall);
      });
    }
  }
});
