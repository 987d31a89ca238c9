import { defineRule } from '../utils/engine/define';
import type { Doc } from '../utils/engine/doc';
import type { CheckInput, RawFinding, Severity } from '../utils/engine/types';
import { PhraseMatcher, type PhraseHit } from '../utils/text/phrases';
import { committeeKinds, type CommitteeKind } from '../utils/context/committees';
import { decisionsIn, fitsCommittees, matterCues, matterOf } from './detect/matter';
import { contrastBetween, openMindsIn } from './detect/open-mind';
import { phrasesOf, antipatternsOf, withoutAntipatterns, type LexiconEntry } from './data/lexicon';
import { CANCEL_BEFORE, CLOSED_MIND, OPEN_MIND_WORDING, type ClosedMindKind } from './data/predetermination';

const CLOSED = new PhraseMatcher<LexiconEntry<ClosedMindKind>>(phrasesOf(CLOSED_MIND));
const CLOSED_ANTI = new PhraseMatcher<LexiconEntry<ClosedMindKind>>(antipatternsOf(CLOSED_MIND));

/** Campaign hashtags: #RefuseTheSolarFarm, #StopWheatfield, #SayNoToX. Folded text. */
const CAMPAIGN_TAG = /#(?:refuse|stop|reject|sayno|noto|scrap|block)[a-z0-9_]*/gu;
/** "Nothing the developer says will change my mind": bounded gap, one sentence. */
const NOTHING_CHANGES =
  /\b(?:nothing|no one|nobody|no amount of)\b[^.!?\n]{0,60}?\b(?:will|is going to|can|could|would) (?:change|alter|shift) (?:my mind|my view|my vote|that|this)\b/gu;
/** "I'll be throwing the Copperfield Yard application out": a verb, a bounded gap in one sentence, "out". Folded text. */
const THROW_OUT = /\b(?:i'll|i will|we'll|we will)(?: be)? (?:throw|throwing|kick|kicking|chuck|chucking|turf|turfing)\b[^.!?\n]{0,50}?\bout\b/gu;
/** "I won't let Oakfield Farm happen", "I'll be voting Oakfield Farm down", "I'll be calling for its licence to be revoked". Folded text. */
const FIRST_PERSON_GAP = [
  /\b(?:i won't|i will not|i'm not going to) (?:let|allow)\b[^.!?\n]{0,50}?\b(?:happen|go ahead|get built|get through)\b/gu,
  /\b(?:i'll|i will|i'm going to)(?: be)? (?:fight|fighting|vote|voting)\b[^.!?\n]{0,50}?\b(?:down|every step of the way|all the way)\b/gu,
  /\b(?:i'll|i will|i'm going to)(?: be)? (?:push|pushing|call|calling|argue|arguing|press|pressing)\b[^.!?\n]{0,40}?\b(?:revoked|revoke|removed|taken away|suspended|closed down|shut down|refused)\b/gu,
];
/** Someone else's view, reported, before an outcome phrase: "Lots of you have told me it should be refused." Folded text. */
const REPORTED =
  /\b(?:(?:told|tell|tells|telling|asked|asking|urged|urging|emailed|messaged|written to) (?:me|us)|(?:residents|people|neighbours|campaigners|objectors|constituents|they) (?:say|said|think|feel|believe|want|insist))\b/u;

const MAX_FINDINGS = 20;

const DECIDING: ReadonlySet<CommitteeKind> = new Set(['planning', 'licensing']);

interface Hit {
  start: number;
  end: number;
  kind: ClosedMindKind;
  tag?: boolean;
}

