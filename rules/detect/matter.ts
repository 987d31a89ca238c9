/**
 * Which pending agenda item a draft is about, and whether the author's committee decides it: read
 * by the predetermination rule and by the trained tier's, so that neither flags a member's view on
 * a matter another committee decides ("I'm on the West area committee; this one is East's").
 */
import type { Doc } from '../../utils/engine/doc';
import type { CheckInput } from '../../utils/engine/types';
import { findItemMentions, isSameCommittee, meetingEnd, type ItemKey } from '../../utils/context/agenda-match';

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
