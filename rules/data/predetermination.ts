/**
 * Phrases for the predetermination rule: how a member of a planning or
 * licensing committee shows a closed mind on a pending matter, how they show
 * an open one, and how a decision already made is reported.
 *
 * Pattern syntax (see lexicon.ts): words separated by spaces, "a|b" for
 * alternatives in one slot, "a|" for an optional slot, "stem*" for a prefix.
 * Texts are folded: lower case, straight apostrophes ("i'll", "won't").
 *
 * Every false-positive example is checked by tests/unit/predetermination-lexicon.test.ts
 * against a Planning Committee member with an application on the next agenda.
 */
import type { LexiconEntry } from './lexicon';

/**
 * pledge: the member says how they will vote; outcome: the member states the
 * result in advance; closed: the member says no argument will move them;
 * campaign: the member campaigns for a result.
 */
export type ClosedMindKind = 'pledge' | 'outcome' | 'closed' | 'campaign';

const LOCALISM = 'Localism Act 2011 s.25; R (Lewis) v Redcar & Cleveland BC [2008] EWCA Civ 746';

export const CLOSED_MIND: LexiconEntry<ClosedMindKind>[] = [
  {
    id: 'vote-pledge',
    kind: 'pledge',
    terms: [
      "i'll|i'm|i will|shall|am| be| voting|vote against|no|down",
      "i'll|i'm|i will|shall|am| be| voting|vote it|this|them down",
      "i'll|i'm|i will|shall|am| be| voting|vote to refuse|reject|revoke|block",
      "i'm|i am| going to vote against|no",
      'voting against it|this|them',
      'voting no',
      'my vote will be against|no',
      'you have my vote',
      'i intend|plan|mean to vote against|no',
      'i intend|plan|mean to be voting against|no',
      "i'm|i am| intending|planning|going to vote against|no",
      "i'll|i'm|i will|shall|am| definitely|certainly|absolutely|firmly|still be| voting|vote against|no",
      'count on my vote|votes against',
      'count on me to vote against|no',
      'count on me to oppose|refuse|reject|block|stop',
      "won't|wont|never get|have my vote|support|backing",
      'will not|never get|have my vote|support|backing',
      'not|no a| chance this|it|that gets my vote|support|backing',
      'not|no a| chance this|it|that will|would|is get|getting my vote|support|backing',
      "i'll|i'd|i will|would| never vote for",
      "i'll|i'd|i will|would| never support|back|approve",
      "i'm|i am| not voting for",
      "i'm|i am| not supporting|backing|approving",
      'i refuse to support|back|approve|vote',
      "no|not a| chance i'll|i'd support|back|approve|vote",
      'no|not a| chance i will|would support|back|approve|vote',
      "no way i'm|i'll|i'd be| backing|supporting|approving|back|support|approve it|this|that|them|the",
      'no way i am|will|would| be| backing|supporting|approving|back|support|approve it|this|that|them|the',
    ],
    note: 'A first-person statement of how the member will vote on the matter, before hearing the debate.',
    source: LOCALISM,
    falsePositives: [
      {
        context: 'A policy vote at Full Council (budget, council tax, Local Plan): members may campaign on policy.',
        clean: "I'll be voting against the council tax rise at Full Council.",
      },
      {
        context: 'Asked how they will vote, the member says they do not know yet.',
        clean: "People ask if I'll vote against Wheatfield Farm. I'll listen to all the evidence before I decide.",
      },
      {
        context: 'A past vote, reported.',
        clean: 'Last year I was voting no on a very different scheme at Wheatfield Farm, for the record.',
        unless: ['was|were voting no|against'],
      },
    ],
  },
  {
    id: 'support-refusal',
    kind: 'pledge',
    terms: [
      "i won't|wouldn't be| support|supporting|back|backing",
      'i will not be| support|supporting|back|backing',
      "i'll|i will| be| opposing|oppose",
      "i'll|i will| be| moving|proposing|propose|move refusal",
      "i'll|i will|shall| refuse|reject|block|oppose|stop it|this|that|them|the",
      'tooth and nail',
      "i'll|i will| be rejecting|refusing|blocking",
      'no intention of supporting|backing|approving|voting',
      'everything|all i can to stop|block|defeat|refuse',
      "i'm|i am|remain| dead|totally|completely|firmly|utterly|wholly|resolutely|implacably|100% against|opposed",
      "i'm|i am| against it|this|that|these|them|the",
    ],
    note: 'A promise to oppose, not support, or move refusal of the application at committee.',
    source: LOCALISM,
    falsePositives: [
      {
        context: 'Opposing a policy, not an application.',
        clean: "I won't support cuts to the library service in the budget.",
      },
      {
        context: 'Opposing a Local Plan allocation: plan-making is policy.',
        clean: "I'll be opposing the Greyfield housing allocation in the draft Local Plan tooth and nail.",
      },
      {
        context: 'Budget pledges are policy votes.',
        clean: 'Count on my vote against any cuts to the library budget in February.',
      },
    ],
  },
  {
    id: 'outcome-stated',
    kind: 'outcome',
    terms: [
      'must|should|needs|has|ought to| be refused|rejected|thrown|revoked|blocked|scrapped|turned out|down|',
      'must|should not|never be approved|granted|allowed|permitted',
      'will be refused|rejected|thrown',
      "won't be approved|granted|getting",
      'will not be approved|granted|getting',
      "won't|cannot|can't get through|passed",
      'will not get through|passed',
      "won't get a|its| licence|license",
      'will not get a|its| licence|license',
      'no way this|it gets|is approved|through|passed',
      'no way this|it will get|be approved|through|passed',
      'no way this|it is getting approved|through',
      'a firm|flat|definite|clear|big|resounding|hard| no from me',
      "isn't happening",
      'is not happening',
      'not going to happen',
      'the|my answer will be no',
      'the|my answer is no',
      'same answer from me',
      'dead in the water',
      'already dead',
      'going nowhere',
      "can't|cannot see any|an outcome other than",
      'over my dead body',
      'going|bound|certain|sure|set to be refused|rejected|thrown|revoked|blocked|turned',
      'deserves|deserve|ought|needs to lose its|their|the licence|license|permission',
      'should|must|will lose its|their|the licence|license|permission',
      'on my watch',
      "not while i'm on|chairing",
      'not while i sit|serve|am on',
      'should|must not|never go ahead',
      "shouldn't|mustn't go ahead",
      'have its|their|the licence|license revoked|removed|suspended|taken',
      'needs|deserves shutting|closing down',
      'should|must be shut|closed down',
      'if i have anything to do with it',
      'if i have|get my way',
      'if i have|get any say',
      'non-starter',
      'non starter',
      'will never|not be built|allowed|approved|granted',
    ],
    note: 'The member states the outcome of a pending decision as settled.',
    source: LOCALISM,
    falsePositives: [
      {
        context: 'Reporting a decision the committee has already taken.',
        clean: 'Planning Committee refused Wheatfield Farm last night. Thank you to everyone who came and spoke.',
      },
      {
        context: 'Residents\u2019 views, reported, followed by an open mind.',
        clean: 'Residents tell me Wheatfield Farm must be refused; I will keep an open mind until committee.',
      },
      {
        context: 'Residents\u2019 views reported in one sentence, an open mind in the next.',
        clean: 'Lots of you have told me Wheatfield Farm should be refused. I hear you, and I will weigh all the evidence at committee.',
      },
      {
        context: 'A condition, not an outcome: the member wants evidence before committee.',
        clean: "Wheatfield Farm should not go ahead without a proper flood assessment, which I've asked officers to provide before committee.",
        unless: ['should|must not|never go ahead without|until|unless'],
      },
      {
        context: 'Not getting through a long agenda.',
        clean: "Long agenda at Planning Committee: we won't get through it all this afternoon, so two items move to Thursday.",
        unless: ["won't|wont|can't|cannot get through it|them|the all|whole|agenda", "won't|wont|can't|cannot get through everything|all"],
      },
    ],
  },
  {
    id: 'mind-made-up',
    kind: 'closed',
    terms: [
      "i've|i have| already| made up my mind",
      'my mind is made up',
      'my mind is set|closed',
      "my mind's set|closed",
      'making sure it|this|that|it\'s is|gets| refused|rejected|thrown|stopped|blocked',
      'ensure|ensuring it|this|that is|gets| refused|rejected|stopped|blocked',
      "my mind's made up",
      "i've|i have| already| decided",
      "whatever the officers|officer|planners|police|applicant|developer|report say|says|recommend|recommends|think",
      'regardless of the officers|officer|report|evidence|recommendation',
      'to refuse regardless',
      "i'll|i will| see to that|it",
      "i'll|i will| make sure this|it|that is|gets|will| be| thrown|refused|stopped|blocked|rejected out|",
      "i'll|i will| make sure it's thrown|refused|stopped|blocked|rejected out|",
    ],
    note: 'The member says no evidence or argument will change their view.',
    source: LOCALISM,
    falsePositives: [
      {
        context: 'Saying the mind is not made up.',
        clean: "I haven't made up my mind on Wheatfield Farm and won't until I've heard the debate.",
      },
      {
        context: 'Making sure evidence is before the committee is consistent with an open mind.',
        clean: "I've asked officers to make sure the flooding reports are in front of the committee for Wheatfield Farm.",
      },
    ],
  },
  {
    id: 'campaign-against',
    kind: 'campaign',
    terms: [
      'sign the|my|our petition against',
      'sign the|my|our petition to stop',
      "let's|lets stop",
      'let us stop',
      "we'll|we will|can| stop it|this|them",
      'help me stop',
      'join me in objecting|opposing',
      'please object',
      'objection letter sent',
      "i've|i have| objected",
      "i've|i have| lodged|submitted|sent an|my| objection",
      "i'll|i will| be objecting",
    ],
    note: 'A deciding member campaigning for refusal: the decision may be challenged for bias.',
    source: LOCALISM,
    falsePositives: [
      {
        context: 'Explaining how residents can comment or speak.',
        clean: 'You can comment on 25/00912/OUT on the planning portal, or register to speak at Planning Committee.',
      },
      {
        context: 'A member who has stepped aside from the decision.',
        clean: "Because I've campaigned against Wheatfield Farm, I won't sit on the committee for this item.",
      },
    ],
  },
];

