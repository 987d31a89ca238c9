/**
 * What the trained tier scores: each sentence, and each pair of adjacent
 * sentences (so "Travellers are back. Lock up your tools." is read together).
 * Words are featurised once for the whole text; a unit's score is the sum of
 * its words' weights, so each word's share of the score is exact.
 */
import type { Span } from '../text/tokens';
import { modelWords, unitFeatures, type FeatureOptions, type ModelWord, type Vocabulary } from './features';
import type { LinearModel } from './linear';
import { modelTokens } from './normalise';

export const FEATURE_OPTIONS: FeatureOptions = { groupPlaceholder: true };

/**
 * Each feature of a unit counts 1/sqrt(its feature count), so long and short units score alike;
 * but never more than a unit of MIN_UNIT_FEATURES would give it. Without the floor a two-word
 * unit ("Cllr Drummond", a sign-off) put its whole weight on a few features and outscored real
 * attacks (out of fold, the top respect false alarms were sign-offs and "Me and Cllr X"). Out of
 * fold 150, 200 and 300 measured alike, 100 a little worse, 60 kept most of the problem, and 1,000
 * (no normalising at all) lost on long units.
 */
export const MIN_UNIT_FEATURES = 200;
export const featureValue = (count: number): number => 1 / Math.sqrt(Math.max(count, MIN_UNIT_FEATURES));

/** A unit of fewer words (a phone number alone, "Get rid") says too little for the model to judge. */
export const MIN_WORDS = 3;
/** Whether words [from, to) are enough for a judgement (placeholders for numbers do not count). */
export function judgeable(words: readonly ModelWord[], from: number, to: number): boolean {
  let count = 0;
  for (let w = from; w < to && count < MIN_WORDS; w++) if (words[w]!.text !== '<num>') count++;
  return count >= MIN_WORDS;
}

export interface ScoredUnit {
  /** UTF-16 span of the unit in the text. */
  start: number;
  end: number;
  /** Words [from, to) of `words`. */
  from: number;
  to: number;
  /** Raw score per head. */
  scores: number[];
}

export interface TextScores {
  words: ModelWord[];
  units: ScoredUnit[];
  /** Per word, per head: its weight in a unit it does not open (own features + the bigram joining it), before the unit's 1/sqrt(n). */
  contribution(word: number, head: number): number;
}

/** The words of a whole text, as training sees one sample. */
export function wordsOf(text: string, vocabulary: Vocabulary, options = FEATURE_OPTIONS): ModelWord[] {
  return modelWords(modelTokens(text), vocabulary, options);
}

/** Every bucket of a whole text as one unit: one training sample. */
export function sampleFeatures(text: string, vocabulary: Vocabulary, options = FEATURE_OPTIONS): number[] {
  return unitFeatures(wordsOf(text, vocabulary, options));
}

export function scoreText(text: string, sentences: readonly Span[], model: LinearModel, vocabulary: Vocabulary, options = FEATURE_OPTIONS): TextScores {
  const words = wordsOf(text, vocabulary, options);
  const n = model.heads.length;
  const { own, joined, opening } = model.wordWeights(words);
  // Word ranges of each sentence (words are in text order).
  const ranges: Array<{ from: number; to: number }> = [];
  let k = 0;
  for (const sentence of sentences) {
    while (k < words.length && words[k]!.start < sentence.start) k++;
    const from = k;
    while (k < words.length && words[k]!.start < sentence.end) k++;
    if (k > from) ranges.push({ from, to: k });
  }
  const unit = (from: number, to: number): ScoredUnit => {
    const scores: number[] = [];
    // As in training, each feature counts 1/sqrt(number of features in the unit).
    let count = 0;
    for (let w = from; w < to; w++) count += words[w]!.features.length + 1;
    const value = featureValue(count);
    for (let h = 0; h < n; h++) {
      let sum = opening[from * n + h]! + own[from * n + h]!;
      for (let w = from + 1; w < to; w++) sum += own[w * n + h]! + joined[w * n + h]!;
      scores.push(model.heads[h]!.bias + sum * value);
    }
    return { start: words[from]!.start, end: words[to - 1]!.end, from, to, scores };
  };
  const units: ScoredUnit[] = [];
  ranges.forEach((range, i) => {
    units.push(unit(range.from, range.to));
    const next = ranges[i + 1];
    if (next) units.push(unit(range.from, next.to));
  });
  return { words, units, contribution: (word, head) => own[word * n + head]! + joined[word * n + head]! };
}
