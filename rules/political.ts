import { defineRule } from '../utils/engine/define';
import type { Doc } from '../utils/engine/doc';
import { peopleIn } from './detect/people';
import type { RawFinding, Severity } from '../utils/engine/types';
import { isPreElection } from '../utils/context/election';
import { PhraseMatcher } from '../utils/text/phrases';
import { findParties } from './detect/parties';
import { findElectionCalls } from './detect/election-calls';
import { askedAndDenied } from './detect/denial';
import { tokenAfter } from '../utils/text/tokens';
import { antipatternsOf, phrasesOf, withoutAntipatterns, type LexiconEntry } from './data/lexicon';
import { COUNCILLOR_ROLES, CREDIT_VERBS, POLITICAL_POSTNOMINALS, POLITICAL_TITLES, PUBLICITY, type PublicityKind } from './data/publicity';

const MATCHER = new PhraseMatcher<LexiconEntry<PublicityKind>>(phrasesOf(PUBLICITY));
const ANTIPATTERNS = new PhraseMatcher<LexiconEntry<PublicityKind>>(antipatternsOf(PUBLICITY));
const SHARED_SURFACES = new Set(['repost', 'quote', 'share']);
/** After a party's name: the party as the council's government ("the Labour administration" -> "the council"). */
const GOVERNING = new Set(['administration', 'council', 'cabinet', 'leadership', 'government']);
const UPPER = /^\p{Lu}/u;

type Where = 'text' | 'quoted';
interface Hit {
  start: number;
  end: number;
  messageId: string;
  severity: Severity;
  suggestions?: string[];
}