/** Statements of an open mind: they cancel a closed-mind phrase they qualify. */
export const OPEN_MIND: LexiconEntry<'open'>[] = [
  {
    id: 'open-mind',
    kind: 'open',
    terms: [
      'open mind',
      'open-minded',
      'listen to all|the| evidence|arguments|views|sides',
      "before i decide|vote|make",
      "until i've|i have| heard|read|seen",
      "haven't|have not read|seen",
      'report first',
      "haven't made up my mind",
      'not made up my mind',
      "haven't made my mind up",
      "mind isn't made up",
      "mind isn't yet made up",
      'mind is not made up',
      'have not made my mind up',
      "mind's not made up",
      "haven't decided",
      'not yet decided',
      "don't know yet",
      'do not know yet',
      'weigh everything|all',
      'weigh the|all the| evidence',
      'hear all the evidence|arguments|sides',
      'undecided',
    ],
    note: 'Localism Act 2011 s.25 protects a prior view held with an open mind.',
    source: 'Localism Act 2011 s.25',
    falsePositives: [
      {
        context: 'Lip service to listening, with the outcome fixed anyway ("but").',
        clean: 'I will listen to all the evidence at committee before deciding.',
      },
    ],
  },
];

/** A decision already taken: a closed-mind outcome phrase beside one reports it. */
export const DECISION_MADE: LexiconEntry<'decided'>[] = [
  {
    id: 'decision-made',
    kind: 'decided',
    terms: [
      'refused|approved|revoked|rejected last night',
      'refused|approved|revoked|rejected yesterday|today',
      'refused|approved|revoked|rejected this morning|afternoon',
      'was|were refused|rejected|approved|revoked|granted|dismissed|thrown',
      'has|have been refused|rejected|approved|revoked|granted|dismissed|thrown',
      'has|have refused|revoked|approved|rejected|dismissed|granted',
      'committee refused|approved|revoked|rejected|granted',
      // The committee by its short name: "Planning refused the drive-thru last night".
      'planning|licensing refused|approved|revoked|rejected|granted',
      'dismissed the appeal',
      // An appeal decided by the inspector leaves the committee's decision standing.
      'inspector dismissed|allowed|upheld',
      'refusal|decision|approval|permission stands|stood',
    ],
    note: 'The matter is decided and no longer pending; reporting it is not predetermination.',
    source: 'Planning code of good practice (reporting decisions)',
    falsePositives: [
      {
        context: 'A decision already made elsewhere.',
        clean: 'Glad the county council has refused the quarry extension at Hatherley: it should never be approved.',
      },
    ],
  },
];

