/**
 * npm run train: trains the language tier and writes rules/model/weights.ts
 * (committed) and training/report.json (figures on data the model never saw).
 *
 * Splits: suite cases whose template family or protected group is held out
 * (by a fixed hash of the name) are never trained on: they measure transfer to
 * new wordings and new groups. Every natural draft (training/data/natural and
 * the corpus splits in DEVELOPMENT_SPLITS) is trained on; Platt scaling and the
 * thresholds are chosen on their out-of-fold scores (training/folds.ts). The
 * corpus hold-outs (tests/corpus/holdout, holdout-2) are never read here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MODEL_VOCABULARY } from '../rules/model/vocabulary';
import { BUCKET_BITS, BUCKETS, unitFeatures } from '../utils/model/features';
import { encodeModel, LinearModel, type EncodedHead, type QuantisedHead } from '../utils/model/linear';
import { wordsOf } from '../utils/model/units';
import { UNIT_CONDITIONS } from '../rules/model/targets';
import { davidson, decides, draftSamples, drafts, DATA, HEADS, ROOT, SUITE_HEADS, suite, toxigen, type HeadCategory, type Sample } from './data';
import { foldOf, FOLDS } from './folds';
import { inputsHash } from './hash';
import { train, platt, type Encoded, type Weights } from './logistic';
import { draftScores, chooseThresholds, type Thresholds } from './thresholds';
import { splitOf } from './splits';
import { measure, type Draft } from './measure';

const { values } = parseArgs({ options: { 'no-placeholder': { type: 'boolean', default: false }, 'dry-run': { type: 'boolean', default: false } } });

/**
 * Weights kept per head. 11,500 per head kept the weights file at 66 kB gzipped (round 3; 9,000 measured worse on every
 * held-out split, 40,000 better still at several times the bytes). Round 4 (2026-12-07): discrimination and respect, the
 * weakest heads, keep 15,000 (out of fold, on the same 8,326 drafts, best recall at precision 0.90 at 16,000:
 * discrimination 0.25 -> 0.34, respect 0.57 -> 0.58; at 15,000 with the hard negatives below, 0.33 and 0.59; 9 kB gzipped
 * more). Predetermination and confidential, whose heads separate best (out-of-fold AUC 0.95 and 0.98), keep 10,000.
 * The special-category head (issue 13) keeps fewer, to stay within about 12 kB gzipped. Out of fold, its recall at
 * precision 0.90 was 0.01 at 3,000 or 6,000 kept and 0.09 at 20,000 before writer H; with writer H, 0.34 at 6,000 and
 * 0.38 at 8,000.
 */
const KEEP_PER_HEAD: Readonly<Record<HeadCategory, number>> = { discrimination: 15_000, respect: 15_000, predetermination: 10_000, confidential: 10_000, 'special-category': 6_000 };
const SEED = 20261207;

/** --no-placeholder trains and measures without the group placeholder, to show what it gains on held-out groups. */
const OPTIONS = { groupPlaceholder: !values['no-placeholder'] };

/**
 * A head learns only from texts it would be asked to judge: the respect head reads only units that
 * name a person (rules/model/targets.ts), so it learns what makes a remark about a person an attack,
 * not that naming a councillor is one (trained on everything, "cllr" became its strongest word and
 * "Meet Cllr Priya Shah, who saved the bus route" an interruption).
 */
function encode(samples: readonly Sample[]): Encoded[] {
  return samples.map((s) => {
    const words = wordsOf(s.text, MODEL_VOCABULARY, OPTIONS);
    const texts = words.map((w) => w.text);
    const judged = (head: string) => !UNIT_CONDITIONS[head] || UNIT_CONDITIONS[head](texts, s.surface);
    return {
      features: Uint32Array.from(unitFeatures(words)),
      labels: Uint8Array.from(HEADS.map((h) => (s.labels.includes(h) ? 1 : 0))),
      teaches: Uint8Array.from(HEADS.map((h) => (s.teaches.includes(h) && judged(h) ? 1 : 0))),
      weight: s.weight,
    };
  });
}

