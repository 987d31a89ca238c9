/**
 * Phrases that make a post election material: an appeal for votes for a
 * candidate or party. Used by the `imprint` rule (a councillor's or
 * candidate's election material needs a digital imprint) and the `political`
 * rule (a council account must never carry one). The finder is
 * rules/detect/election-calls.ts.
 *
 * Kinds and what must follow the trigger (`object`):
 * - `vote-for`: "vote for" + me/us, a party, or a person's name ("vote for
 *   Sarah Idris"); "vote for your favourite park" is not election material.
 * - `vote-name`: "vote" + a party ("vote Labour") or a full name ("vote Ruth Bell").
 * - `re-elect`: "re-elect" + whoever follows ("Re-elect your Labour team").
 * - `elect`: "elect" + me/us, a party or a full name.
 * - `cross`: "put your cross next to" (+ the name, when there is one).
 * - `back`: "Back" opening a sentence + a full name + "for <office>" or a date.
 * - `support`: "support/choose me|us" + a polling date.
 * - `appeal`: an appeal for votes in itself ("I'd really appreciate your vote").
 * - `appeal-when`: an appeal for support that is election material only with a
 *   polling date or the election after it ("grateful for your support on 7 May").
 */
import type { LexiconEntry } from './lexicon';

export type CallKind = 'vote-for' | 'vote-name' | 're-elect' | 'elect' | 'cross' | 'back' | 'support' | 'appeal' | 'appeal-when';

export type CallEntry = LexiconEntry<CallKind>;

const EA22 = 'Elections Act 2022, Part 6 (digital imprints), s.37 (electoral material); Electoral Commission, Statutory guidance on digital imprints (2023), "What is electoral material?"';

export const CALLS: readonly CallEntry[] = [
  {
    id: 'vote-for',
    kind: 'vote-for',
    terms: ['vote|voting for', 'vote 4'],
    note: 'An appeal to vote for a candidate or party is the core of electoral material.',
    source: EA22,
    falsePositives: [
      { context: 'a vote in a competition or public poll', clean: 'Vote for Riverton Park in the Green Flag People\'s Choice award!' },
      { context: 'vote for your favourite', clean: 'Vote for your favourite park in our People\'s Choice poll!' },
      { context: 'a council vote already taken (past tense)', clean: 'I voted for the free school meals motion at Full Council tonight. Proud it passed.' },
      { context: 'a vote on a motion or option', clean: 'Please vote for Option B in the library consultation.' },
    ],
  },
  {
    id: 'vote-name',
    kind: 'vote-name',
    terms: ['vote'],
    note: '"Vote Labour", "vote Ruth Bell": a party or a full name straight after "vote".',
    source: EA22,
    falsePositives: [
      { context: 'neutral encouragement to vote', clean: 'Polls are open 7am to 10pm on Thursday. Whoever you support, please vote!' },
      { context: 'registering to vote', clean: 'Not registered? You have until 20 April to register to vote in the 7 May elections.' },
      { context: 'how you vote', clean: 'Turnout in Riverside was 34% last time. Let\'s do better this year, however you vote.' },
    ],
  },
  {
    id: 're-elect',
    kind: 're-elect',
    terms: ['re-elect', 'reelect'],
    note: 'A re-election appeal ("Re-elect Sarah Idris").',
    source: EA22,
    falsePositives: [
      { context: 'having been re-elected', clean: 'Thank you to everyone in Riverside. I\'m honoured to have been re-elected for another four years.' },
      { context: 'a council electing its chair', clean: 'Full Council voted to re-elect Cllr Jones as Chair for another year.' },
    ],
  },
  {
    id: 'elect',
    kind: 'elect',
    terms: ['elect'],
    note: '"Elect Jo Marsh for Northgate": an appeal to elect a named candidate or party.',
    source: EA22,
    falsePositives: [{ context: 'the council electing its leader', clean: 'The annual council meeting to elect the new Leader is on 20 May.' }],
  },
  {
    id: 'cross',
    kind: 'cross',
    terms: ['put|place|mark your|an|a cross|x next to|by|beside|against', 'your|an|a cross|x next to|beside', 'cross next to', 'cross beside'],
    note: 'How to mark the ballot paper for a candidate.',
    source: EA22,
    falsePositives: [{ context: 'a form with boxes to cross', clean: 'Put a cross next to the services you use on the survey form.' }],
  },
  {
    id: 'back',
    kind: 'back',
    terms: ['back'],
    note: '"Back Helen Ward for Police and Crime Commissioner on 7 May": backing a named candidate for an office.',
    source: EA22,
    falsePositives: [{ context: 'welcoming someone back', clean: 'Great to have Helen Ward back at the Riverton Show this year.' }],
  },
  {
    id: 'support',
    kind: 'support',
    terms: ['support|choose|pick|remember|lend me|us', 'give me|us your vote|votes|backing'],
    note: '"Support me on 7 May": an appeal to a voter with the polling date.',
    source: EA22,
    falsePositives: [{ context: 'support without an election', clean: 'Thank you for supporting us at the Riverton 10k on Sunday.' }],
  },
  {
    id: 'appeal',
    kind: 'appeal',
    terms: [
      'i\'d|we\'d|i\'ll|we\'ll really|truly|| appreciate|value your vote|votes',
      'i\'d|we\'d really|| love|welcome your vote|votes',
      'i|we would really|| love|welcome your vote|votes',
      'i|we would|will really|truly|| appreciate|value your vote|votes',
      'i\'d|we\'d be honoured|honored|grateful|delighted|proud to have|receive|get|earn your vote|votes',
      'i|we would be honoured|honored|grateful|delighted|proud to have|receive|get|earn your vote|votes',
      'grateful for your vote|votes',
      'i\'m|we\'re asking for your vote|votes',
      'i|we am|are asking for your vote|votes',
      'ask|asking you for your vote|votes',
      'asking for your vote|votes',
      'i|we need your vote|votes',
      'lend|give me|us your vote',
      'count on your vote|votes',
      'use yours for me|us',
      'use your vote|votes for me|us',
      'use your postal vote|votes for me|us',
      'your vote for me|us',
      'earn your vote',
    ],
    note: 'A direct request for the reader\'s vote.',
    source: EA22,
    falsePositives: [{ context: 'thanking voters after the poll', clean: 'Thank you to everyone in Riverside who voted for me. I\'m honoured to serve another four years.' }],
  },
  {
    id: 'appeal-when',
    kind: 'appeal-when',
    terms: [
      'i\'d|we\'d be grateful for your support|backing',
      'i|we would be grateful for your support|backing',
      'i\'d|we\'d be honoured|honored|delighted|grateful to have your support|backing',
      'i|we would be honoured|honored|delighted|grateful to have your support|backing',
      'i\'d|we\'d|i|we really|| appreciate your support|backing',
      'i\'m|we\'re asking for your support|backing',
      'i|we am|are asking for your support|backing',
      'asking for your support|backing',
    ],
    note: 'A request for support counts as election material when it points at the poll ("…your support on 7 May").',
    source: EA22,
    falsePositives: [{ context: 'support for a petition or campaign', clean: 'I\'d be grateful for your support for the Eastfield library petition.' }],
  },
];

