/**
 * A linear model over hashed features: one logistic head per category, all
 * sharing one bucket space. Stored pruned and int8-quantised, one sorted list
 * of buckets per head (delta-encoded varints, base64) with one scale per head.
 * Being additive, a score splits exactly into per-word contributions, which
 * is what the highlight shows.
 */
import type { ModelWord } from './features';

export interface EncodedHead {
  category: string;
  bias: number;
  /** Multiplies the int8 weights back to floats. */
  scale: number;
  /** Base64 of varint deltas between successive buckets (sorted). */
  buckets: string;
  /** Base64 of int8 weights, one per bucket. */
  weights: string;
  /** Platt scaling: probability = sigmoid(a * score + b). */
  platt: { a: number; b: number };
  /** Probability thresholds: low (a quiet hint), medium and high (interrupt). */
  thresholds: { low: number; medium: number; high: number };
}

export interface EncodedModel {
  bits: number;
  heads: EncodedHead[];
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return btoa(binary);
}

export function decodeBuckets(text: string): number[] {
  const bytes = fromBase64(text);
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  let last = 0;
  for (const byte of bytes) {
    value |= (byte & 0x7f) << shift;
    if (byte & 0x80) {
      shift += 7;
      continue;
    }
    last += value;
    out.push(last);
    value = 0;
    shift = 0;
  }
  return out;
}

export function encodeBuckets(sorted: readonly number[]): string {
  const bytes: number[] = [];
  let last = 0;
  for (const bucket of sorted) {
    let delta = bucket - last;
    last = bucket;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
  }
  return toBase64(Uint8Array.from(bytes));
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
  readonly #keys: Uint32Array;
  /** heads.length weights per key. */
  readonly #values: Float32Array;

  constructor(encoded: EncodedModel) {
    this.heads = encoded.heads;
    const perHead = encoded.heads.map((head) => {
      const buckets = decodeBuckets(head.buckets);
      const weights = new Int8Array(fromBase64(head.weights).buffer);
      if (buckets.length !== weights.length) throw new Error(`model head ${head.category}: ${buckets.length} buckets but ${weights.length} weights`);
      return { buckets, weights, scale: head.scale };
    });
    const keys = [...new Set(perHead.flatMap((h) => h.buckets))].sort((a, b) => a - b);
    const index = new Map(keys.map((key, i) => [key, i]));
    const n = encoded.heads.length;
    this.#keys = Uint32Array.from(keys);
    this.#values = new Float32Array(keys.length * n);
    perHead.forEach((h, head) => h.buckets.forEach((bucket, i) => (this.#values[index.get(bucket)! * n + head] = h.weights[i]! * h.scale)));
  }

  /** Adds the weights of `bucket` (all heads) into `into` at `offset`. */
  addInto(bucket: number, into: Float64Array, offset: number): void {
    const keys = this.#keys;
    let low = 0;
    let high = keys.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const key = keys[mid]!;
      if (key < bucket) low = mid + 1;
      else if (key > bucket) high = mid - 1;
      else {
        const n = this.heads.length;
        for (let h = 0; h < n; h++) into[offset + h]! += this.#values[mid * n + h]!;
        return;
      }
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