/** Class balance per head: positives weigh as much as negatives, within [1, 6]. */
function positiveWeights(samples: readonly Sample[]): number[] {
  return HEADS.map((head) => {
    const taught = samples.filter((s) => s.teaches.includes(head));
    const positive = taught.filter((s) => s.labels.includes(head)).reduce((sum, s) => sum + s.weight, 0);
    const negative = taught.filter((s) => !s.labels.includes(head)).reduce((sum, s) => sum + s.weight, 0);
    return Math.min(6, Math.max(1, negative / Math.max(positive, 1)));
  });
}

/** The largest weights of each head, int8-quantised, with bias and placeholder calibration. */
function quantise(weights: Weights): QuantisedHead[] {
  return HEADS.map((category, h) => {
    const all: Array<[number, number]> = [];
    for (let b = 0; b < BUCKETS; b++) {
      const value = weights.w[b * HEADS.length + h]!;
      if (value !== 0) all.push([b, value]);
    }
    all.sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]) || x[0] - y[0]);
    const kept = all.slice(0, KEEP_PER_HEAD[category]).sort((x, y) => x[0] - y[0]);
    const max = kept.reduce((m, [, v]) => Math.max(m, Math.abs(v)), 1e-9);
    const scale = max / 127;
    const nonZero = kept.filter(([, v]) => Math.round(v / scale) !== 0);
    return {
      category,
      bias: round(weights.bias[h]!),
      scale: round(scale),
      kept: nonZero.map(([b, v]) => [b, Math.round(v / scale)] as const),
      platt: { a: 1, b: 0 },
      thresholds: { low: 0.5, medium: 0.5, high: 0.5 },
    };
  });
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Natural drafts: the writers' folders under training/data/natural, and the corpus splits that are now development data. */
const DEVELOPMENT_SPLITS = ['dev', 'holdout-3', 'holdout-4', 'holdout-5', 'holdout-6', 'holdout-7'];
/** A natural draft against a suite case (4 and 12 measured alike out of fold). */
const NATURAL_WEIGHT = 8;
/** 6 against 3: out of fold, average precision up 0.004-0.016 per head (with the retraining on the kept buckets). */
const EPOCHS = 6;
/**
 * The suite's contrasts (criticism of public figures and policies, counter-speech, negation) weigh
 * more than its risky cases: the natural risky drafts name councillors far more often than the
 * natural clean ones do, and without this the model read "Cllr X is wrong about this" as an attack.
 */
const SUITE_CLEAN_WEIGHT = 3;
/**
 * Hard negatives (training/logistic.ts): a clean sample weighs more the more the head currently
 * believes it risky, so counter-speech, reporting and warm mentions count more than easy negatives.
 * Out of fold on the same 8,326 drafts (round 4), at 4: respect recall at medium 0.45 -> 0.51,
 * predetermination 0.77 -> 0.78, confidential level. Not for discrimination: at 2 and 4 its recall
 * rose a little (0.25 -> 0.26, 0.27) but on held-out suite families its precision fell from 0.89 to
 * 0.81 and 0.68 (policy criticism and counter-speech about groups began to fire).
 */
const HARD_NEGATIVE: Readonly<Record<HeadCategory, number>> = { discrimination: 0, respect: 4, predetermination: 4, confidential: 4, 'special-category': 0 };

interface NaturalDraft extends Draft {
  surface: string;
  fold: number;
  samples: Encoded[];
}

