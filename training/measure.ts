/**
 * Model-alone figures at the chosen thresholds: on suite families and groups
 * never trained on (the transfer figure) and per functionality. The natural
 * drafts' out-of-fold figures are computed in train.ts.
 */
import type { LinearModel } from '../utils/model/linear';
import { HEADS, type Sample } from './data';
import { splitOf } from './splits';
import { draftScores } from './thresholds';
import { FEATURE_OPTIONS } from '../utils/model/units';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const figures = (c: Counts) => ({
  ...c,
  precision: round(c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)),
  recall: round(c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)),
});
const round = (n: number) => Math.round(n * 1000) / 1000;

/** Which heads fire on each text (probability at or over medium). */
export function predict(model: LinearModel, texts: readonly string[], options = FEATURE_OPTIONS): boolean[][] {
  const perHead = model.heads.map((head, h) =>
    draftScores(model, texts, h, options).map((s) => 1 / (1 + Math.exp(-(head.platt.a * s + head.platt.b))) >= head.thresholds.medium),
  );
  return texts.map((_, i) => perHead.map((fired) => fired[i]!));
}

function count(predicted: boolean[][], labels: string[][], usable: (i: number, h: number) => boolean = () => true) {
  return Object.fromEntries(
    HEADS.map((head, h) => {
      const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
      predicted.forEach((p, i) => {
        if (!usable(i, h)) return;
        const y = labels[i]!.includes(head);
        if (p[h] && y) c.tp++;
        else if (p[h]) c.fp++;
        else if (y) c.fn++;
        else c.tn++;
      });
      return [head, figures(c)];
    }),
  );
}

/** A labelled draft as calibration and measurement need it. */
export interface Draft {
  text: string;
  expect: readonly string[];
  profile?: { committees?: readonly string[] } | undefined;
}

export function measure(model: LinearModel, data: { heldOut: Sample[] }, options = FEATURE_OPTIONS) {
  const bySplit = (split: string) => data.heldOut.filter((s) => splitOf(s) === split);
  const suiteFigures = (samples: Sample[]) => {
    const predicted = predict(model, samples.map((s) => s.text), options);
    const clean = samples.map((s, i) => (s.labels.length === 0 ? predicted[i]!.some(Boolean) : null)).filter((x) => x !== null);
    return { cases: samples.length, perCategory: count(predicted, samples.map((s) => [...s.labels])), cleanInterrupted: round(clean.filter(Boolean).length / Math.max(clean.length, 1)), predicted };
  };
  const family = suiteFigures(bySplit('held-out-family'));
  const group = suiteFigures(bySplit('held-out-group'));
  const functionality: Record<string, { cases: number; wrong: number }> = {};
  for (const [samples, result] of [[bySplit('held-out-family'), family], [bySplit('held-out-group'), group]] as const) {
    samples.forEach((s, i) => {
      const key = `${s.labels.length ? s.labels.join('+') : 'clean'} / ${s.functionality ?? '?'}`;
      const row = (functionality[key] ??= { cases: 0, wrong: 0 });
      row.cases++;
      const fired = HEADS.filter((_, h) => result.predicted[i]![h]);
      if (fired.join() !== [...s.labels].sort((a, b) => HEADS.indexOf(a) - HEADS.indexOf(b)).join()) row.wrong++;
    });
  }
  const strip = ({ predicted: _, ...rest }: ReturnType<typeof suiteFigures>) => rest;
  return { summary: { heldOutFamilies: strip(family), heldOutGroups: strip(group) }, functionality };
}
