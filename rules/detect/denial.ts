/**
 * A phrase put as a question and answered "no" at once is being rejected, not
 * said: "Closed session? No, planning is held in public."; "Vote Lib Dem on
 * 6 May? Not from this account."; "Re-elect Cllr Sandhu? That's up to the
 * voters, not me." Only when the phrase opens its question, so a real appeal
 * asked as a question ("Will you vote for me on Thursday?") still counts.
 */
import type { Doc } from '../../utils/engine/doc';

const DENIAL = /^\s*(?:no|nope|not|never|nothing of the sort|of course not|that(?:'|\u2019)?s (?:up to|for|not))\b/i;

export function askedAndDenied(doc: Doc, start: number): boolean {
  const sentence = doc.sentenceAt(start);
  if (doc.text.slice(sentence.start, start).trim() !== '') return false;
  if (!/\?\s*$/.test(doc.text.slice(sentence.start, sentence.end)) || sentence.end >= doc.text.length) return false;
  const next = doc.sentenceAfter(sentence);
  return DENIAL.test(doc.text.slice(next.start, next.end));
}
