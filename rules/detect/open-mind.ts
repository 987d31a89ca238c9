/**
 * Statements of an open mind ("I'll keep an open mind", "open mind as always") and the contrast
 * words that undo one ("…but it will never get my vote"). Shared by the predetermination rule and
 * the trained tier's: one trie, and one search per draft however many rules ask.
 */
import type { Doc } from '../../utils/engine/doc';
import { PhraseMatcher, type PhraseHit } from '../../utils/text/phrases';
import { phrasesOf } from '../data/lexicon';
import { CONTRAST, OPEN_MIND } from '../data/predetermination';

const OPEN = new PhraseMatcher<true>(phrasesOf(OPEN_MIND).map(([phrase]): [string, true] => [phrase, true]));
const OPEN_MINDS = Symbol('open minds');

export function openMindsIn(doc: Doc): PhraseHit<true>[] {
  return doc.memo(OPEN_MINDS, () => OPEN.find(doc));
}

/** Whether a contrast word ("but", "however") stands between two offsets of the original text. */
export function contrastBetween(doc: Doc, from: number, to: number): boolean {
  return doc.folded.text.slice(doc.foldedOffset(from), doc.foldedOffset(to)).split(/[^a-z']+/u).some((word) => CONTRAST.has(word));
}