/** Words that can make up a polling date after "on" ("on 7 May", "on the 7th", "on Thursday", "on polling day"). */
export const DATE_WORDS: ReadonlySet<string> = new Set(
  (
    'the this next polling election day monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec 1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th ' +
    '11th 12th 13th 14th 15th 16th 17th 18th 19th 20th 21st 22nd 23rd 24th 25th 26th 27th 28th 29th 30th 31st'
  ).split(' '),
);

/** After an appeal: what ties it to the poll ("on 7 May", "at the election", "in the by-election"). */
export const POLL_WORDS: ReadonlySet<string> = new Set(['election', 'elections', 'by-election', 'poll', 'polls', 'ballot', 'polling', 'thursday']);

/** A "vote for X" in a competition or public poll is not an election ("People's Choice award"). */
export const COMPETITION_CUES: ReadonlySet<string> = new Set(
  'award awards competition contest prize choice shortlist shortlisted favourite favorite favourites bloom nominate nominated nomination finalist finalists category categories best poll online'.split(' '),
);

/** Capitalised words after "vote for" that are not a person ("Option B", "Plan A"). */
export const NOT_CANDIDATES: ReadonlySet<string> = new Set(
  'option options plan proposal proposals motion scheme route design the this that it them your our a an yes no leave remain now today change'.split(' '),
);

/** Offices a "Back X for …" appeal names. */
export const OFFICES: ReadonlySet<string> = new Set(
  'police commissioner mayor councillor council mp parliament ward division leader pcc member'.split(' '),
);

/** Titles before a candidate's name ("re-elect Councillor Ortiz", "vote for Cllr Lowe"). */
export const CANDIDATE_TITLES: ReadonlySet<string> = new Set('cllr councillor mr mrs ms miss mx dr'.split(' '));

/** Words that may follow "re-elect" as part of who is to be re-elected. */
export const TEAM_WORDS: ReadonlySet<string> = new Set('me us your our team teams councillor councillors cllr cllrs candidates candidate local'.split(' '));
