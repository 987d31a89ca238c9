/**
 * Finds UK party names, party groups and party slogans (rules/data/parties.ts)
 * in one pass, with their false-positive contexts removed: "green bins",
 * "labour market", "a conservative estimate", "our reforms", "independent
 * review". Campaign hashtags ("#LabourDelivers", "#VoteGreen") are read from
 * the tokens.
 */
import type { Doc } from '../../utils/engine/doc';
import { PARTIES, type PartyEntry } from '../data/parties';
import { antipatternsOf, phrasesOf, withoutAntipatterns } from '../data/lexicon';
import { PhraseMatcher } from '../../utils/text/phrases';

export interface PartyHit {
  start: number;
  end: number;
  text: string;
  entry: PartyEntry;
  hashtag: boolean;
}

const MATCHER = new PhraseMatcher<PartyEntry>(phrasesOf(PARTIES));
const ANTIPATTERNS = new PhraseMatcher<PartyEntry>(antipatternsOf(PARTIES));
/** What may follow a party's name in a campaign hashtag ("#LabourDelivers", "#ToriesOut"). */
const HASHTAG_SUFFIXES = ['', 'delivers', 'deliver', 'delivering', 'doorstep', 'campaign', 'team', 'gain', 'gains', 'win', 'wins', 'out', 'in', 'led', 'council', 'government', 'failure', 'failed', 'cuts', 'winning', 'here', 'together'];
const UPPER = /^\p{Lu}/u;

/** The party a hashtag's words name ("votelabour", "labourdelivers"), if any. */
export function hashtagParty(lower: string): PartyEntry | undefined {
  const rest = lower.startsWith('vote') ? lower.slice(4) : lower;
  const voting = rest !== lower;
  for (const entry of PARTIES) {
    for (const stem of entry.hashtagStems ?? []) {
      if (!rest.startsWith(stem)) continue;
      const suffix = rest.slice(stem.length);
      if (voting ? suffix === '' || suffix === 'uk' : HASHTAG_SUFFIXES.includes(suffix)) return entry;
    }
  }
  return undefined;
}

/** Per Doc: the political rule and the election-call finder both ask. */
const PARTIES_MEMO = Symbol('party mentions');

export const findParties = (doc: Doc): PartyHit[] => doc.memo(PARTIES_MEMO, () => scan(doc));

function scan(doc: Doc): PartyHit[] {
  const text = doc.text;
  const tokens = doc.tokens;
  const hits: PartyHit[] = [];
  const raw = withoutAntipatterns(MATCHER.find(doc), ANTIPATTERNS.find(doc));
  let coveredTo = -1;
  for (const hit of raw) {
    if (hit.start < coveredTo) continue;
    const entry = hit.value;
    if (entry.capitalised && !UPPER.test(hit.text)) continue;
    if (entry.afterName && !hit.text.includes(' ') && !afterCapitalisedWord(text, hit.start)) continue;
    const hashtag = text[hit.start - 1] === '#';
    hits.push({ start: hashtag ? hit.start - 1 : hit.start, end: hit.end, text: hashtag ? `#${hit.text}` : hit.text, entry, hashtag });
    coveredTo = hit.end;
  }
  const phraseHits = hits.length;
  let h = 0;
  for (const token of tokens) {
    if (text[token.start - 1] !== '#') continue;
    while (h < phraseHits && hits[h]!.end < token.end) h++;
    if (h < phraseHits && hits[h]!.start <= token.start) continue;
    const entry = hashtagParty(token.lower.replace(/['\u2019-]/g, ''));
    if (entry) hits.push({ start: token.start - 1, end: token.end, text: `#${token.text}`, entry, hashtag: true });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** "Riverton Independents": the word before is capitalised and only a space away. */
function afterCapitalisedWord(text: string, start: number): boolean {
  let at = start - 1;
  if (at < 0 || text[at] !== ' ') return false;
  while (at > 0 && text[at - 1] === ' ') at--;
  const before = /(\p{L}+)$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  return !!before && UPPER.test(before) && !/^(?:The|Our|Your|Local|All|Support|And)$/.test(before);
}
