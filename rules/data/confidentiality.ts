/**
 * Signals that a draft is about exempt or confidential business, and the cues
 * that decide what the signal means (rules/detect/disclosure.ts).
 *
 * Signal kinds:
 * - `exempt`: the business itself is exempt or confidential (Part 2 report,
 *   closed session, Schedule 12A, confidential briefing, leaked papers).
 * - `advice`: the council's legal advice; needs the council as its owner or a
 *   word revealing what it says ("legal advice says", "we've had legal advice").
 * - `confidence`: information received in confidence ("told me in confidence").
 * - `confidential`: the bare word, which counts only with council business nearby.
 * - `staffing`: HR business about officers (disciplinary, staffing matter).
 * - `unannounced`: restructures and redundancies, only with a sign that they
 *   are not yet announced.
 * - `secrecy`: the author's own hint that something is not public ("between
 *   us", "can't say much but"), which counts only with council business nearby.
 */
import type { LexiconEntry } from './lexicon';

export type SignalKind = 'exempt' | 'confidential' | 'advice' | 'confidence' | 'staffing' | 'unannounced' | 'secrecy';

const SCH12A = 'Local Government Act 1972, s.100A and Schedule 12A; LGA Model Councillor Code of Conduct (2020), para 4 (confidentiality)';
const CODE = 'LGA Model Councillor Code of Conduct (2020), para 4.1 (confidential information)';

