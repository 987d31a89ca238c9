/**
 * Logistic regression, one head per category over one hashed feature space,
 * trained by AdaGrad with L2, in a fixed order from a seeded shuffle so the
 * same data gives the same weights on every machine.
 */
import { featureValue } from '../utils/model/units';

export interface Encoded {
  features: Uint32Array;
  /** 1 where the head's label is positive. */
  labels: Uint8Array;
  /** 1 where the sample trains that head. */
  teaches: Uint8Array;
  weight: number;
}

export interface TrainOptions {
  buckets: number;
  heads: number;
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
  /** Per head: the weight of a positive sample relative to a negative (class balance). */
  positiveWeight: number[];
  /** Buckets × heads, 1 where a weight may be non-zero: retraining on what pruning keeps. */
  support?: Uint8Array;
  /** Per head: a negative weighs 1 + hardNegative × its current probability, so clean look-alikes count more than easy negatives. */
  hardNegative?: readonly number[];
}

export interface Weights {
  /** buckets × heads, row-major by bucket. */
  w: Float32Array;
  bias: Float64Array;
}

/** mulberry32: small, fast, seeded. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, z))));

export function train(samples: readonly Encoded[], options: TrainOptions): Weights {
  const { buckets, heads, support } = options;
  const w = new Float32Array(buckets * heads);
  const g2 = new Float32Array(buckets * heads).fill(1e-6);
  const bias = new Float64Array(heads);
  const biasG2 = new Float64Array(heads).fill(1e-6);
  const order = samples.map((_, i) => i);
  const random = seeded(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const sample = samples[index]!;
      const value = featureValue(sample.features.length);
      for (let h = 0; h < heads; h++) {
        if (!sample.teaches[h]) continue;
        let sum = 0;
        for (const f of sample.features) sum += w[f * heads + h]!;
        const z = bias[h]! + sum * value;
        const y = sample.labels[h]!;
        const scale = sample.weight * (y ? options.positiveWeight[h]! : 1 + (options.hardNegative?.[h] ?? 0) * sigmoid(z));
        const grad = (sigmoid(z) - y) * scale;
        if (Math.abs(grad) < 1e-4) continue;
        biasG2[h]! += grad * grad;
        bias[h]! -= (options.rate * grad) / Math.sqrt(biasG2[h]!);
        for (const f of sample.features) {
          const at = f * heads + h;
          if (support && !support[at]) continue;
          const g = grad * value + options.l2 * w[at]!;
          g2[at]! += g * g;
          w[at]! -= (options.rate * g) / Math.sqrt(g2[at]!);
        }
      }
    }
  }
  return { w, bias };
}

/** Platt scaling: fits a, b so that sigmoid(a * score + b) matches the labels (Newton steps would do; plain gradient is enough for two numbers). */
export function platt(scores: readonly number[], labels: readonly number[]): { a: number; b: number } {
  const positives = labels.filter(Boolean).length;
  const negatives = labels.length - positives;
  // Platt's smoothed targets keep a perfectly separated set from driving a to infinity.
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  for (let step = 0; step < 3000; step++) {
    let ga = 0;
    let gb = 0;
    scores.forEach((s, i) => {
      const err = sigmoid(a * s + b) - (labels[i] ? high : low);
      ga += err * s;
      gb += err;
    });
    a -= (0.5 * ga) / scores.length;
    b -= (0.5 * gb) / scores.length;
  }
  return { a, b };
}