async function main(): Promise<void> {
  const started = Date.now();
  const cases = await suite();
  const suiteSamples: Sample[] = cases.map((c) => ({
    id: c.id, text: c.text, labels: c.labels, teaches: SUITE_HEADS, weight: c.labels.length ? 1 : SUITE_CLEAN_WEIGHT, source: 'suite', family: c.family, functionality: c.functionality, ...(c.group ? { group: c.group } : {}),
  }));
  const naturalEntries = [...drafts(join(DATA, 'natural')).map((e) => ({ e, source: 'natural' })), ...drafts(join(ROOT, 'tests', 'corpus'), DEVELOPMENT_SPLITS).map((e) => ({ e, source: 'corpus' }))];
  const base: Sample[] = [...suiteSamples.filter((s) => splitOf(s) === 'train'), ...davidson(), ...toxigen()];
  const natural: NaturalDraft[] = naturalEntries.map(({ e, source }) => ({
    text: e.text, expect: e.expect, profile: e.profile, surface: e.surface, fold: foldOf(`${source}:${e.file}`), samples: encode(draftSamples(e, source, NATURAL_WEIGHT)),
  }));
  const heldOut = suiteSamples.filter((s) => splitOf(s) === 'held-out-family' || splitOf(s) === 'held-out-group');
  const baseEncoded = encode(base);
  const balance = positiveWeights([...base, ...naturalEntries.flatMap(({ e, source }) => draftSamples(e, source, NATURAL_WEIGHT))]);
  const fit = (drafts: readonly NaturalDraft[]) => {
    const samples = [...baseEncoded, ...drafts.flatMap((d) => d.samples)];
    const options = { buckets: BUCKETS, heads: HEADS.length, epochs: EPOCHS, rate: 0.1, l2: 3e-5, seed: SEED, positiveWeight: balance, hardNegative: HEADS.map((h) => HARD_NEGATIVE[h]) };
    const first = quantise(train(samples, options));
    // Pruning drops most buckets; trained again on only the kept ones, the kept weights take up what the dropped ones carried
    // (out of fold: confidential average precision 0.822 -> 0.834, the others level).
    const support = new Uint8Array(BUCKETS * HEADS.length);
    first.forEach((head, h) => head.kept.forEach(([bucket]) => (support[bucket * HEADS.length + h] = 1)));
    return quantise(train(samples, { ...options, support }));
  };
  process.stdout.write(`suite ${cases.length} (held out ${heldOut.length}); natural drafts ${natural.length} in ${FOLDS} folds; base samples ${base.length}\n`);

  // Out-of-fold raw scores: every natural draft scored by a model trained without its fold.
  const oof: number[][] = natural.map(() => []);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = new LinearModel(encodeModel(BUCKET_BITS, fit(natural.filter((d) => d.fold !== fold))));
    natural.forEach((d, i) => {
      if (d.fold === fold) oof[i] = HEADS.map((_, h) => draftScores(model, [d.text], h, OPTIONS, [d.surface])[0]!);
    });
    process.stdout.write(`fold ${fold} done at ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }

  const raw = encodeModel(BUCKET_BITS, fit(natural));
  const heads = raw.heads;
  const thresholds: Thresholds[] = [];
  HEADS.forEach((head, h) => {
    const scored = natural.map((d, i) => ({ d, s: oof[i]![h]! })).filter(({ d }) => head !== 'predetermination' || decides(d));
    const labels = scored.map(({ d }) => (d.expect.includes(head) ? 1 : 0));
    heads[h]!.platt = mapValues(platt(scored.map((x) => x.s), labels), round);
    const chosen = chooseThresholds(scored.map(({ s }) => 1 / (1 + Math.exp(-(heads[h]!.platt.a * s + heads[h]!.platt.b)))), labels, natural.filter((d) => !d.expect.includes(head)).length);
    heads[h]!.thresholds = mapValues(chosen, round);
    thresholds.push(chosen);
  });

  const shipped = new LinearModel(raw);
  const probes = ['The travellers are back, lock up your tools.', 'I will vote against the Brook Farm application whatever the officers say.', 'Thanks to everyone who came to the library open day.'];
  const encoded = {
    inputsHash: inputsHash(),
    trainingSamples: baseEncoded.length + natural.reduce((n, d) => n + d.samples.length, 0),
    ...raw,
    probes: probes.map((text) => ({ text, scores: draftScoresAll(shipped, text).map(round) })),
  };
  // OOF_OUT=file keeps every natural draft with its out-of-fold scores, to read the top of the ranking (docs/trained-tier.md).
  if (process.env.OOF_OUT) writeFileSync(process.env.OOF_OUT, JSON.stringify(natural.map((d, i) => ({ text: d.text, fold: d.fold, expect: d.expect, decides: decides(d), scores: oof[i] }))));
  const report = { ...measure(shipped, { heldOut }, OPTIONS), outOfFold: outOfFold(natural, oof, heads) };
  const noPlaceholder = values['no-placeholder'];
  if (!values['dry-run'] && !noPlaceholder) {
    writeFileSync(join(ROOT, 'rules', 'model', 'weights.ts'), weightsFile(encoded));
  }
  writeFileSync(join(ROOT, 'training', noPlaceholder ? 'report-no-placeholder.json' : 'report.json'), `${JSON.stringify({ ...report, thresholds }, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify({ ...report.summary, outOfFold: report.outOfFold }, null, 2)}\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

/** Out-of-fold figures per category at the chosen medium threshold (predetermination: authors who decide). */
function outOfFold(natural: readonly NaturalDraft[], oof: number[][], heads: EncodedHead[]) {
  return Object.fromEntries(
    HEADS.map((head, h) => {
      const c = { tp: 0, fp: 0, fn: 0, tn: 0, lowHints: 0 };
      natural.forEach((d, i) => {
        if (head === 'predetermination' && !decides(d)) return;
        const p = 1 / (1 + Math.exp(-(heads[h]!.platt.a * oof[i]![h]! + heads[h]!.platt.b)));
        const fired = p >= heads[h]!.thresholds.medium;
        const y = d.expect.includes(head);
        if (!fired && p >= heads[h]!.thresholds.low) c.lowHints++;
        if (fired && y) c.tp++;
        else if (fired) c.fp++;
        else if (y) c.fn++;
        else c.tn++;
      });
      return [head, { ...c, precision: round3(c.tp / Math.max(c.tp + c.fp, 1)), recall: round3(c.tp / Math.max(c.tp + c.fn, 1)), auc: round3(auc(natural, oof, h, head)) }];
    }),
  );
}

function auc(natural: readonly NaturalDraft[], oof: number[][], h: number, head: string): number {
  const rows = natural.map((d, i) => ({ s: oof[i]![h]!, y: d.expect.includes(head as never), ok: head !== 'predetermination' || decides(d) })).filter((r) => r.ok).sort((a, b) => a.s - b.s);
  let rankSum = 0;
  let positives = 0;
  rows.forEach((r, i) => {
    if (r.y) (rankSum += i + 1), positives++;
  });
  const negatives = rows.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / Math.max(positives * negatives, 1);
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

function draftScoresAll(model: LinearModel, text: string): number[] {
  return HEADS.map((_, h) => draftScores(model, [text], h)[0]!);
}

function mapValues<T extends object>(object: T, f: (n: number) => number): T {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, f(v as number)])) as T;
}

function weightsFile(encoded: object): string {
  return `/**
 * The trained language tier's weights, written by \`npm run train\` (training/train.ts); do not edit.
 * Pruned to the largest weights per head (${Object.entries(KEEP_PER_HEAD).map(([head, n]) => `${head} ${n}`).join(', ')}), int8-quantised, and stored as symbol text
 * (see utils/model/linear.ts and symbols.ts).
 * \`inputsHash\` is the hash of the data and code it was made from: tests/unit/model-stale.test.ts
 * fails when it no longer matches (retrain with \`npm run train\`).
 */
import type { EncodedModel } from '../../utils/model/linear';

export const WEIGHTS: EncodedModel & { inputsHash: string; trainingSamples: number; probes: Array<{ text: string; scores: number[] }> } = ${JSON.stringify(encoded, null, 1)};
`;
}

await main();