export const SIGNALS: readonly LexiconEntry<SignalKind>[] = [
  {
    id: 'part-two',
    kind: 'exempt',
    terms: [
      'part|pt 2|ii|two|b report|reports|item|items|paper|papers|appendix|appendices|session|agenda|business|meeting|discussion|discussions|briefing|minutes|document|documents|information|exempt|confidential|restricted|annex|section|matter|matters|decision|debate',
      'part|pt 2|ii|two|b of the|tonight\'s|today\'s agenda|meeting',
      'part|pt 1|i exempt',
      'in|during|into part|pt 2|ii',
    ],
    note: 'Part 2 (Part B, Part II) of an agenda is the exempt business taken with the press and public excluded.',
    source: SCH12A,
    falsePositives: [
      { context: 'part 2 of something else', clean: 'Part 2 of our newsletter is out now, with the summer events.' },
      { context: 'the published agenda says an item will be taken in private', clean: 'Item 9 (leisure contract) is a Part 2 item and will be taken in private, as the published agenda says.' },
      { context: 'in part 2 of something else', clean: 'More in part 2 of the blog next week.', unless: ['in|during|into part|pt 2|ii|two of'] },
    ],
  },
  {
    id: 'exempt-papers',
    kind: 'exempt',
    terms: [
      'exempt report|reports|appendix|appendices|item|items|information|paper|papers|session|business|minutes|annex|document|documents|part|matter|briefing',
      'not for publication|publishing',
      'schedule|sch 12a',
      'unredacted version|report|copy|papers|document|documents|figures|contract',
      'whistleblower|whistle-blower|whistleblowers documents|papers|evidence|report|emails|files',
      'documents|papers|report|emails|files|minutes passed|handed|slipped|forwarded to me|us',
      'restricted report|papers|paper|item|appendix|briefing|document|documents|information',
      'unpublished report|reports|papers|paper|appendix|appendices|document|documents|draft|figures|minutes|review|plans|briefing|accounts|audit|valuation|scores|findings|recommendations|options',
      'not for circulation|distribution|release',
      'not for general|public release|consumption|circulation',
      'for members|members\'|councillors|councillors\' eyes only',
    ],
    note: 'Exempt information under Schedule 12A may not be disclosed by members; unpublished or restricted-circulation papers are the same thing in other words.',
    source: SCH12A,
    falsePositives: [
      { context: 'council tax exemptions', clean: 'Students are exempt from council tax: apply for your exemption online.' },
      { context: 'asking for an unpublished report to be published', clean: 'Why is the flood review report still unpublished? Publish the unpublished report and let residents judge.' },
    ],
  },
  {
    id: 'closed-session',
    kind: 'exempt',
    terms: ['closed|private session|meeting|briefing|hearing', 'in camera', 'in-camera', 'in-camera session|meeting|briefing', 'behind closed doors', 'discussed|agreed|decided|said|told in private'],
    note: 'What was said in a private session is confidential until the council publishes it.',
    source: SCH12A,
    falsePositives: [
      { context: 'a meeting open to the public', clean: 'The meeting is open to the public and will be webcast.' },
      { context: 'a private meeting with residents on their own case', clean: 'Residents can book a private meeting at my surgery to discuss their case.', unless: ['private meeting|session at|with my|my surgery', 'book a private meeting|session'] },
      { context: 'criticism of secrecy', clean: 'Decisions about our libraries should not be made behind closed doors. Publish the options.' },
    ],
  },
  {
    id: 'confidential-papers',
    kind: 'exempt',
    terms: [
      'confidential briefing|briefings|report|reports|papers|paper|document|documents|appendix|item|session|meeting|minutes|email|emails|memo|note|notes|information|matter|discussion|brief|annex|draft|figures|letter|update|advice|legal|cabinet|member|members',
      'strictly|highly|commercially confidential',
      'confidentially',
      'commercially sensitive',
      'commercial in confidence',
      'marked confidential',
      'it\'s|its|that\'s confidential',
      'it|this|that is|was confidential',
      'all confidential',
    ],
    note: 'Confidential papers and briefings are given to members on the basis that they are not shared.',
    source: CODE,
    falsePositives: [
      { context: 'a confidential service for residents', clean: 'Call the confidential helpline or book free confidential advice at the hub.' },
      { context: 'a reminder about the rules', clean: 'Reminder to members: never share confidential information on social media.' },
      { context: 'what residents tell their councillor', clean: 'Anything you tell me is confidential, so do get in touch.', unless: ['tell me is|stays|will be|remains confidential', 'kept|treated|dealt with confidential|confidentially'] },
      { context: 'a route for staff or residents to raise concerns', clean: 'Whistleblowing policy updated: staff can raise concerns confidentially with the monitoring officer.', unless: ['raise|raising|report|reporting|concerns|contact|speak|talk confidentially'] },
    ],
  },
  {
    id: 'private-business',
    kind: 'confidential',
    terms: [
      'private papers|paper|report|reports|appendix|appendices|briefing|briefings|document|documents|minutes|annex|pack|update|seminar|workshop',
      'private|closed|exempt|confidential|restricted part|section|bit|stage of the|tonight\'s|today\'s|last night\'s| meeting|agenda|debate|session',
      'secret report|reports|papers|briefing|deal|deals|plans|document|documents|talks|negotiations|memo|minutes|review',
      'saw|seen|heard|learned|learnt|read|shown|given|got in private',
      'members-only|members\'-only briefing|briefings|session|sessions|meeting|seminar|workshop|update|papers',
      'members|councillors only briefing|session|meeting|seminar|workshop|update',
      'told|briefed|informed|warned|advised|shown|showed|updated|given members|councillors|cabinet|us privately|confidentially',
      'members|councillors were|been told|briefed|informed|warned|shown|updated privately|confidentially',
      'members|councillors were|been told|briefed|informed|warned|shown|updated in private',
      'told|briefed|informed|warned|shown|showed|given members|councillors|cabinet|us in private',
      'privately briefed|told|warned|informed|admitted|conceded|confirmed|acknowledged',
    ],
    note: 'Private papers, the private part of a meeting and what officers tell members privately are the same exempt business as a Part 2 report, said in other words; they count only with council business nearby.',
    source: SCH12A,
    falsePositives: [
      { context: 'private papers that are not council business', clean: 'The private papers of the Victorian mill owners are now on display at the town museum: well worth a visit.' },
      { context: 'a briefing on news the council has already announced', clean: 'Members had a private briefing on the new recycling bins today. They arrive in May, as the council announced last week.' },
      { context: 'residents telling their councillor something privately', clean: 'Residents told me privately they were nervous about the consultation event, so I will be there to help.' },
    ],
  },
  {
    id: 'confidential-bare',
    kind: 'confidential',
    terms: ['confidential'],
    note: 'The word on its own counts only next to council business (\u201cthe confidential tender scores\u201d); residents\u2019 confidential services are fine.',
    source: CODE,
    falsePositives: [
      { context: 'a confidential service for residents', clean: 'Our confidential support line for carers is open every weekday.', unless: ['confidential helpline|helplines|line|lines|service|services|support|advice|counselling|reporting|hotline|surgery|surgeries|chat|drop-in|space|help|listening|survey|questionnaire|feedback|form|hub|waste|shredding|bin|bins|sack|sacks|documents', 'free and confidential', 'kept|treated|remain|remains|stay|stays|be|are|is|handled confidential'] },
      { context: 'a promise to residents', clean: 'All casework is treated as confidential and I never share your details.', unless: ['treated as confidential', 'as confidential'] },
    ],
  },
  {
    id: 'leaks-embargoes',
    kind: 'exempt',
    terms: [
      'leaked|leak|leaking report|reports|papers|paper|document|documents|email|emails|memo|minutes|letter|draft|plans|figures|budget|briefing|recording|audio|messages|texts|advice|details|list',
      'been|was|were leaked',
      'leaked to me|us|the',
      'embargoed',
      'under embargo',
      'embargo until|lifts|ends|is',
      'off the record',
    ],
    note: 'Leaked or embargoed material is confidential until it is published; sharing it may breach the code.',
    source: CODE,
    falsePositives: [
      { context: 'a leaking water main or roof', clean: 'A leaked water main has flooded Mill Lane and the library roof is leaking again.' },
      { context: 'a trade embargo', clean: 'The arms embargo debate is in Parliament this week.' },
    ],
  },
  {
    id: 'legal-advice',
    kind: 'advice',
    terms: ['legal advice|opinion', 'counsel\'s|counsels|qc\'s|kc\'s|barrister\'s advice|opinion', 'monitoring officer\'s advice|opinion|view|report', 'legally privileged', 'which|it|this is|was privileged', 'legal privilege', 'the|our|council|council\'s lawyers|solicitors|barrister|barristers|counsel|qc|kc say|says|said|told|think|thinks|reckon|reckons|believe|believes|advise|advised'],
    note: 'The council\u2019s legal advice is privileged; revealing it can waive privilege and weaken the council\u2019s case.',
    source: 'Local Government Act 1972, Schedule 12A para 5 (legal professional privilege); LGA Model Councillor Code of Conduct (2020), para 4',
    falsePositives: [
      { context: 'free legal advice for residents', clean: 'Free legal advice clinic at the library every Tuesday.', unless: ['free|independent|impartial|specialist|seek|get|for|of legal advice|opinion', 'legal advice clinic|clinics|service|services|centre|line|session|sessions|drop-in|surgery|charity|charities'] },
      { context: 'advising residents to get advice', clean: 'If you are facing eviction, take legal advice straight away.', unless: ['take|taking|seek|seeking|getting|obtain legal advice'] },
    ],
  },
  {
    id: 'in-confidence',
    kind: 'confidence',
    terms: ['told|said|shared|mentioned|whispered|passed|given|confided me|us|this|it| in confidence', 'in confidence', 'in strict|strictest|complete confidence', 'in the strictest confidence', 'confided|confides'],
    note: 'What someone told you in confidence is not yours to publish.',
    source: CODE,
    falsePositives: [
      { context: 'an offer to residents to speak in confidence', clean: 'You can contact me in confidence about any problem.', unless: ['contact|speak|talk|write|email|call|message me|us in confidence'] },
      { context: 'having confidence in someone', clean: 'I have every confidence in our officers.' },
    ],
  },
  {
    id: 'staffing',
    kind: 'staffing',
    terms: [
      'staffing matter|matters|issue|issues',
      'hr matter|matters|issue|investigation|case',
      'disciplinary hearing|investigation|case|action|process|panel|proceedings',
      'grievance against|hearing|procedure',
      'suspended on full pay',
      'redundancy|redundancies|at-risk list|lists|names',
      'settlement agreement|agreements',
      'six-figure|golden payoff|pay-off|handshake',
      'six figure payoff|pay-off|handshake|settlement|sum',
      'pay off|out deal',
      'non-disclosure agreement',
      'nda|ndas',
    ],
    note: 'Officers\u2019 employment matters are exempt (Schedule 12A para 1) and the council owes them confidentiality.',
    source: 'Local Government Act 1972, Schedule 12A para 1 and 4; LGA Model Councillor Code of Conduct (2020), para 4',
    falsePositives: [
      { context: 'published changes to services', clean: 'The council has announced a staffing review of the library service; the consultation is online.' },
    ],
  },
  {
    id: 'restructure',
    kind: 'unannounced',
    terms: ['restructure|restructuring|reorganisation|redundancy|redundancies|layoffs|outsourced|outsourcing|sacked', 'job|staff cuts', 'jobs|posts to go', 'jobs|posts|roles at risk', 'posts deleted', 'let go', 'losing their jobs'],
    note: 'A restructure or redundancies told to members before staff hear of it: the staff must hear first.',
    source: 'Local Government Act 1972, Schedule 12A para 1 and 4; LGA Model Councillor Code of Conduct (2020), para 4',
    falsePositives: [
      { context: 'a restructure already announced', clean: 'I oppose the restructure announced today: 40 jobs will go at the depot.' },
    ],
  },
  {
    id: 'secrecy',
    kind: 'secrecy',
    terms: [
      'between you and me',
      'between ourselves',
      'just|strictly between us',
      'keep it|this between us',
      'between us',
      'not public|official|announced|confirmed yet',
      'not yet public|announced|official',
      'not been made public',
      'not been announced',
      'before|until it|this is|was announced|public|published|official',
      'before|until it\'s|its announced|public|published|official',
      'before it goes public',
      'ahead of the announcement',
      'can\'t|cannot|cant say much|more|anything',
      'can\'t|cannot|cant say too much',
      'can\'t|cannot|cant share details|more|much|specifics|anything',
      'can not say much|more|anything',
      'can\'t|cannot go into details|detail|specifics',
      'not supposed|meant|allowed to say|tell|share|post',
      'told|asked not to share|say|repeat|publish|disclose|post',
      'don\'t|dont forward|share|repost|screenshot|circulate this|it',
      'do not forward|share|repost|screenshot|circulate this|it',
      'that\'s|thats all i can say',
      'that is all i can say',
      'it|this hasn\'t been published|announced',
      'it|this has not been published|announced',
      'not public|published|announced|official till|until|before',
      'won\'t|wont be published|announced|public till|until|before',
      'will not be published|announced|public till|until|before',
      'it\'s|its not public',
      'which|that isn\'t public|published|out',
      'which|that is not public|published|out',
      'shouldn\'t be saying|telling',
      'should not be saying|telling',
      'keep this|it quiet',
      'keep this|it under wraps',
      'keep this|it to yourself|yourselves',
      'mum\'s|mums the word',
      'hush hush',
      'hush-hush',
      'don\'t tell anyone',
      'you didn\'t hear it|this from me',
      'little bird|birdie told',
      'on the grapevine',
      'hasn\'t|haven\'t|not gone public',
      'hasn\'t|haven\'t been released|published|announced|shared yet',
      'hasn\'t|haven\'t been made public',
      'not been released|shared',
      'not released|published|out yet',
      'yet to be announced|published|released|made public',
      'on the quiet',
      'not meant|supposed to be public|out|known yet',
      'not meant|supposed to be public|out|known till|until|before',
      'on the qt',
      'on the hush',
      'under your hat',
      'quietly told|tipped|warned',
      'not for public ears',
      'nobody is|was supposed|meant to know',
      'no one is|was supposed|meant to know',
    ],
    note: 'The author\u2019s own hint that what follows is not public yet.',
    source: CODE,
    falsePositives: [
      { context: 'between us meaning together', clean: 'Between us we delivered 3,000 leaflets this weekend!', unless: ['between us we|all|both|two|three|and', 'difference|gap between us'] },
      { context: 'cannot say more because it is not public, with nothing revealed', clean: 'I can\u2019t say much until the report is published next week.', unless: ['can\'t|cannot|cant say much|more|anything until|till|before|yet', 'can\'t|cannot|cant say much|more|anything until|till|before it\'s|its published|public|announced|out', 'can\'t|cannot|cant say much|more|anything until|till|before it|the|this is|report|decision published|public|announced|out', 'can\'t|cannot|cant say too much until|till|before|yet'] },
      { context: 'can\'t say enough / more about a thank-you', clean: 'Can\u2019t say more than a huge thank you to our volunteers.', unless: ['can\'t|cannot|cant say more than'] },
    ],
  },
];