function closedMindHits(doc: Doc): Hit[] {
  const hits: Hit[] = withoutAntipatterns(CLOSED.find(doc), CLOSED_ANTI.find(doc)).map((h) => ({
    start: h.start,
    end: h.end,
    kind: h.value.kind,
  }));
  for (const { start, end } of doc.matchFolded(CAMPAIGN_TAG)) hits.push({ start, end, kind: 'campaign', tag: true });
  for (const { start, end } of doc.matchFolded(NOTHING_CHANGES)) hits.push({ start, end, kind: 'closed' });
  for (const { start, end } of doc.matchFolded(THROW_OUT)) hits.push({ start, end, kind: 'pledge' });
  for (const pattern of FIRST_PERSON_GAP) for (const { start, end } of doc.matchFolded(pattern)) hits.push({ start, end, kind: 'pledge' });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  // Longest first at each start; drop hits inside an earlier one.
  const kept: Hit[] = [];
  let coveredTo = -1;
  for (const hit of hits) {
    if (hit.start < coveredTo) continue;
    kept.push(hit);
    coveredTo = hit.end;
  }
  return kept;
}


/** Hits grouped by sentence index. */
function bySentence<T extends { start: number }>(doc: Doc, hits: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const hit of hits) {
    const at = doc.sentenceIndex(hit.start);
    const list = map.get(at);
    if (list) list.push(hit);
    else map.set(at, [hit]);
  }
  return map;
}

const BEFORE_ELECTED = /\bbefore (?:i|he|she) (?:was|became|got) (?:elected|a councillor)\b/i;