/** Policy votes (not quasi-judicial): members may campaign and pledge. */
export const POLICY_CUES = [
  'council tax',
  'budget',
  'local plan',
  'full council',
  'article 4',
  'motion',
  'policy',
  'cabinet',
  'precept',
  'manifesto',
];

/** Words that make a matter look like a planning application. */
export const PLANNING_CUES = [
  'application',
  'planning',
  'plans',
  'scheme',
  'development',
  'houses',
  'homes',
  'flats',
  'dwellings',
  'housing estate',
  'extension',
  'student block',
  'developer',
  'solar farm',
  'drive-through',
  'hmo',
];

/** Words that make a matter look like a licensing case. */
export const LICENSING_CUES = ['licence', 'license', 'licensing', 'premises', 'hearing', 'variation', 'pub', 'bar', 'nightclub', 'taxi'];

/** Words that, between an open-mind phrase and a closed-mind one, keep the closed one ("I'll listen, but..."). */
export const CONTRAST = new Set(['but', 'however', 'though', 'although', 'frankly', 'honestly', 'regardless', 'yet']);

/** Words just before a phrase that make it reported, hypothetical or past. */
export const CANCEL_BEFORE = new Set(['if', 'whether', 'was', 'were', 'not', 'never', 'wasn\'t', 'weren\'t', 'ask', 'asked', 'asking', 'how']);

/** The safer wording offered in place of a closed-mind phrase. */
export const OPEN_MIND_WORDING = 'I will listen to all the evidence at committee before deciding';