/** Words after a signal that reveal or hint at the content ("the Part 2 report shows..."). Slot syntax, one phrase shape per string. */
export const REVEAL_CUES: readonly string[] = [
  'show|shows|showed|shown|reveal|reveals|revealed|say|says|said|state|states|stated|confirm|confirms|confirmed',
  'recommend|recommends|recommended|suggest|suggests|suggested|propose|proposes|proposed|warn|warns|warned|conclude|concludes|concluded',
  'tell|tells|told|want|wants|wanted|plan|plans|intend|intends|expect|expects|expected|agreed|decided|admit|admits|admitted',
  'apparently|means|gonna',
  'going|set|about to',
  'turns out',
  'looks like',
  'is|are|was|were that',
  'close|closing|closure|sell|selling|sold|sale|cut|cuts|scrap|scrapped|axe|axed|lose|losing|bankrupt|bust|collapse|collapsing|cost|costs|overspend|deficit|debt|compensation|settle|settlement|sued|sue|claim|walk',
  'pull|pulling|wants out',
  'shocking|worrying|alarming|damning|explosive|eye-opening|grim|interesting|juicy|scandal|scandalous',
  'bad|good news',
  'win|wins|unlawful|lawful|illegal|breach|breached|breaching|liable|guilty',
  'leaving|resign|resigning|resigned|sacked|suspended|redundant|redundancies',
];

