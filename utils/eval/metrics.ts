/**
 * Precision, recall and F2 per category over labelled requests. A finding
 * counts only at medium or high severity (low never interrupts posting).
 * F2 weighs recall twice as much as precision: missing a resident's phone
 * number is worse than one needless warning.
 */
import { checkInput, toInput } from '../engine/engine';
import { CATEGORIES, isBlocking, type Category, type Finding, type Rule } from '../engine/types';
import { RULES } from '../../rules';
import type { CorpusEntry } from './corpus';

export interface Outcome {
  entry: CorpusEntry;
  findings: Finding[];
  predicted: Set<Category>;
  falseAlarms: Category[];
  misses: Category[];
  /** Expected spans no blocking finding of that category overlaps. */
  uncoveredSpans: Array<{ category: Category; text: string }>;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f2: number;
  spansExpected: number;
  spansCovered: number;
}

/** Fixed clock so results do not depend on the day the corpus is run. */
export const CORPUS_NOW = new Date('2026-11-23T12:00:00Z');

export const evaluate = (entry: CorpusEntry): Outcome => evaluateWith(entry, RULES);

/** The outcome of checking `entry` with only `rules` (one tier of the engine). */
export function evaluateWith(entry: CorpusEntry, rules: readonly Rule[]): Outcome {
  const { findings } = checkInput(toInput(entry, CORPUS_NOW), { rules });
  const blocking = findings.filter((finding) => isBlocking(finding.severity));
  const predicted = new Set(blocking.map((finding) => finding.category));
  const expected = new Set(entry.expect);
  const uncoveredSpans: Outcome['uncoveredSpans'] = [];
  for (const [category, texts] of Object.entries(entry.spans ?? {}) as Array<[Category, string[]]>) {
    for (const text of texts) {
      const inText = entry.text.indexOf(text);
      const where = inText >= 0 ? undefined : 'quoted';
      const start = inText >= 0 ? inText : (entry.quoted ?? '').indexOf(text);
      const covered = blocking.some(
        (f) => f.category === category && f.in === where && f.start < start + text.length && f.end > start,
      );
      if (!covered) uncoveredSpans.push({ category, text });
    }
  }
  return {
    entry,
    findings,
    predicted,
    falseAlarms: [...predicted].filter((category) => !expected.has(category)),
    misses: [...expected].filter((category) => !predicted.has(category)),
    uncoveredSpans,
  };
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 1 : numerator / denominator);

export function score(outcomes: Outcome[], category: Category): Score {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let spansExpected = 0;
  let spansCovered = 0;
  for (const outcome of outcomes) {
    const expected = outcome.entry.expect.includes(category);
    const predicted = outcome.predicted.has(category);
    if (expected && predicted) truePositives++;
    else if (predicted) falsePositives++;
    else if (expected) falseNegatives++;
    const spans = outcome.entry.spans?.[category]?.length ?? 0;
    spansExpected += spans;
    spansCovered += spans - outcome.uncoveredSpans.filter((span) => span.category === category).length;
  }
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  const f2 = precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f2, spansExpected, spansCovered };
}

/** The engine's tiers: the hand-written rules, the trained model's rules, or both (what ships). */
export const TIERS = ['both', 'rules', 'model'] as const;
export type Tier = (typeof TIERS)[number];

export function rulesOf(tier: Tier): readonly Rule[] {
  const model = (rule: Rule) => rule.id.startsWith('model-');
  return tier === 'both' ? RULES : RULES.filter((rule) => (tier === 'model' ? model(rule) : !model(rule)));
}

/** Categories that the corpus labels or the engine raised: the rest have nothing to measure. */
export function measuredCategories(outcomes: Outcome[]): Category[] {
  return CATEGORIES.filter((category) => outcomes.some((o) => o.entry.expect.includes(category) || o.predicted.has(category)));
}
