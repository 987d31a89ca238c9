/**
 * The shape of the discrimination lexicon (rules/data/discrimination/*.ts).
 * Vocabularies are data: each entry carries its forms, why it is derogatory in
 * UK usage, where that judgement comes from, a neutral alternative, and the
 * contexts in which the same letters are innocent (each with a clean example
 * that tests/unit/discrimination-lexicon.test.ts runs through the engine).
 */
import type { Severity } from '../../../utils/engine/types';

/** Equality Act 2010 s.4, plus the s.9(5)(a) race sub-group the brief asks us to name. */
export const CHARACTERISTICS = [
  'age',
  'disability',
  'gender-reassignment',
  'marriage-civil-partnership',
  'pregnancy-maternity',
  'race',
  'religion-belief',
  'sex',
  'sexual-orientation',
] as const;
export type Characteristic = (typeof CHARACTERISTICS)[number];

/**
 * - `slur`: a word whose main use is to demean a group (high).
 * - `mocking`: a phrase that ridicules or stereotypes a group, often as a "joke" (medium).
 * - `outdated`: a term the group's own organisations ask people to replace; rarely meant
 *   unkindly, so a quiet heads-up (low) with the preferred wording.
 */
export type TermKind = 'slur' | 'mocking' | 'outdated';

/**
 * A known innocent use. At least one of `phrases`, `nearby` or `capitalised`
 * says how it is recognised; `example` must stay clean through the engine.
 */
export interface FalsePositive {
  /** What the innocent use is, for the reader of this file. */
  context: string;
  /** Phrases (matcher syntax) containing the term; a hit inside one of them is ignored. */
  phrases?: string[];
  /** Words (matcher syntax) that, anywhere in the same sentence, show the innocent sense. */
  nearby?: string[];
  /** A capitalised form is a proper name (place, surname, brand), not the slur. */
  capitalised?: boolean;
  example: string;
}

export interface LexiconEntry {
  /** Stable id, unique across files: `<topic>/<slug>`. */
  id: string;
  /**
   * Forms to flag, written as folded words (lower case, no accents) in
   * PhraseMatcher syntax. Hyphens and apostrophes count as spaces, so
   * "half caste" also matches "half-caste". List plurals and variants explicitly:
   * a `*` wildcard would also catch innocent longer words ("retard*" → "retardant").
   */
  terms: string[];
  characteristic: Characteristic;
  kind: TermKind;
  severity: Severity;
  /** Why it is derogatory in UK usage. */
  note: string;
  /** The statute and guidance this judgement relies on. */
  source: string;
  /** Replacement text for the span, where a neutral wording exists. */
  alternatives?: string[];
  /** Replacement text for particular forms, where the general one would not read naturally. */
  alternativesByTerm?: Record<string, string[]>;
  /** The term counts only right after one of these words (e.g. "gone mental", not "mental health"). */
  after?: string[];
  /** The term counts only before one of these words or at the end of a clause ("the disabled are…", not "the disabled toilet"). */
  before?: string[];
  /** Words (matcher syntax), one of which must be in the same sentence for the term to count. */
  requires?: string[];
  falsePositives?: FalsePositive[];
  /** Flagged examples for the lexicon test, with the span in [[ ]]. */
  flagged: string[];
}