/** Council business near a weak hint ("can't say much but the leisure contract..."). */
export const BUSINESS_CUES: readonly string[] = [
  'contract|contracts|report|cabinet|council|decision|budget|staff|officer|officers|chief|director|leader|deal|scheme|site|plan|plans|proposal|proposals|tender|bid|bids|developer|operator|planning|application|committee|meeting|service|services|restructure|redundancies|jobs|job|funding|closure|library|libraries|leisure|pool|depot|school|centre|consultant|consultants|audit|investigation|inquiry|legal|lawyers|lease|land|sale|purchase|acquisition|buyer|bidder|announcement|news|panel|licence|license|hmo|decided|refuse|refused|approve|approved|regeneration|partner|notice|station|building|hall|buying|bought|scores|score|payoff|figures|fee|fees|offer|valuation|appeal|tribunal|settlement|pay',
  'close|closing|closed|sell|selling|sold|cut|cuts|scrap|scrapped|axe|axed|merge|merger',
];

/** Wording of a published procedural announcement: taking an item in private is itself public. */
export const PROCEDURAL_CUES: readonly string[] = [
  'be|being|is|are|was taken|considered|heard|discussed|dealt in|with private|part|closed|camera|exempt',
  'public|press excluded',
  'taken in private|part',
  'press and public',
  'exclude|excluding the press|public',
  'exclusion of the press|public',
  'be|being|is|are|was dealt with in private|part|closed',
  'public will|are|is|to be excluded',
  'published agenda',
  'the agenda',
  'agenda says|shows|notes|item|items',
  'on the agenda',
  'paragraph|para 1|2|3|4|5|6|7',
  'will|to consider|discuss|take|hear it|this|them| in private',
  'by virtue of',
  'under paragraph|para',
  'will|to move|moves|go|goes into private|closed|part',
  'rest of the meeting',
  'public part|session|sessions',
  'papers|agenda|pack are|is out|online|published',
  'are|is now| out|online',
];

