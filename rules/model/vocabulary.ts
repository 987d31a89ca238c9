/**
 * The vocabularies the trained tier's featuriser reads: group mentions (for
 * the placeholder) and personal names. Built once; shared by the runtime and
 * by training, which must featurise exactly alike.
 */
import type { Vocabulary } from '../../utils/model/features';
import { GIVEN_NAMES, NOT_NAMES, SURNAMES } from '../data/names';
import { groupPhrases } from './groups';

/** Phrases by first word, longest first, so the longest mention wins. */
function phraseIndex(phrases: string[][]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const list = index.get(phrase[0]!) ?? [];
    list.push(phrase);
    index.set(phrase[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

const GROUP_INDEX = phraseIndex(groupPhrases());
// "the" leads some forms ("the elderly"); the index also works from the second word.

export const MODEL_VOCABULARY: Vocabulary = {
  groupAt(words, at) {
    const candidates = GROUP_INDEX.get(words[at]!);
    if (!candidates) return 0;
    for (const phrase of candidates) {
      if (phrase.every((word, k) => words[at + k] === word)) return phrase.length;
    }
    return 0;
  },
  names: new Set([...GIVEN_NAMES, ...SURNAMES].map((name) => name.toLowerCase())),
  notNames: new Set([...NOT_NAMES].map((name) => name.toLowerCase())),
};
