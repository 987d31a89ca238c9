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

  it('leave the trained tier no more than a handful of sentences it would still interrupt', () => {
    // After a slur or an insult is replaced, the model may still, often rightly, read the rest of the
    // sentence as a problem. Measured 49 at medium or high on 2026-12-07 after round 3 of the trained
    // tier, retrained with holdout-5, holdout-6 and writer F, with holdout-7 in the corpus (its 11 are
    // all right: "Tell that  Cllr Haig I'll be waiting for him in the car park"): about 42 are right (the insult replaced, another
    // left: "Cllr Naylor is wrong about this and a total berk"; the slur replaced, the derogation left:
    // "Same old Gypsies and Travellers every summer, trash the place"; "I'd push him under the 42"); about
    // six are its false alarms on criticism of a named person ("Everyone knows Cllr Moss is wrong
    // about this", "Phil Barker should explain this decision" in a long post, "Cllr Dennis Harkin is
    // wrong about this and everyone in Carnford knows it").
    // 51 since writer H's drafts joined the training pool (issue 13): 33 respect and 18 discrimination, none the
    // special-category head's. 54 at the end of round 5 (writers G to R trained on, holdout-8 in the corpus with 7 of
    // them): 30 respect and 24 discrimination.
    // Quiet hints (low) do not interrupt and are not counted.
    const left = applied
      .filter((a) => a.modelRemaining.some((finding) => finding.severity !== 'low'))
      .map((a) => `${a.id} ${a.finding.ruleId}: ${a.after}`);
    expect(left.length).toBeLessThanOrEqual(54);
  });

  it('leave text that reads as a sentence', () => {
    const broken = applied.filter((a) => !a.readsWell).map((a) => `${a.id} ${a.finding.ruleId}: ${a.after}`);
    expect(broken).toEqual([]);
  });
});
