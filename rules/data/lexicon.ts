/**
 * The shape shared by the confidentiality, insult, allegation and threat
 * lexicons (LanguageTool style: every entry carries a note, a source and its
 * known false-positive contexts, each with a clean example that a test runs),
 * and the small pattern syntax the terms are written in.
 */
import type { Severity } from '../../utils/engine/types';

export interface FalsePositive {
  /** The context in which the term means something harmless. */
  context: string;
  /** A text in that context: the rules using this lexicon must stay quiet on it. */
  clean: string;
  /** Phrases (pattern syntax) that, when they cover a hit, cancel it. Omitted when the rule's logic handles the context. */
  unless?: string[];
}

export interface LexiconEntry<Kind extends string = string> {
  /** Stable id, for tests and debugging. */
  id: string;
  kind: Kind;
  /** Pattern syntax: words separated by spaces; "a|b" alternatives in one slot; an empty alternative ("a|") makes the slot optional; "stem*" matches any word starting with stem. */
  terms: string[];
  severity?: Severity;
  note: string;
  source: string;
  falsePositives: FalsePositive[];
}

/** Expands "i|we know where he|she lives" into every phrase it stands for. */
export function expand(pattern: string): string[] {
  let phrases: string[][] = [[]];
  for (const slot of pattern.trim().split(/\s+/)) {
    const options = slot.split('|');
    const next: string[][] = [];
    for (const phrase of phrases) for (const option of options) next.push(option === '' ? phrase : [...phrase, option]);
    phrases = next;
  }
  return [...new Set(phrases.filter((words) => words.length > 0).map((words) => words.join(' ')))];
}

/** Every [phrase, entry] pair of a lexicon, for a PhraseMatcher. */
export function phrasesOf<E extends LexiconEntry>(entries: readonly E[]): Array<[string, E]> {
  return entries.flatMap((entry) => entry.terms.flatMap(expand).map((phrase): [string, E] => [phrase, entry]));
}

/** Every antipattern phrase of a lexicon, for a PhraseMatcher of contexts that cancel a hit. */
export function antipatternsOf<E extends LexiconEntry>(entries: readonly E[]): Array<[string, E]> {
  return entries.flatMap((entry) =>
    entry.falsePositives.flatMap((fp) => (fp.unless ?? []).flatMap(expand).map((phrase): [string, E] => [phrase, entry])),
  );
}

/** Drops hits that an antipattern of the same lexicon covers ("leaked water main" for "leaked"). */
export function withoutAntipatterns<T extends { start: number; end: number }>(hits: T[], antipatterns: T[]): T[] {
  if (antipatterns.length === 0) return hits;
  return hits.filter((hit) => !antipatterns.some((anti) => anti.start <= hit.start && anti.end >= hit.end));
}
