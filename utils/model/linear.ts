/**
 * A linear model over hashed features: one logistic head per category, all
 * sharing one bucket space. Stored pruned and int8-quantised with one scale
 * per head. The heads keep many of the same buckets, so the file lists every
 * kept bucket once (ascending gaps), which heads keep each (a bit mask), and
 * each head's weights in bucket order, all as symbol text (./symbols.ts).
 * Being additive, a score splits exactly into per-word contributions, which
 * is what the highlight shows.
 */
import type { ModelWord } from './features';
import { decodeSymbols, encodeSymbols, unzigzag, zigzag } from './symbols';

export interface EncodedHead {
  category: string;
  bias: number;
  /** Multiplies the int8 weights back to floats. */
  scale: number;
  /** The head's int8 weights (zigzag, symbol text), one per bucket whose mask has this head's bit, in bucket order. */
  weights: string;
  /** Platt scaling: probability = sigmoid(a * score + b). */
  platt: { a: number; b: number };
  /** Probability thresholds: low (a quiet hint), medium and high (interrupt). */
  thresholds: { low: number; medium: number; high: number };
}

export interface EncodedModel {
  bits: number;
  /** Every bucket any head keeps, ascending, as gaps from the one before (symbol text). */
  buckets: string;
  /** Per bucket, which heads keep it: bit h for heads[h] (symbol text). */
  kept: string;
  heads: EncodedHead[];
}

/** What training hands over: per head, its kept buckets (ascending) and their int8 weights. */
export interface QuantisedHead extends Omit<EncodedHead, 'weights'> {
  kept: ReadonlyArray<readonly [bucket: number, weight: number]>;
}

export function encodeModel(bits: number, heads: readonly QuantisedHead[]): EncodedModel {
  if (heads.length > 30) throw new Error('encodeModel: at most 30 heads fit a bucket mask');
  const byBucket = heads.map((head) => new Map(head.kept));
  const buckets = [...new Set(heads.flatMap((head) => head.kept.map(([bucket]) => bucket)))].sort((a, b) => a - b);
  return {
    bits,
    buckets: encodeSymbols(buckets.map((bucket, i) => bucket - (i > 0 ? buckets[i - 1]! : 0))),
    kept: encodeSymbols(buckets.map((bucket) => byBucket.reduce((mask, weights, h) => (weights.has(bucket) ? mask | (1 << h) : mask), 0))),
    heads: heads.map(({ kept, ...head }, h) => {
      const weights = buckets.filter((bucket) => byBucket[h]!.has(bucket)).map((bucket) => byBucket[h]!.get(bucket)!);
      if (weights.some((w) => !Number.isInteger(w) || w < -128 || w > 127 || w === 0)) throw new Error(`encodeModel: head ${head.category} has a weight that is not a non-zero int8`);
      return { ...head, weights: encodeSymbols(weights.map(zigzag)) };
    }),
  };
}

/** Per unit: the raw score of each head, and each word's share of it. */
export interface UnitScore {
  from: number;
  to: number;
  /** Raw (uncalibrated) score per head. */
  scores: number[];
}

export class LinearModel {
  readonly heads: readonly EncodedHead[];
  /**
   * Open addressing: slot = a multiplicative hash of the bucket, probing forward; each slot holds
   * the index of a kept bucket plus one (0: empty). Half full at most, so a lookup (hundreds per
   * draft) takes one or two probes instead of the fifteen a binary search over 30,000 keys takes.
   */
  readonly #slots: Int32Array;
  readonly #shift: number;
  readonly #keys: Uint32Array;
  /** heads.length weights per key. */
  readonly #values: Float32Array;

  constructor(encoded: EncodedModel) {
    this.heads = encoded.heads;
    const n = encoded.heads.length;
    const gaps = decodeSymbols(encoded.buckets);
    const masks = decodeSymbols(encoded.kept);
    if (masks.length !== gaps.length) throw new Error(`language model: ${gaps.length} buckets but ${masks.length} masks`);
    const weights = encoded.heads.map((head) => decodeSymbols(head.weights));
    const used = new Array<number>(n).fill(0);
    this.#keys = new Uint32Array(gaps.length);
    this.#values = new Float32Array(gaps.length * n);
    let bucket = 0;
    gaps.forEach((gap, i) => {
      bucket += gap;
      this.#keys[i] = bucket;
      for (let h = 0; h < n; h++) {
        if (!(masks[i]! & (1 << h))) continue;
        const code = weights[h]![used[h]!++];
        if (code === undefined) throw new Error(`language model head ${encoded.heads[h]!.category}: fewer weights than buckets`);
        this.#values[i * n + h] = unzigzag(code) * encoded.heads[h]!.scale;
      }
    });
    used.forEach((count, h) => {
      if (count !== weights[h]!.length) throw new Error(`language model head ${encoded.heads[h]!.category}: ${weights[h]!.length} weights for ${count} buckets`);
    });
    const bits = Math.max(4, Math.ceil(Math.log2(gaps.length * 2 + 1)));
    this.#shift = 32 - bits;
    this.#slots = new Int32Array(1 << bits);
    const mask = (1 << bits) - 1;
    this.#keys.forEach((key, i) => {
      let slot = Math.imul(key, 0x9e3779b1) >>> this.#shift;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & mask;
      this.#slots[slot] = i + 1;
    });
  }

  /** Adds the weights of `bucket` (all heads) into `into` at `offset`. */
  addInto(bucket: number, into: Float64Array, offset: number): void {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = Math.imul(bucket, 0x9e3779b1) >>> this.#shift; ; slot = (slot + 1) & mask) {
      const index = slots[slot]! - 1;
      if (index < 0) return;
      if (this.#keys[index] !== bucket) continue;
      const n = this.heads.length;
      for (let h = 0; h < n; h++) into[offset + h]! += this.#values[index * n + h]!;
      return;
    }
  }

  /**
   * Per word, per head: the weight of its own features (`own`), of the bigram
   * joining it to the previous word (`joined`) and of opening a unit (`opening`).
   */
  wordWeights(words: readonly ModelWord[]): { own: Float64Array; joined: Float64Array; opening: Float64Array } {
    const n = this.heads.length;
    const own = new Float64Array(words.length * n);
    const joined = new Float64Array(words.length * n);
    const opening = new Float64Array(words.length * n);
    words.forEach((word, k) => {
      for (const f of word.features) this.addInto(f, own, k * n);
      this.addInto(word.bigram, joined, k * n);
      this.addInto(word.opening, opening, k * n);
    });
    return { own, joined, opening };
  }
}
