/**
 * Issue 11, problem 2, over the whole corpus: every suggestion the engine offers, applied, leaves
 * a sentence that passes the sanity check and nothing of the finding's category where it was.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applySuggestions } from '../../utils/eval/applied';
import { loadCorpus } from '../../utils/eval/corpus';

const entries = loadCorpus(fileURLToPath(new URL('./', import.meta.url)));
const applied = entries.flatMap((entry) => applySuggestions(entry).map((result) => ({ id: entry.id, ...result })));

describe('suggestions over the corpus', () => {
  it('are offered on enough cases to mean something', () => {
    expect(applied.length).toBeGreaterThan(300);
    expect(applied.filter((a) => a.edit.start !== a.finding.start || a.edit.end !== a.finding.end).length).toBeGreaterThan(50);
  });

  it('clear the finding once applied', () => {
    const left = applied.filter((a) => a.remaining.length > 0).map((a) => `${a.id} ${a.finding.ruleId}: ${a.after}`);
    expect(left).toEqual([]);
  });

  it('leave text that reads as a sentence', () => {
    const broken = applied.filter((a) => !a.readsWell).map((a) => `${a.id} ${a.finding.ruleId}: ${a.after}`);
    expect(broken).toEqual([]);
  });
});
