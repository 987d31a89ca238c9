/**
 * Which matter a draft is about, and whether the author's committee decides it: read by the
 * predetermination rule and by the trained tier's, so that neither flags a member's view on a matter
 * another committee decides ("I'm on the West area committee; this one is East's"; "I'm on
 * Licensing, not Planning"), nor the report of a decision already made.
 */
import type { Doc } from '../../utils/engine/doc';
import type { CheckInput } from '../../utils/engine/types';
import { findItemMentions, isSameCommittee, meetingEnd, type ItemKey } from '../../utils/context/agenda-match';
import { findApplicationReferences } from '../../utils/context/application-refs';
import { committeeKinds } from '../../utils/context/committees';
import { PhraseMatcher, type PhraseHit } from '../../utils/text/phrases';
import { phrasesOf } from '../data/lexicon';
import { DECISION_MADE, LICENSING_CUES, PLANNING_CUES, POLICY_CUES } from '../data/predetermination';

export type MatterCue = 'policy' | 'planning' | 'licensing';
const CUES = new PhraseMatcher<MatterCue>([
  ...POLICY_CUES.map((p): [string, MatterCue] => [p, 'policy']),
  ...PLANNING_CUES.map((p): [string, MatterCue] => [p, 'planning']),
  ...LICENSING_CUES.map((p): [string, MatterCue] => [p, 'licensing']),
]);
const DECIDED = new PhraseMatcher<true>(phrasesOf(DECISION_MADE).map(([phrase]): [string, true] => [phrase, true]));
const DECISIONS = Symbol('decisions made');

/** Phrases reporting a decision already made ("refused last night"): the matter is no longer pending. */
export function decisionsIn(doc: Doc): PhraseHit<true>[] {
  return doc.memo(DECISIONS, () => DECIDED.find(doc));
}

const OWN_COMMITTEE = /\b(?:i'?m|i\u2019m|i am|i sit|i serve) on (?:the )?$/i;
const NOT_OTHER = /^(?:\s(?:committee|panel))?,?\snot\s(?:on\s)?(?:the\s)?(?:planning|licensing)\b/i;

/** What kind of matter the draft looks like, from its words: a planning application, a licence, or policy. */
export function matterCues(doc: Doc, quotedDoc: Doc): Set<MatterCue> {
  const cues = new Set<MatterCue>();
  for (const hit of CUES.find(doc)) {
    // "I'm on Licensing, not Planning" names the author's committee to say the matter is not theirs.
    if (OWN_COMMITTEE.test(doc.text.slice(Math.max(0, hit.start - 16), hit.start)) && NOT_OTHER.test(doc.text.slice(hit.end, hit.end + 24))) continue;
    cues.add(hit.value);
  }
  for (const hit of CUES.find(quotedDoc)) if (hit.value !== 'policy') cues.add(hit.value);
  if (findApplicationReferences(doc.text).length || findApplicationReferences(quotedDoc.text).length) cues.add('planning');
  return cues;
}

/** Whether the author's deciding committees decide a matter of this kind: a licensing member may campaign on a planning application. */
export function fitsCommittees(cues: Set<MatterCue>, deciding: string[]): boolean {
  const kinds = new Set(deciding.flatMap((c) => committeeKinds(c)));
  return (cues.has('planning') && kinds.has('planning')) || (cues.has('licensing') && kinds.has('licensing'));
}

export interface Tie {
  key: ItemKey;
  name: string;
}

export type Matter = { tied: Tie } | { elsewhere: true } | { untied: true };

/** The pending agenda item the draft is about, if the author's committee decides it. */
export function matterOf(input: CheckInput, doc: Doc, quotedDoc: Doc, deciding: string[]): Matter {
  const now = input.now.getTime();
  const mentions = [...findItemMentions(doc, input.meetings), ...findItemMentions(quotedDoc, input.meetings)];
  let elsewhere = false;
  for (const mention of mentions) {
    for (const key of mention.value) {
      const { meeting } = key;
      if (meetingEnd(meeting) <= now) continue; // decided already, or deferred to a meeting we do not know
      if (deciding.some((c) => isSameCommittee(c, meeting.committee))) return { tied: { key, name: mention.text } };
      if (key.strong) elsewhere = true;
    }
  }
  return elsewhere ? { elsewhere: true } : { untied: true };
}
