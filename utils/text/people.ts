/**
 * Finds people named in a text. First version: honorific cues only
 * ("Mrs Doreen Price", "Cllr Brown"); name data and compromise come next.
 */
import type { Doc } from '../engine/doc';

export interface PersonMention {
  start: number;
  end: number;
  text: string;
  /** `public`: a public figure or officer named in their role (Cllr, MP, Mayor…); `private`: anyone else. */
  role: 'public' | 'private';
  /** What made us think it is a person, for explanations and debugging. */
  evidence: 'honorific' | 'title' | 'name-data' | 'nlp';
}

const PUBLIC_TITLES = /^(?:cllr|councillor|mp|mayor|minister|lord|baroness|sir|dame)$/;
const PRIVATE_TITLES = /^(?:mr|mrs|ms|miss|mx|dr|master)$/;

export function findPeople(doc: Doc): PersonMention[] {
  const tokens = doc.tokens;
  const mentions: PersonMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const title = tokens[i]!.lower.replace(/\.$/, '');
    const isPublic = PUBLIC_TITLES.test(title);
    if (!isPublic && !PRIVATE_TITLES.test(title)) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && tokens[j]!.capitalised) j++;
    if (j === i + 1) continue;
    const start = tokens[i]!.start;
    const end = tokens[j - 1]!.end;
    mentions.push({ start, end, text: doc.text.slice(start, end), role: isPublic ? 'public' : 'private', evidence: 'honorific' });
    i = j - 1;
  }
  return mentions;
}