export default defineRule({
  id: 'political',
  category: 'political',
  severity: 'medium',
  description: 'On a corporate council account: party names, slogans and vote appeals, image-building of councillors, reposts of politicians\u2019 or parties\u2019 posts, and, in the pre-election period, publicity featuring councillors, candidates or contested issues.',
  source: 'Local Government Act 1986, s.2 and s.4; Code of Recommended Practice on Local Authority Publicity (2011), paras 15-16 and 33-35',
  url: 'https://www.gov.uk/government/publications/recommended-code-of-practice-for-local-authority-publicity',
  messages: {
    party: {
      message: 'This may make council publicity party-political.',
      explanation:
        'A council must not publish material designed to affect support for a political party (Local Government Act 1986 s.2). Naming, crediting or attacking a party in the council\u2019s own voice can breach this. Say what the council has done, in its own neutral words.',
    },
    vote: {
      message: 'This appeals for votes from a council account.',
      explanation:
        'Council publicity must never ask people to vote for a party or candidate (Local Government Act 1986 s.2; Code of Recommended Practice paras 15 and 33-35). Remove the appeal; neutral reminders to register and vote are fine.',
    },
    image: {
      message: 'This may promote an individual councillor or the administration.',
      explanation:
        'Council publicity may feature councillors in their official role, but should not praise or build the image of individual members or the ruling group (Code of Recommended Practice, paras 15-16). Describe what the council has done instead.',
    },
    shared: {
      message: 'This shares a politician\u2019s or party\u2019s post from the council account.',
      explanation:
        'When a council account reposts, quotes or shares a councillor\u2019s, MP\u2019s, candidate\u2019s or party\u2019s post, it lends the council\u2019s voice to them, even when the content is neutral (Code of Recommended Practice, paras 15-16). Post the information in the council\u2019s own name instead.',
    },
    'pre-election': {
      message: 'This features a councillor or candidate during the pre-election period.',
      explanation:
        'From the notice of election to polling day, council publicity should not feature councillors or candidates, except in an emergency or for statutory notices (Code of Recommended Practice, paras 33-35). Attribute the news to the council, or wait until after the poll.',
    },
    controversy: {
      message: 'This takes sides on a contested issue during the pre-election period.',
      explanation:
        'In the pre-election period the council should avoid publicity on controversial issues or that answers campaigners and candidates (Code of Recommended Practice, paras 33-35). Give factual service information only, or wait until after the poll.',
    },
  },
  examples: {
    flagged: [
      { text: 'Find out about [[Labour\u2019s]] new recycling scheme.', suggestion: 'the council\u2019s', request: { account: 'council' } },
      { text: '[[The Liberal Democrat administration]] has frozen council tax for the third year running.', suggestion: 'The council', request: { account: 'council' } },
      { text: 'Another pothole fixed on Mill Road. [[#LabourDelivers]]', rewrite: '', severity: 'high', request: { account: 'council' } },
      { text: 'Don\u2019t let the [[Tories]] close your library.', request: { account: 'council' } },
      { text: '[[Our brilliant Cllr Smith has delivered]] a new skate park for Eastfield!', suggestion: 'The council has delivered', request: { account: 'council' } },
      { text: 'Meet Cllr Priya Shah, [[the councillor who saved]] Northgate\u2019s bus route.', request: { account: 'council' } },
      { text: '[[Thanks to Cllr Kate Lowe for championing]] this!', request: { account: 'council', platform: 'facebook' } },
      { text: 'Have your say: [[vote Conservative on 7 May]].', severity: 'high', request: { account: 'council' } },
      {
        text: '[[Cllr Tom Reid]] joined our crews this morning to launch the new food waste service.',
        request: { account: 'council', now: '2026-04-02T10:30:00+01:00', election: { poll: '2026-05-07', noticeOfElection: '2026-03-27' } },
      },
      {
        text: 'The council [[stands by its decision]] to close Eastfield library.',
        request: { account: 'council', now: '2026-04-14T17:00:00+01:00', election: { poll: '2026-05-07' } },
      },
      // The council taking the ruling group's side, at any time of year.
      { text: '[[Whatever the opposition says]], the new bins are working.', request: { account: 'council' } },
      { text: '[[The last lot]] left the parks in a state. Things are improving.', request: { account: 'council' } },
      { text: '', severity: 'high', request: { account: 'council', surface: 'repost', quoted: 'Vote Labour on 7 May.' } },
      { text: '', request: { account: 'council', surface: 'repost', quoted: 'Cllr Ben Ortiz: the High Street is closed on Sunday for the 10k.' } },
      { text: 'Useful info below.', request: { account: 'council', surface: 'share', platform: 'facebook', quoted: 'Great to visit the new A&E today. \u2013 Helen Ward MP' } },
    ],
    clean: [
      { text: 'Bins: collections are a day late this week because of the bank holiday.', request: { account: 'council' } },
      { text: 'Register to vote by 20 April to have your say on 7 May.', request: { account: 'council', now: '2026-04-09T09:00:00+01:00', election: { poll: '2026-05-07' } } },
      { text: 'Polling stations are open 7am\u201310pm on Thursday 7 May. Find yours at the link.', request: { account: 'council', now: '2026-05-06T12:00:00+01:00', election: { poll: '2026-05-07' } } },
      { text: 'The Returning Officer has published the Statement of Persons Nominated.', request: { account: 'council', now: '2026-04-10T12:00:00+01:00', election: { poll: '2026-05-07' } } },
      { text: 'Planning Committee last night approved the new primary school at Hollins Green.', request: { account: 'council' } },
      { text: 'Cllr Amina Patel, Leader of the Council, will answer questions at Full Council on 4 March.', request: { account: 'council', now: '2026-01-20T10:00:00Z', election: { poll: '2026-05-07' } } },
      { text: 'Vote for your favourite park in our Green Flag People\u2019s Choice poll!', request: { account: 'council' } },
      { text: 'Green bins are back from Monday. Go green \u2013 recycle more!', request: { account: 'council' } },
      { text: 'Labour market figures show local unemployment falling.', request: { account: 'council' } },
      { text: 'The Old Town Conservation Area appraisal is open for comments.', request: { account: 'council' } },
      { text: 'Our reforms to parking permits start on 1 June. Reform of the permit system is overdue.', request: { account: 'council' } },
      { text: 'Independent review of children\u2019s services published today.', request: { account: 'council' } },
      { text: 'Our crews are making liberal use of grit on the hills tonight.', request: { account: 'council' } },
      { text: '', request: { account: 'council', surface: 'repost', quoted: 'Environment Agency: Flood alert for the River Ashby at Riverton.' } },
      { text: 'Our brilliant Cllr Smith has delivered a new skate park \u2013 another promise kept!', request: { account: 'councillor' } },
      { text: 'Don\u2019t let the Tories close your library!', request: { account: 'personal' } },
      { text: 'Great to see this!', request: { account: 'council', surface: 'reply', quoted: 'Cllr Jo Marsh (Conservative): I have secured funding for play parks.' } },
      { text: 'Mill Ward by-election result: Ann Lee (Green) 1,204; Tom Birch (Labour) 1,131. Ann Lee is elected.', request: { account: 'council' } },
      { text: 'Vote Green on 7 May? Not from this account, we\u2019re neutral. But do register to vote!', request: { account: 'council' } },
    ],
  },
  check({ input, doc, quotedDoc }) {
    if (input.account !== 'council') return [];
    const preElection = isPreElection(input.now, input.election);
    const findings: RawFinding[] = [];
    const add = (where: Where, hits: Hit[]) => {
      let coveredTo = -1;
      for (const hit of hits.sort((a, b) => a.start - b.start || b.end - a.end)) {
        if (hit.start < coveredTo) continue;
        coveredTo = hit.end;
        findings.push({ ...hit, ...(where === 'quoted' ? { in: 'quoted' as const } : {}) });
      }
    };

    if (doc.text.trim()) add('text', ownVoice(doc, preElection));
    if (SHARED_SURFACES.has(input.surface) && quotedDoc.text.trim()) {
      const advice = input.surface === 'quote' ? 'Post this in the council\u2019s own name instead of quoting' : 'Post this in the council\u2019s own name instead of reposting';
      add('quoted', sharedContent(quotedDoc, advice));
    }
    return findings;
  },
});

