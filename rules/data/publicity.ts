/**
 * Cues for the `political` rule beyond party names (rules/data/parties.ts):
 * image-building of individual councillors or the administration in council
 * publicity, and, in the pre-election period only, controversial issues and
 * candidacies.
 *
 * Kinds:
 * - `praise`: praise adjectives before a councillor or the Leader ("Our brilliant Cllr Smith");
 * - `thanks`: crediting a named councillor ("Thanks to Cllr Lowe for championing this");
 * - `credit`: "the councillor who saved…", "this administration has delivered";
 * - `controversy`: taking sides on a contested issue ("stands by its decision", "despite claims");
 * - `candidacy`: "standing for re-election";
 * - `partisan`: the council taking the ruling group's side against its opponents ("whatever the opposition claims",
 *   "the last lot left the bins in a mess"), party-political at any time.
 * Phrases end at the title; the rule extends the span over the name that follows.
 */
import type { LexiconEntry } from './lexicon';

export type PublicityKind = 'praise' | 'thanks' | 'credit' | 'controversy' | 'candidacy' | 'partisan';

const CODE = 'Code of Recommended Practice on Local Authority Publicity (2011), paras 15-16 (even-handedness; no publicity of individual members except in their official role, and not to promote them personally)';
const PRE = 'Code of Recommended Practice on Local Authority Publicity (2011), paras 33-35 (publicity during the pre-election period)';

export const PUBLICITY: readonly LexiconEntry<PublicityKind>[] = [
  {
    id: 'praise-before-title',
    kind: 'praise',
    terms: [
      'our|my|your brilliant|fantastic|amazing|hard-working|hardworking|tireless|wonderful|excellent|inspirational|inspiring|superb|dedicated|fabulous|great|own|very|brilliant|incredible|outstanding|visionary cllr|councillor|leader|mayor',
      'our|my|your very own cllr|councillor|leader',
      'our|my|your brilliant|fantastic|amazing|hard-working|hardworking|tireless|wonderful|excellent|inspirational|superb|dedicated|great|own council|deputy leader',
    ],
    note: 'Praise of a named councillor or the Leader is image-building, which council publicity must not do.',
    source: CODE,
    falsePositives: [
      { context: 'praise of staff or volunteers', clean: 'Our brilliant bin crews worked through the snow this week. Thank you!' },
    ],
  },
  {
    id: 'thanks-to-councillor',
    kind: 'thanks',
    terms: [
      'thanks|thank|grateful to| cllr|councillor|cllrs|councillors',
      'thank you to| cllr|councillor|cllrs|councillors',
      'huge|big|special|many thanks to| cllr|councillor|cllrs|councillors',
      'thanks to the|our leader',
      'thank you to the|our leader',
      'thanks to the|our council leader',
    ],
    note: 'Crediting a named councillor for a council service makes the publicity about them.',
    source: CODE,
    falsePositives: [
      { context: 'thanks to staff, residents or partners', clean: 'Thanks to everyone who came to the Eastfield clean-up on Saturday.' },
    ],
  },
  {
    id: 'credit-claim',
    kind: 'credit',
    terms: [
      'the councillor|cllr who saved|delivered|secured|fought|won|championed|brought|got|kept|campaigned|led|made',
      'this|our administration has|have delivered|kept|secured|saved|won',
      'this|our administration is delivering',
      'the leader\'s vision|leadership',
      'under the leadership of cllr|councillor|the',
    ],
    note: 'Claims of personal credit for a councillor or the administration ("the councillor who saved the bus route").',
    source: CODE,
    falsePositives: [{ context: 'a councillor in an official role', clean: 'Cllr Amina Patel, Leader of the Council, has written to the Transport Secretary asking for bus funding to be restored.' }],
  },
  {
    id: 'controversy',
    kind: 'controversy',
    terms: [
      'stands|stand|standing by its|our|the|this decision|decisions|plans|plan|proposals|proposal|position',
      'is|was right to',
      'the right decision',
      'despite claims|criticism|opposition|objections|protests|concerns|complaints',
      'claims made by|from campaigners|opponents|critics|protesters',
      'scaremongering',
      'misleading claims',
      'untrue claims',
      'defends|defended|defending its|our|the decision|plans|proposals|cuts',
      'set|setting the record straight',
    ],
    note: 'In the pre-election period the council should not publicise contested issues in a way that takes sides.',
    source: PRE,
    falsePositives: [{ context: 'neutral information about the election', clean: 'You may notice our social media is quieter until 7 May because of the pre-election period. Services continue as normal.' }],
  },
  {
    id: 'partisan',
    kind: 'partisan',
    terms: [
      'whatever the|our opposition|opponents|critics claim|claims|say|says|tell',
      'don\'t|dont|do not believe|let the opposition|opponents|scaremongers|scaremongering',
      'the opposition voted|voted|want|wants|would|claim|claims against|to|you',
      'opposition scaremongering|scaremongers|lies|spin',
      'the last lot',
      'the previous administration left|wrecked|ruined|abandoned|neglected|failed',
      'thriving|flourishing|booming under its|the|this current leadership|administration',
      'only the|this current administration|leadership',
      'working tirelessly for you',
    ],
    note: 'Council publicity must not take the ruling group\u2019s side against other parties or praise the administration as such: that is material designed to affect support for a party (Local Government Act 1986 s.2).',
    source: 'Local Government Act 1986, s.2; Code of Recommended Practice on Local Authority Publicity (2011), paras 15-16 (even-handedness)',
    falsePositives: [
      { context: 'a factual report of the council\u2019s own business', clean: 'Full Council approved the budget last night. The opposition amendment on libraries was not carried.' },
    ],
  },
  {
    id: 'candidacy',
    kind: 'candidacy',
    terms: ['standing for election|re-election|reelection', 'standing again', 'seeking re-election|reelection', 'candidate for', 'is|are standing in'],
    note: 'Publicity featuring a candidate in the pre-election period.',
    source: PRE,
    falsePositives: [{ context: 'the Returning Officer\'s statutory notices', clean: 'The Returning Officer has published the Statement of Persons Nominated for the Riverton Borough Council elections.' }],
  },
];

/** Verbs after a councillor's name that claim credit ("Cllr Smith has delivered"). */
export const CREDIT_VERBS: ReadonlySet<string> = new Set(['delivered', 'secured', 'saved', 'championed', 'won', 'fought', 'kept', 'got', 'brought', 'campaigned', 'delivering', 'securing']);

/** Titles that make a named person a politician (councillor, MP, mayor, candidate). */
export const POLITICAL_TITLES: ReadonlySet<string> = new Set(['cllr', 'cllrs', 'councillor', 'councillors', 'mayor']);
export const POLITICAL_POSTNOMINALS: ReadonlySet<string> = new Set(['mp', 'msp', 'ms', 'am', 'mla', 'mep']);
/** Council roles before a name that only a councillor holds ("Council Leader", "Cabinet Member for…"). */
export const COUNCILLOR_ROLES: ReadonlySet<string> = new Set(['leader', 'cabinet', 'portfolio', 'candidate']);
