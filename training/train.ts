/**
 * npm run train: trains the language tier and writes rules/model/weights.ts
 * (committed) and training/report.json (figures on data the model never saw).
 *
 * Splits: suite cases whose template family or protected group is held out
 * (by a fixed hash of the name) are never trained on: they measure transfer to
 * new wordings and new groups. A further sixth of the families and the natural
 * drafts in training/data/natural/calibration are used only to calibrate (Platt) and to choose
 * thresholds. The dev corpus and the other natural drafts are trained on; the corpus
 * hold-outs (tests/corpus/holdout, holdout-2) are never read here. The shipped
 * model is the one measured: it is trained without any held-out data.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MODEL_VOCABULARY } from '../rules/model/vocabulary';
import { BUCKET_BITS, BUCKETS } from '../utils/model/features';
import { encodeModel, LinearModel, type QuantisedHead } from '../utils/model/linear';
import { sampleFeatures } from '../utils/model/units';
import type { CorpusEntry } from '../utils/eval/corpus';
import { davidson, decides, draftSamples, drafts, DATA, HEADS, ROOT, suite, toxigen, type Sample } from './data';
import { inputsHash } from './hash';
import { train, platt, type Encoded, type Weights } from './logistic';
import { draftScores, chooseThresholds, type Thresholds } from './thresholds';
import { splitOf } from './splits';
import { measure, type Draft } from './measure';

const { values } = parseArgs({ options: { 'no-placeholder': { type: 'boolean', default: false }, 'dry-run': { type: 'boolean', default: false } } });

export const KEEP_PER_HEAD = 9_000;
const SEED = 20261207;

/** --no-placeholder trains and measures without the group placeholder, to show what it gains on held-out groups. */
const OPTIONS = { groupPlaceholder: !values['no-placeholder'] };

function encode(samples: readonly Sample[]): Encoded[] {
  return samples.map((s) => ({
    features: Uint32Array.from(sampleFeatures(s.text, MODEL_VOCABULARY, OPTIONS)),
    labels: Uint8Array.from(HEADS.map((h) => (s.labels.includes(h) ? 1 : 0))),
    teaches: Uint8Array.from(HEADS.map((h) => (s.teaches.includes(h) ? 1 : 0))),
    weight: s.weight,
  }));
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
    const kept = all.slice(0, KEEP_PER_HEAD).sort((x, y) => x[0] - y[0]);
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

async function main(): Promise<void> {
  const started = Date.now();
  const cases = await suite();
  const suiteSamples: Sample[] = cases.map((c) => ({
    id: c.id, text: c.text, labels: c.labels, teaches: HEADS, weight: 1, source: 'suite', family: c.family, functionality: c.functionality, ...(c.group ? { group: c.group } : {}),
  }));
  const naturalA = drafts(join(DATA, 'natural'), 'train');
  const naturalB = drafts(join(DATA, 'natural'), 'calibration');
  const dev = drafts(join(ROOT, 'tests', 'corpus'), 'dev');
  const trainSet: Sample[] = [
    ...suiteSamples.filter((s) => splitOf(s) === 'train'),
    ...naturalA.flatMap((e) => draftSamples(e, 'natural', 2)),
    ...dev.flatMap((e) => draftSamples(e, 'corpus-dev', 2)),
    ...davidson(),
    ...toxigen(),
  ];
  const heldOut = suiteSamples.filter((s) => splitOf(s) === 'held-out-family' || splitOf(s) === 'held-out-group');
  const calibration: Draft[] = [
    ...naturalB,
    ...suiteSamples.filter((s) => splitOf(s) === 'calibration').map((s) => ({ text: s.text, expect: s.labels, profile: { committees: ['Planning Committee'] } })),
  ];
  process.stdout.write(`suite ${cases.length} (held out ${heldOut.length}, calibration ${calibration.length - naturalB.length}); natural train ${naturalA.length}, calibration ${naturalB.length}; dev ${dev.length}; training samples ${trainSet.length}\n`);

  const weights = train(encode(trainSet), { buckets: BUCKETS, heads: HEADS.length, epochs: 3, rate: 0.1, l2: 3e-5, seed: SEED, positiveWeight: positiveWeights(trainSet) });
  process.stdout.write(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  const raw = encodeModel(BUCKET_BITS, quantise(weights));
  const heads = raw.heads;
  const model = new LinearModel(raw);
  const thresholds: Thresholds[] = [];
  HEADS.forEach((head, h) => {
    const scored = calibration.filter((e) => head !== 'predetermination' || decides(e));
    const scores = draftScores(model, scored.map((e) => e.text), h, OPTIONS);
    const labels = scored.map((e) => (e.expect.includes(head) ? 1 : 0));
    heads[h]!.platt = mapValues(platt(scores, labels), round);
    const chosen = chooseThresholds(scores.map((s) => 1 / (1 + Math.exp(-(heads[h]!.platt.a * s + heads[h]!.platt.b)))), labels, scored.map((e) => naturalB.includes(e as CorpusEntry)));
    heads[h]!.thresholds = mapValues(chosen, round);
    thresholds.push(chosen);
  });

  const shipped = new LinearModel(raw);
  const probes = ['The travellers are back, lock up your tools.', 'I will vote against the Brook Farm application whatever the officers say.', 'Thanks to everyone who came to the library open day.'];
  const encoded = {
    inputsHash: inputsHash(),
    trainingSamples: trainSet.length,
    ...raw,
    probes: probes.map((text) => ({ text, scores: draftScoresAll(shipped, text).map(round) })),
  };
  const report = measure(shipped, { heldOut, calibration, naturalB, dev }, OPTIONS);
  const noPlaceholder = values['no-placeholder'];
  if (!values['dry-run'] && !noPlaceholder) {
    writeFileSync(join(ROOT, 'rules', 'model', 'weights.ts'), weightsFile(encoded));
  }
  writeFileSync(join(ROOT, 'training', noPlaceholder ? 'report-no-placeholder.json' : 'report.json'), `${JSON.stringify({ ...report, thresholds }, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(report.summary, null, 2)}\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

function draftScoresAll(model: LinearModel, text: string): number[] {
  return HEADS.map((_, h) => draftScores(model, [text], h)[0]!);
}

function mapValues<T extends object>(object: T, f: (n: number) => number): T {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, f(v as number)])) as T;
}

function weightsFile(encoded: object): string {
  return `/**
 * The trained language tier's weights, written by \`npm run train\` (training/train.ts); do not edit.
 * Pruned to the largest ${KEEP_PER_HEAD} weights per head, int8-quantised, and stored as symbol text
 * (see utils/model/linear.ts and symbols.ts).
 * \`inputsHash\` is the hash of the data and code it was made from: tests/unit/model-stale.test.ts
 * fails when it no longer matches (retrain with \`npm run train\`).
 */
import type { EncodedModel } from '../../utils/model/linear';

export const WEIGHTS: EncodedModel & { inputsHash: string; trainingSamples: number; probes: Array<{ text: string; scores: number[] }> } = ${JSON.stringify(encoded, null, 1)};
`;
}

await main();