/** Right after a party's name: its closing bracket and a vote count. */
const RESULT_LINE = /^\)\s*(?:[:\-\u2013]\s*)?\d{1,3}(?:,\d{3})*\b/;

/** The words before a party that make its sentence an appeal for votes. */
const APPEAL_OPENING = /^\s*(?:vote|re-?elect|elect|back|support)\s+(?:for\s+)?(?:the\s+)?$/i;

/** What the council says in its own words. */
function ownVoice(doc: Doc, preElection: boolean): Hit[] {
  const text = doc.text;
  const hits: Hit[] = [];
  for (const call of findElectionCalls(doc)) hits.push({ start: call.start, end: call.end, messageId: 'vote', severity: 'high' });
  for (const party of findParties(doc)) {
    if (party.hashtag || party.entry.kind === 'slogan') {
      hits.push({ start: party.start, end: party.end, messageId: 'party', severity: 'high', suggestions: [''] });
      continue;
    }
    // A declared result names each candidate's party with their votes: "Jane Orrell (Green) 1,204". That is the returning officer's news, not party content.
    if (RESULT_LINE.test(text.slice(party.end, party.end + 12))) continue;
    // "Vote Lib Dem on 6 May? Not from this account": the party is in an appeal the post turns down.
    const sentence = doc.sentenceAt(party.start);
    if (APPEAL_OPENING.test(text.slice(sentence.start, party.start)) && askedAndDenied(doc, sentence.start)) continue;
    hits.push({ ...partySpan(text, party.start, party.end), messageId: 'party', severity: 'medium' });
  }
  for (const hit of withoutAntipatterns(MATCHER.find(doc), ANTIPATTERNS.find(doc))) {
    const kind = hit.value.kind;
    if ((kind === 'controversy' || kind === 'candidacy') && !preElection) continue;
    if (kind === 'partisan') {
      hits.push({ start: hit.start, end: hit.end, messageId: 'party', severity: 'medium' });
    } else if (kind === 'controversy') {
      hits.push({ start: hit.start, end: hit.end, messageId: 'controversy', severity: 'medium' });
    } else if (kind === 'candidacy') {
      hits.push({ start: hit.start, end: hit.end, messageId: 'pre-election', severity: 'medium' });
    } else {
      hits.push(imageSpan(doc, hit.start, hit.end, kind));
    }
  }
  hits.push(...creditAfterName(doc));
  if (preElection) hits.push(...councillorsFeatured(doc, 'pre-election'));
  return hits;
}

/** A reposted, quoted or shared post: any politician, party or appeal in it. */
function sharedContent(doc: Doc, advice: string): Hit[] {
  const hits: Hit[] = [];
  for (const call of findElectionCalls(doc)) hits.push({ start: call.start, end: call.end, messageId: 'shared', severity: 'high', suggestions: [advice] });
  for (const party of findParties(doc)) hits.push({ start: party.start, end: party.end, messageId: 'shared', severity: 'medium', suggestions: [advice] });
  for (const hit of councillorsFeatured(doc, 'shared')) hits.push({ ...hit, suggestions: [advice] });
  return hits;
}