/** Criticism of secrecy with nothing disclosed: political speech, a heads-up at most. */
export const CRITICISM_CUES: readonly string[] = [
  'why|secrecy|secret|secretive|transparency|transparent|openness|scrutiny|hiding|hide|hidden|accountable|accountability|undemocratic',
  'should|must be public|published|open',
  'publish the|it|them|this',
  'deserve|deserves|right to know',
  'in the open',
  'in public',
];

/** Advice about confidentiality rather than a disclosure. */
export const CAUTION_CUES: readonly string[] = [
  'can\'t|cannot|won\'t|wont comment',
  'will not comment',
  'sorry i|i\'m can\'t|cannot say more|anything',
  'can\'t|cannot|cant say more|anything it\'s|its a|an',
  'say nothing',
  'no comment',
  'until|till the decision|report|minutes is|are published',
  'until|till it\'s|its published',
  'until|till it is published',
  'never|not|don\'t|mustn\'t share|disclose|leak|publish',
  'reminder|remind|training|guidance',
  'code of conduct',
  // Refusals in other words: "I'm not going to comment", "I won't be commenting on it".
  'not going to comment|say|share|discuss|go into',
  'won\'t|wont be commenting|sharing|saying|discussing',
  'will not be commenting|sharing|saying|discussing',
  'can\'t|cannot|won\'t|wont discuss|share|disclose|reveal|repeat',
  'will not discuss|share|disclose|reveal|repeat',
  'can\'t|cannot tell you',
  // The author's own refusal, not "the council won't tell you that".
  'i|we won\'t|wont tell you',
  'i|we will not tell you',
  // The refusal names what it withholds: "I won't tell you what was said".
  'can\'t|cannot tell you what was|is said|discussed|decided|in',
  'i|we won\'t|wont tell you what was|is said|discussed|decided|in',
  'can\'t|cannot go into',
  'can\'t|cannot go into what was|is said|discussed|decided|in',
  'rightly confidential|private|exempt',
  'once|when the decision|report|minutes is|are published',
  'once|when it\'s|its published',
  'once|when it is published',
  // Waiting for publication in other words: "I'll let you know as soon as it's public".
  'as soon as it\'s|its public|published',
  'as soon as it is public|published',
  // Handing a complaint or a leak to the proper officer is the right thing to do, not a disclosure.
  'to the monitoring officer',
];