/** Whether the context around a closed-mind phrase takes it back: a question, reported speech, an open mind, a decision made. */
function cancelled(doc: Doc, hit: Hit, open: Map<number, PhraseHit<true>[]>, decided: Map<number, PhraseHit<true>[]>): boolean {
  const index = doc.sentenceIndex(hit.start);
  const sentence = doc.sentences[index] ?? { start: 0, end: doc.text.length };
  const text = doc.text.slice(sentence.start, sentence.end).trimEnd();
  if (!hit.tag && text.endsWith('?')) return true;
  // The word just before the phrase: "if I'm voting against", "was voting no", "how I'll vote".
  const at = doc.foldedOffset(hit.start);
  const before = doc.folded.text.slice(Math.max(0, at - 24), at).match(/([a-z']+)\s*$/u)?.[1];
  if (before && CANCEL_BEFORE.has(before)) return true;
  // A view held before the author was a councillor is history, declared, not a closed mind now.
  if (BEFORE_ELECTED.test(text)) return true;
  // An outcome someone else wants, reported earlier in the sentence, is their view, not the member's.
  if (hit.kind === 'outcome' && REPORTED.test(doc.folded.text.slice(doc.foldedOffset(sentence.start), at))) return true;
  for (const o of open.get(index) ?? []) {
    // An open mind stated after the phrase qualifies it; one stated before it is undone by "but".
    if (o.start >= hit.end) return true;
    if (!contrastBetween(doc, o.end, hit.start)) return true;
  }
  if ((hit.kind === 'outcome' || hit.kind === 'closed') && (decided.get(index)?.length ?? 0) > 0) return true;
  return false;
}


const LONDON_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long' });

export default defineRule({
  id: 'predetermination',
  category: 'predetermination',
  severity: 'high',
  description:
    'A member of a planning or licensing committee showing a closed mind (a vote pledged, the outcome declared, a campaign) on a matter the committee will decide.',
  source:
    'Localism Act 2011 s.25; R (Lewis) v Redcar & Cleveland BC [2008] EWCA Civ 746; the council\u2019s planning code of good practice',
  url: 'https://www.legislation.gov.uk/ukpga/2011/20/section/25',
  messages: {
    tied: {
      message: 'This may show a closed mind on {item}, which {committee} decides on {date}.',
      explanation:
        'You sit on {committee}. Saying how you will vote, or that the outcome is settled, before you have heard the report and the debate can make the decision unlawful for predetermination and may mean you cannot take part. The Localism Act 2011 (s.25) lets you hold and share a view, but your mind must stay open. Say what concerns you and that you will decide on the evidence at committee.',
    },
    untied: {
      message: 'This may show a closed mind on a matter your committee decides.',
      explanation:
        'You sit on a planning or licensing committee. Pledging a vote, or declaring the outcome, before the committee has heard the report and the debate can make its decision open to challenge for predetermination, and may mean you cannot take part. You may share a view (Localism Act 2011 s.25) but must keep an open mind. If you want to campaign, step aside from the decision and speak as ward councillor.',
    },
    heads: {
      message: 'If you sit on the committee that decides this, this may look like a closed mind.',
      explanation:
        'Members of planning and licensing committees must keep an open mind on applications they will decide. Add your committees in the settings so this check can tell whether this matter is yours to decide.',
    },
  },
  examples: {
    flagged: [
      {
        text: "Wheatfield Farm: [[I'll be voting against]] 25/00912/OUT next Thursday.",
        rewrite: `Wheatfield Farm: ${OPEN_MIND_WORDING}.`,
        request: {
          now: '2026-03-05T09:15:00Z',
          profile: { role: 'councillor', name: 'Cllr Helen Marsh', committees: ['Planning Committee'] },
          meetings: [
            {
              committee: 'Planning Committee',
              start: '2026-03-12T18:30:00Z',
              end: '2026-03-12T21:30:00Z',
              items: [{ title: 'Land at Wheatfield Farm, Mill Road \u2013 outline application for up to 120 dwellings', reference: '25/00912/OUT' }],
            },
          ],
        },
      },
      {
        text: "[[Whatever the officers say]] about the Station Lane application, it's [[a no from me]].",
        rewrite: `${OPEN_MIND_WORDING}.`,
        request: { now: '2026-04-02T11:00:00Z', profile: { role: 'councillor', committees: ['Development Management Committee'] } },
        severity: 'medium',
      },
      {
        text: 'Absolutely. I sit on the Planning Committee and [[I\u2019ll make sure this is thrown out]].',
        request: {
          surface: 'reply',
          quoted: 'Will you back us against the Wheatfield Farm houses?',
          now: '2026-03-08T20:40:00Z',
          profile: { role: 'councillor', committees: ['Planning Committee'] },
          meetings: [
            {
              committee: 'Planning Committee',
              start: '2026-03-12T18:30:00Z',
              items: [{ title: 'Land at Wheatfield Farm, Mill Road', reference: '25/00912/OUT' }],
            },
          ],
        },
      },
      {
        text: 'The Nightjar Bar licence [[must be refused]] and [[I\u2019ve made up my mind]].',
        request: { now: '2026-02-14T11:00:00Z', profile: { role: 'councillor', committees: ['Licensing Sub-Committee'] } },
        severity: 'medium',
      },
      {
        text: '[[Sign the petition against]] the Brook Meadows solar farm! [[#RefuseTheSolarFarm]]',
        request: { now: '2026-03-30T08:00:00Z', profile: { role: 'councillor', committees: ['Development Management Committee'] } },
        severity: 'medium',
      },
      {
        text: "Residents of Mill Road: [[I won't let the Wheatfield Farm houses happen]].",
        request: { now: '2026-03-05T09:15:00Z', profile: { role: 'councillor', committees: ['Area Planning Committee (North)'] } },
        severity: 'medium',
      },
      {
        text: "The Wheatfield Farm application [[must be refused]]. I'll be there to speak.",
        request: { now: '2026-03-05T09:15:00Z' },
        severity: 'low',
      },
    ],
    clean: [
      {
        text: "Wheatfield Farm comes to Planning Committee next Thursday. I'll keep an open mind and listen to all the evidence before I decide.",
        request: { profile: { role: 'councillor', committees: ['Planning Committee'] } },
      },
      {
        text: 'You can comment on 25/00912/OUT on the planning portal, or register to speak at Planning Committee.',
        request: { profile: { role: 'councillor', committees: ['Planning Committee'] } },
      },
      {
        text: 'Planning Committee refused Wheatfield Farm last night. Thank you to everyone who spoke.',
        request: { profile: { role: 'councillor', committees: ['Planning Committee'] } },
      },
      {
        text: 'Wheatfield Farm must be refused. I\u2019ll be voting against 25/00912/OUT.',
        request: { profile: { role: 'councillor', committees: ['Cabinet'] } },
      },
      {
        text: 'Wheatfield Farm must be refused. I\u2019ll be voting against 25/00912/OUT.',
        request: { account: 'council', profile: { role: 'officer', committees: [] } },
      },
      {
        text: "I'll be voting against the council tax rise at Full Council.",
        request: { profile: { role: 'councillor', committees: ['Planning Committee'] } },
      },
      {
        text: "The draft Local Plan allocation at Longmoor is wrong and I'll vote against it when the plan comes to Full Council.",
        request: { profile: { role: 'councillor', committees: ['Planning Committee'] } },
      },
      {
        text: "I'm on Licensing, not Planning, so I can say it: I oppose the Wheatfield Farm flats and I've sent in my objection.",
        request: { profile: { role: 'councillor', committees: ['Licensing Committee'] } },
      },
      {
        text: 'I objected to the Wheatfield Farm homes as a resident in 2021, before I was elected. I will declare that and take advice.',
        request: { profile: { role: 'councillor', committees: ['Planning Committee'] } },
      },
      {
        text: "I'll listen to the residents, but honestly I don't know yet how I'll vote on Wheatfield Farm.",
        request: { profile: { role: 'councillor', committees: ['Planning Committee'] } },
      },
      {
        text: 'Wheatfield Farm must be refused. I will be objecting and speaking on behalf of Mill Road residents.',
        request: {
          now: '2026-03-06T17:00:00Z',
          profile: { role: 'councillor', committees: ['Licensing Committee'] },
          meetings: [
            { committee: 'Planning Committee', start: '2026-03-12T18:30:00Z', items: [{ title: 'Land at Wheatfield Farm, Mill Road', reference: '25/00912/OUT' }] },
          ],
        },
      },
    ],
  },
  check({ input, doc, quotedDoc }) {
    if (input.account === 'council' || input.profile?.role === 'officer' || !doc.text) return [];
    const committees = input.profile?.committees ?? [];
    const deciding = committees.filter((c) => committeeKinds(c).some((k) => DECIDING.has(k)));
    if (committees.length > 0 && deciding.length === 0) return [];

    const candidates = closedMindHits(doc);
    if (candidates.length === 0) return [];
    const open = bySentence(doc, openMindsIn(doc));
    const decided = bySentence(doc, decisionsIn(doc));
    // A long paste with many pledges needs a few marked, not hundreds.
    const hits = candidates.filter((hit) => !cancelled(doc, hit, open, decided)).slice(0, MAX_FINDINGS);
    if (hits.length === 0) return [];

    let severity: Severity;
    let messageId: 'tied' | 'untied' | 'heads';
    let data: Record<string, string> | undefined;
    if (committees.length === 0) {
      // No committee information: a quiet heads-up when it reads like a vote on an application.
      const cues = matterCues(doc, quotedDoc);
      if (cues.has('policy') || !(cues.has('planning') || cues.has('licensing'))) return [];
      if (!hits.some((h) => h.kind !== 'campaign')) return [];
      severity = 'low';
      messageId = 'heads';
    } else {
      const matter = matterOf(input, doc, quotedDoc, deciding);
      if ('elsewhere' in matter) return [];
      if ('tied' in matter) {
        const { key, name } = matter.tied;
        severity = 'high';
        messageId = 'tied';
        data = {
          item: key.item.reference && key.kind === 'name' ? `${name} (${key.item.reference})` : name,
          committee: key.meeting.committee,
          date: LONDON_DAY.format(new Date(Date.parse(key.meeting.start))),
          // The same day as an instant, for a language that writes the date its own way.
          meetingStart: key.meeting.start,
        };
      } else {
        const cues = matterCues(doc, quotedDoc);
        if (cues.has('policy')) return [];
        if (!fitsCommittees(cues, deciding)) return [];
        severity = 'medium';
        messageId = 'untied';
      }
    }

    return hits.map(
      (hit): RawFinding => ({
        start: hit.start,
        end: hit.end,
        messageId,
        severity,
        ...(data ? { data } : {}),
        suggestions: [hit.tag ? '' : OPEN_MIND_WORDING],
      }),
    );
  },
});