/** "the Liberal Democrat administration" -> "the council"; "Labour's" -> "the council's". */
function partySpan(text: string, start: number, end: number): Pick<Hit, 'start' | 'end' | 'suggestions'> {
  const possessive = /['\u2019]s$/.test(text.slice(start, end));
  if (possessive) return { start, end, suggestions: [sentenceStart(text, start) ? 'The council\u2019s' : 'the council\u2019s'] };
  const next = /^[ -](\p{L}+)/u.exec(text.slice(end, end + 20));
  const windowStart = Math.max(0, start - 6);
  const before = /\b(?:the|this)\s+$/i.exec(text.slice(windowStart, start));
  if (next && GOVERNING.has(next[1]!.toLowerCase()) && before) {
    const spanStart = windowStart + before.index;
    return { start: spanStart, end: end + next[0].length, suggestions: [sentenceStart(text, spanStart) ? 'The council' : 'the council'] };
  }
  return { start, end };
}

const capitalAt = (text: string, at: number): boolean => UPPER.test(text[at] ?? '');
const sentenceStart = (text: string, at: number): boolean => /(?:^|[.!?\n]\s*)$/.test(text.slice(Math.max(0, at - 3), at).trimEnd()) || text.slice(0, at).trim() === '';

/** A praise/thanks/credit phrase, extended over the councillor's name and a credit verb ("…has delivered"). */
function imageSpan(doc: Doc, start: number, end: number, kind: PublicityKind): Hit {
  const tokens = doc.tokens;
  const text = doc.text;
  let k = tokenAfter(doc.tokens, end);
  let spanEnd = end;
  if (k < tokens.length && (kind === 'praise' || kind === 'thanks')) {
    for (let n = 0; n < 3 && tokens[k]?.capitalised && /^ +$/.test(text.slice(spanEnd, tokens[k]!.start)); n++, k++) spanEnd = tokens[k]!.end;
    const verb = creditVerbAt(doc, k, spanEnd);
    if (verb) return { start, end: verb.end, messageId: 'image', severity: 'medium', suggestions: [`${capitalAt(text, start) ? 'The' : 'the'} council has ${verb.word}`] };
    if (kind === 'thanks' && tokens[k]?.lower === 'for' && tokens[k + 1] && /^ +$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) spanEnd = tokens[k + 1]!.end;
  }
  return { start, end: spanEnd, messageId: 'image', severity: 'medium' };
}

/** "has delivered" / "delivered" right after a name (token k, text up to `from`). */
function creditVerbAt(doc: Doc, k: number, from: number): { end: number; word: string } | undefined {
  const tokens = doc.tokens;
  let i = k;
  if (tokens[i]?.lower === 'has' || tokens[i]?.lower === 'have') i++;
  const verb = tokens[i];
  if (!verb || !CREDIT_VERBS.has(verb.lower) || /[.!?\n]/.test(doc.text.slice(from, verb.start))) return undefined;
  return { end: verb.end, word: verb.lower };
}

/** "Cllr Smith has delivered…" without praise words: a title, a name and a credit verb. */
function creditAfterName(doc: Doc): Hit[] {
  const tokens = doc.tokens;
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!POLITICAL_TITLES.has(tokens[i]!.lower) || !tokens[i]!.capitalised) continue;
    let k = i + 1;
    for (let n = 0; n < 3 && tokens[k]?.capitalised; n++) k++;
    if (k === i + 1) continue;
    const verb = creditVerbAt(doc, k, tokens[k - 1]!.end);
    if (verb) hits.push({ start: tokens[i]!.start, end: verb.end, messageId: 'image', severity: 'medium' });
  }
  return hits;
}

/** Named councillors, MPs and candidates ("Cllr Tom Reid", "Helen Ward MP"), and "the Leader". */
function councillorsFeatured(doc: Doc, messageId: string): Hit[] {
  const text = doc.text;
  const tokens = doc.tokens;
  const hits: Hit[] = [];
  /** Token starts inside a person already featured ("Council Leader Cllr Patel" is one finding, not two). */
  const featuredPeople = new Set<number>();
  for (const person of peopleIn(doc)) {
    if (person.role !== 'public') continue;
    const first = person.text.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '');
    const postnominal = /^\s+(\p{L}+)/u.exec(text.slice(person.end, person.end + 6))?.[1];
    const k = tokenAfter(doc.tokens, person.start);
    const roleBefore = tokens.slice(Math.max(0, k - 4), k).some((token) => COUNCILLOR_ROLES.has(token.lower));
    const postnominalRole = !!postnominal && POLITICAL_POSTNOMINALS.has(postnominal.toLowerCase()) && postnominal === postnominal.toUpperCase();
    if (!POLITICAL_TITLES.has(first) && !postnominalRole && !roleBefore) continue;
    const end = postnominalRole ? person.end + text.slice(person.end).indexOf(postnominal!) + postnominal!.length : person.end;
    hits.push({ start: person.start, end, messageId, severity: 'medium' });
    for (let t = k; t < tokens.length && tokens[t]!.start < end; t++) featuredPeople.add(tokens[t]!.start);
  }
  // "the Leader", "our Leader", "Council Leader", "Deputy Leader" (capitalised: the office, not a leader of anything).
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.text !== 'Leader') continue;
    const before = tokens[i - 1]!.lower;
    if (!['the', 'our', 'council', 'deputy'].includes(before)) continue;
    if (featuredPeople.has(token.start) || featuredPeople.has(tokens[i - 1]!.start)) continue;
    if (tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'the' && tokens[i + 3]?.lower === 'opposition') continue;
    hits.push({ start: tokens[i - 1]!.start, end: token.end, messageId, severity: 'medium' });
  }
  return hits;
}