/** The author speaking in their own voice ("I will say I disagree"): the "say" there reveals nothing. */
export const VOICE_CUES: readonly string[] = [
  'i will|can|would|must say',
  'i\'ll|i\'d say|add',
  'let me say',
  'what i can say|tell',
];

/** Signs that the material has since been published: an embargo that has lifted. */
export const PUBLISHED_CUES: readonly string[] = [
  'now it\'s|its out|public|published|live',
  'now it is out|public|published|live',
  'is|are now public|published|out|live',
  'embargo has|is|was lifted|passed|over',
  'embargo lifted',
  'have|has now been published|released',
  'have|has now been made public',
  'the|a published report|papers|minutes|advice|agenda|decision',
  'in the public report|reports|papers|minutes|agenda',
  'in the public cabinet|council|committee report|reports|papers',
  'in the published report|papers|minutes',
  'as the council|cabinet|leader|authority announced|confirmed|published|said',
  'already|publicly announced|published|public',
  'announced|published|confirmed last week|month|year',
  // Its own entry: one word per slot, so "last yesterday" was what the line above used to ask for.
  'announced|published|confirmed yesterday|today',
];

/** Signs that a restructure or redundancy is not announced yet. */
export const UNANNOUNCED_CUES: readonly string[] = [
  'not|yet been announced|told|informed|consulted',
  'not announced|public|official yet',
  'not yet announced|public|official|told',
  'before|until it is|was announced|public|official',
  'before|until it\'s|its announced|public|official',
  'before|until the| staff|workers are|have|know',
  'staff|workers don\'t|haven\'t know|been',
  'staff|workers have|do not know|been',
  'ahead of the announcement',
  'draft|proposed|planned|secret restructure|restructuring|reorganisation',
  'will|to be announced',
  'between us',
  'can\'t|cannot say',
];
