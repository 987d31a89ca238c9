/**
 * Special-category and criminal-offence terms (UK GDPR Art. 9 and 10; DPA 2018
 * Sch 1), plus the benefits, debts, safeguarding and social-care details the
 * ICO and councils' members' guidance treat with the same care. A term alone
 * is never a finding: the rules (special-category-data, dm-sensitive-details)
 * also need an identifiable private person. Terms are folded phrases for
 * PhraseMatcher ("schizophreni*" matches any word starting so).
 */

export type SensitiveKind =
  | 'health'
  | 'mental-health'
  | 'disability'
  | 'ethnicity'
  | 'religion'
  | 'sexuality'
  | 'sex-life'
  | 'trade-union'
  | 'criminal'
  | 'immigration'
  | 'safeguarding'
  | 'social-care'
  | 'benefits'
  | 'debt';

export interface FalsePositive {
  /** What the context is, in words. */
  context: string;
  /** A text that must stay clean (run by tests/unit/special-category-data.test.ts). */
  example: string;
}

export interface SensitiveEntry {
  kind: SensitiveKind;
  /** How the panel names it: "health details", "a criminal allegation"… */
  label: string;
  terms: readonly string[];
  /**
   * Weak terms are ordinary adjectives ("Polish", "Muslim", "gay") that only say
   * something about a person right beside them: they need the person within a few words.
   */
  weak?: boolean;
  note: string;
  source: string;
  falsePositives: readonly FalsePositive[];
}

import { GENERATED_NATIONALITIES, GENERATED_SENSITIVE } from './vocab/sensitive.generated';
import { unpackWords } from '../../utils/text/word-list';

const ART9 = 'UK GDPR Art. 9(1); DPA 2018 s.10 and Sch 1';

/**
 * Terms built from WordNet 3.1 and i18n-nationality by `npm run build:vocab` (see
 * docs/personal-data.md). The terms typed below are the hand lists: UK benefits,
 * criminal-justice, immigration, social-care and safeguarding processes have no
 * maintained open word list, so they follow the GOV.UK pages cited in each note.
 */
const generated = (kind: keyof typeof GENERATED_SENSITIVE): string[] => unpackWords(GENERATED_SENSITIVE[kind], '|');
const ART10 = 'UK GDPR Art. 10; DPA 2018 s.11(2) and Sch 1 Part 3';

/** Every "verb place" pair: the family of ways to say someone worships somewhere. */
const pairs = (firsts: readonly string[], seconds: readonly string[]) => firsts.flatMap((a) => seconds.map((b) => `${a} ${b}`));
const WORSHIP_HABITS = ['goes to', 'go to', 'attends', 'attend', 'prays at', 'pray at', 'worships at'];
const PLACES_OF_WORSHIP = ['mosque', 'the mosque', 'church', 'synagogue', 'the synagogue', 'shul', 'gurdwara', 'the gurdwara', 'mandir', 'the mandir', 'temple', 'kingdom hall', 'the kingdom hall', 'mass', 'chapel', 'friday prayers'];
const COMING_OUT = ['came out as', 'come out as', 'coming out as', 'comes out as'];
const ORIENTATIONS = ['gay', 'lesbian', 'bi', 'bisexual', 'trans', 'transgender', 'non-binary', 'nonbinary', 'queer', 'pansexual', 'asexual'];
/**
 * Who can own a circumstance: a possessive determiner or a relative's possessive ("her", "your husband's"). An
 * everyday word that is a condition only when someone has it ("stroke", "op", "mental health") is listed as
 * every owner-word pair, so "your husband's stroke" counts and "a stroke of luck" does not.
 */
const OWNERS = ['his', 'her', 'your', 'their', ...['husband', 'wife', 'partner', 'son', 'daughter', 'mum', 'dad', 'mother', 'father', 'brother', 'sister', 'nan', 'gran', 'grandad', 'child', 'baby', 'boyfriend', 'girlfriend'].map((r) => `${r}'s`)];
const owned = (words: readonly string[]) => pairs(OWNERS, words);

/**
 * Belief and orientation shown by what someone does rather than by an adjective: unlike the weak
 * adjectives ("Muslim"), these phrases only describe a person, so they count anywhere in the sentence.
 */
const PRACTICE: readonly SensitiveEntry[] = [
  {
    kind: 'religion',
    label: 'religious belief',
    terms: [
      ...pairs(WORSHIP_HABITS, PLACES_OF_WORSHIP),
      'pray during ramadan', 'prays during ramadan', 'praying during ramadan', 'fasting for ramadan', 'fasting during ramadan',
      'fasts during ramadan', 'fasting for yom kippur', 'observes ramadan', 'observing ramadan', 'prays five times a day',
      'keeps kosher', 'keep kosher', 'keeps halal', 'only eats halal', 'keeps the sabbath', 'keeps shabbat', 'wears a kippah',
      'wears a yarmulke', 'wears a kara', 'wears a headscarf', 'wears the hijab', 'ahmadi', 'ahmadis', 'ahmadiyya', 'jain', 'jains',
    ],
    note: 'Religious practice (worship, fasting, food laws, dress) reveals belief as plainly as the adjective (ICO: special category data includes inferences).',
    source: `${ART9}; ICO guidance "What is special category data?" (inferences)`,
    falsePositives: [
      { context: 'events at a place of worship, open to all', example: 'The mosque open day on Saturday was a real success, thank you to everyone who came.' },
      { context: 'the author\u2019s own practice', example: 'I go to church most Sundays and I always enjoy the coffee after.' },
    ],
  },
  {
    kind: 'sexuality',
    label: 'sexual orientation',
    terms: [...pairs(COMING_OUT, ORIENTATIONS), 'gay couple', 'lesbian couple', 'same-sex couple', 'same sex couple', 'his boyfriend', 'her girlfriend', 'his husband', 'her wife'],
    note: 'Coming out, a couple described by orientation, a man\'s boyfriend or a woman\'s girlfriend: about particular people, not the community.',
    source: ART9,
    falsePositives: [{ context: 'support for people coming out, in general', example: 'If you are thinking of coming out, the LGBT+ helpline is there for you.' }],
  },
];

export const SENSITIVE: readonly SensitiveEntry[] = [
  {
    kind: 'health',
    label: 'health details',
    terms: [
      'cancer', 'tumour', 'tumor', 'leukaemia', 'leukemia', 'dementia', 'alzheimer*', 'parkinson*', 'diabetes', 'diabetic',
      'epilepsy', 'epileptic', 'seizures', 'had a stroke', 'heart attack', 'heart condition', 'hiv', 'hiv positive',
      'hepatitis', 'copd', 'emphysema', 'multiple sclerosis', 'motor neurone disease', 'kidney failure', 'dialysis', 'chemo',
      'chemotherapy', 'radiotherapy', 'terminally ill', 'terminal illness', 'terminal cancer', 'end of life care',
      'palliative care', 'long covid', 'pregnant', 'pregnancy', 'miscarriage', 'miscarried', 'abortion', 'ivf',
      'in hospital', 'hospitalised', 'in intensive care',
      'incontinent', 'incontinence', 'bedbound', 'bed bound', 'housebound', 'diagnosed', 'diagnosis', 'medication',
      'seriously ill', 'illness', 'chronic pain', 'fibromyalgia', 'asthma', 'sickle cell', 'stoma', 'amputat*',
      'heart attacks', ...pairs(['suffered', 'after', 'since', 'following', 'recovering from'], ['a stroke', 'a heart attack']), 'sight loss', 'losing her sight', 'losing his sight', 'paediatric diabetes',
      'gender reassignment', 'gender reassignment surgery', 'hysterectomy', 'mastectomy', 'transplant', 'pancreatic cancer',
      // "MS" is also an honorific: only with a possessive or "has/with" before it.
      ...owned(['ms']), 'has ms', 'with ms', 'lost the baby', 'lost her baby', 'baby loss',
      // Hand list: everyday words for pregnancy, its loss and operations, which WordNet files under other senses.
      'expecting twins', 'expecting a baby', 'expecting her first', 'expecting their first', 'lost their baby', 'lost their little boy',
      'lost their little girl', 'lost her little boy', 'lost her little girl', 'hip op', 'knee op', 'hip operation', 'knee operation',
      'hip replacement', 'knee replacement', 'the cancer again', 'cancer is back', 'on chemo',
      // NHS services a patient is in (NHS England "Patient transport services", "District nursing"): using them is health data.
      'hospital transport', 'patient transport', 'hospital number', 'discharge letter',
      'discharged from hospital', 'hospital discharge', 'discharge team', 'heart bypass', 'triple bypass', 'bypass operation',
      'hospital appointment', 'outpatient appointment', 'had a fall', 'had another fall', 'hyperemesis',
      ...owned(['stroke', 'op', 'operation', 'condition', 'injuries', 'injury', 'recovery', 'scan', 'due date', 'pregnancy', 'illness', 'seizure', 'seizures', 'miscarriage']),
      // An injury said as what happened: "got knocked down", "hit by a car" (a building "knocked down" is not listed).
      'got knocked down', 'got knocked over', 'got run over', ...pairs(['knocked down by a', 'knocked over by a', 'hit by a', 'run over by a'], ['car', 'van', 'bus', 'lorry', 'cyclist', 'driver']),
      ...generated('health'),
    ],
    note: 'Physical health conditions, treatments and pregnancy: data concerning health (Art. 4(15)).',
    source: ART9,
    falsePositives: [
      { context: 'policy, services and funding ("cancer services", "dementia cafe")', example: 'Our dementia cafe at the library reopens on Tuesday, all welcome.' },
      { context: 'general statements with no one identifiable', example: 'Diabetes rates in the borough are rising and prevention matters.' },
      { context: 'the author\u2019s own health', example: 'Back at work after my own cancer treatment, thank you all for the kind messages.' },
      { context: 'a public figure in their role', example: 'Cllr Jane Smith is taking part in the Race for Life to raise money for cancer research.' },
    ],
  },
  {
    kind: 'mental-health',
    label: 'mental health details',
    terms: [
      'mental health problems', 'mental health issues', 'mental illness', 'mentally ill', 'sectioned', 'psychosis',
      'psychotic', 'schizophreni*', 'bipolar', 'depression', 'depressed', 'severe anxiety', 'anxiety attacks',
      'panic attacks', 'ptsd', 'ocd', 'eating disorder', 'anorexi*', 'bulimi*', 'self-harm', 'self harm', 'self-harming',
      'suicidal', 'suicide attempt', 'attempted suicide', 'tried to take his own life', 'tried to take her own life',
      'overdose', 'overdosed', 'nervous breakdown', 'mental breakdown', 'addict', 'addicted', 'addiction', 'alcoholic',
      'took his own life', 'took her own life', 'took their own life', 'killed himself', 'killed herself', 'suicide',
      'methadone', 'heroin', 'on drugs', 'drug user', 'drug addict', 'crack cocaine', 'treated for depression',
      'alcoholism', 'drug problem', 'drink problem', 'rehab', 'mental health crisis', 'crisis team', 'camhs',
      // Hand list: a possessive makes an everyday word ("anxiety", "breakdown") a condition someone has.
      ...owned(['anxiety', 'depression', 'breakdown', 'mental health', 'nerves', 'drinking', 'addiction']),
      'thoughts of ending it', 'ending it all', 'suicidal thoughts', 'alcohol service', 'drug and alcohol service',
      // Hand list: how people say it in the street, as a state someone is in rather than a named condition.
      'had a breakdown', 'sick with a breakdown', 'suffered a breakdown', 'off sick', 'signed off sick', 'off with stress', 'off sick with stress', 'signed off with stress', 'off with depression', 'off with anxiety',
      'off with her nerves', 'off with his nerves', 'signed off with her nerves', 'signed off with his nerves', 'relapse', 'relapsed',
      'drinking heavily', 'drinks heavily', 'hitting the bottle', 'on the bottle', 'psychiatric unit', 'psychiatric ward', 'psych ward',
      'mental health unit', 'mental health ward', 'drug and alcohol team', 'in rehab',
      ...generated('mental-health'),
    ],
    note: 'Mental health conditions, crises and addiction: data concerning health.',
    source: ART9,
    falsePositives: [
      { context: 'services and funding ("mental health services are underfunded")', example: 'Mental health services are underfunded and waiting lists are far too long.' },
      { context: 'awareness campaigns', example: 'It is Mental Health Awareness Week: talk to someone if you are struggling.' },
      { context: 'the author\u2019s own experience', example: 'I have lived with depression myself and I know how hard it is to ask for help.' },
    ],
  },
  {
    kind: 'disability',
    label: 'disability details',
    terms: [
      'disabled', 'disability', 'disabilities', 'wheelchair user', 'in a wheelchair', 'uses a wheelchair', 'blind',
      'partially sighted', 'registered blind', 'deaf', 'hard of hearing', 'learning disabilit*', 'learning difficult*',
      'autism', 'autistic', 'adhd', 'asperger*', 'dyslexi*', 'dyspraxi*', 'cerebral palsy', "down's syndrome",
      'downs syndrome', 'down syndrome', 'special needs', 'ehcp', 'ehc plan', 'blue badge', 'mobility problems',
      'mobility scooter', 'using a wheelchair', 'non-verbal', 'disabled person\'s bus pass', 'visually impaired', 'sight impaired',
      // GOV.UK "Motability Scheme" and "Access to Work": support that only disabled people get.
      'motability', 'motability car', 'access to work', 'stairlift', 'hearing aid', 'hearing aids', 'guide dog',
      'in the wheelchair', ...owned(['wheelchair', 'autism', 'walking frame', 'crutches']),
      ...generated('disability'),
    ],
    note: 'Disabilities and special educational needs: data concerning health; also a protected characteristic (Equality Act 2010 s.6).',
    source: ART9,
    falsePositives: [
      { context: 'provision and policy ("SEND places", "disabled parking bays")', example: 'We need more SEND places and more disabled parking bays in the town centre.' },
      { context: 'access notices', example: 'The hall has step-free access and a hearing loop for deaf visitors.' },
    ],
  },
  {
    kind: 'ethnicity',
    label: 'ethnic origin',
    weak: true,
    terms: [
      'polish', 'romanian', 'bulgarian', 'lithuanian', 'pakistani', 'bangladeshi', 'indian', 'somali', 'nigerian',
      'ghanaian', 'eritrean', 'sudanese', 'afghan', 'syrian', 'iraqi', 'iranian', 'kurdish', 'albanian', 'turkish',
      'chinese', 'vietnamese', 'jamaican', 'african', 'black', 'asian', 'mixed race', 'roma', 'gypsy', 'gypsies',
      'traveller', 'travellers', 'irish traveller', 'foreign', 'immigrant', 'immigrants',
      ...unpackWords(GENERATED_NATIONALITIES, '|'),
    ],
    note: 'Racial or ethnic origin, incl. nationality used as ethnicity. Weak: only counts right beside an identifiable person ("the Polish family at number 9").',
    source: ART9,
    falsePositives: [
      { context: 'community events and organisations', example: 'Lovely afternoon at the Polish Centre with the Mayor.' },
      { context: 'condemning hate crime in general', example: 'We stand with our Black and Asian residents against every racist attack.' },
      { context: 'the Black Country and colour words', example: 'Black bin collections in Ashton move to Thursday.' },
    ],
  },
  {
    kind: 'religion',
    label: 'religious belief',
    weak: true,
    terms: [
      'muslim', 'jewish', 'jew', 'sikh', 'hindu', 'christian', 'catholic', 'buddhist', "jehovah's witness",
      'jehovahs witness', 'atheist', 'converted to islam', 'converted to christianity', 'practising muslim',
      'devout', 'wears a hijab', 'wears a niqab', 'wears a turban', 'religious dress', 'patka', ...owned(['hijab', 'turban']), 'conversion to islam', 'converted to judaism', 'conversion to christianity',
      ...generated('religion'),
    ],
    note: 'Religious or philosophical beliefs. Weak: festivals and places of worship are not a person\u2019s belief.',
    source: ART9,
    falsePositives: [
      { context: 'greetings for festivals', example: 'Happy Eid to all our Muslim residents celebrating today!' },
      { context: 'faith communities in general', example: 'The Jewish community centre hosts a food drive this Sunday.' },
    ],
  },
  {
    kind: 'sexuality',
    label: 'sexual orientation',
    weak: true,
    terms: [
      'gay', 'lesbian', 'bisexual', 'homosexual', 'queer', 'trans', 'transgender', 'non-binary', 'came out',
      'coming out', 'sexuality', 'sexual orientation', 'transitioning', 'gender transition',
      ...generated('sexuality'),
    ],
    note: 'Sexual orientation and gender history (gender identity is also protected by the Gender Recognition Act 2004 s.22).',
    source: ART9,
    falsePositives: [
      { context: 'Pride and support', example: 'Proud to march with our LGBT+ and trans residents at Pride today.' },
    ],
  },
  ...PRACTICE,
  {
    kind: 'sex-life',
    label: 'details of sex life',
    terms: ['affair', 'having an affair', 'sleeping with', 'sleeps around', 'one night stand', 'sex worker', 'prostitut*'],
    note: 'Sex life.',
    source: ART9,
    falsePositives: [
      { context: 'public affairs ("current affairs", "corporate affairs")', example: 'Thanks to the corporate affairs team for the briefing.' },
    ],
  },
  {
    kind: 'trade-union',
    label: 'trade union membership',
    terms: [
      'union member', 'union rep', 'shop steward', 'in the union', 'joined the union', 'unison member', 'member of unison',
      'gmb member', 'member of the gmb', 'unite member', 'member of unite', 'rmt member', 'nurses union',
      'trade union member', 'union membership', 'joined the gmb', 'joined unison', 'joined unite', 'joined the union', 'joined the rmt', 'joined the neu',
      'gmb membership', 'unison membership', 'unite membership', 'rmt membership', 'neu membership', 'union card',
      'unison rep', 'gmb rep', 'unite rep', 'neu rep', 'rmt rep', 'fbu member', 'neu member', 'ucu member', 'pcs member', 'usdaw member',
      // "is in the GMB": membership by the union's initials ("in unison" is left out: it also means "together").
      'in the gmb', 'in the rmt', 'in the neu', 'in the fbu', 'in the pcs', 'in the ucu', 'in usdaw', 'in the nasuwt', 'in the cwu',
      ...owned(['union']),
      // A union acting for someone is theirs: "the union will represent you at the disciplinary".
      ...pairs(['union will', 'union can', 'union has agreed to'], pairs(['represent', 'back'], ['you', 'him', 'her'])),
      ...generated('trade-union'),
    ],
    note: 'Trade union membership.',
    source: ART9,
    falsePositives: [
      { context: 'unions as organisations', example: 'Good meeting with Unison about the pay offer for care workers.' },
    ],
  },
  {
    kind: 'criminal',
    label: 'a criminal allegation or conviction',
    terms: [
      'arrested', 'under arrest', 'convicted', 'conviction', 'convictions', 'criminal record', 'charged with', 'in prison',
      'prison sentence', 'jailed', 'in jail', 'out of prison', 'out of jail', 'released from prison', 'prisoner',
      'on probation', 'probation officer', 'electronic tag', 'tagged', 'community service', 'cautioned', 'police caution',
      'sex offender', 'paedophile', 'pedophile', 'nonce', 'drug dealer', 'dealing drugs', 'deals drugs', 'selling drugs',
      'thief', 'stole', 'stealing', 'shoplift*', 'burgled', 'burglar', 'known to police', 'known to the police',
      'restraining order', 'asbo', 'criminal behaviour order', 'pleaded guilty', 'found guilty', 'guilty of', 'on bail',
      'bailed', 'remanded', 'on remand', 'fraudster', 'benefit fraud', 'committed fraud', 'violent', 'assaulted',
      'criminal', 'crook', 'prison', 'jail', 'thieving', 'burglary', 'burglary conviction', 'out on licence', 'on licence', 'sex offenders register',
      "sex offender's register", 'cannabis', 'grows cannabis', 'drugs raid', 'raided', 'community order', 'suspended sentence',
      // Hand list after the Ministry of Justice and Youth Justice Board pages on GOV.UK (sentences, orders, youth justice).
      'youth offending', 'youth offending team', 'youth offending worker', 'yot worker', 'referral order', 'youth rehabilitation order',
      'licence conditions', 'released on licence', 'recalled to prison', 'curfew', 'on a tag', 'wearing a tag', 'electronic monitoring',
      'remanded in custody', 'crown court', 'magistrates court', "magistrates' court", 'sentenced', 'custodial sentence', 'unpaid work',
      'parole', 'police bail', 'released under investigation', 'protection order', 'sexual harm prevention order', 'mappa',
      'offender manager', 'probation', 'drink driving', 'drink-driving', 'banned from driving', 'court summons',
      'over the limit', 'growing weed', 'grows weed', 'caught with weed', 'caught with drugs', 'caught dealing', 'selling weed',
      'dealing weed', 'youth caution', 'a caution',
      // Everyday words for an offence pinned on someone ("is dealing again", "been nicking from the tin", "a wife beater"):
      // each names the act, so "dealing with", "fly-tipping on the lane" and other general uses are not listed.
      'dealing again', 'dealing outside', 'dealing out of', 'dealing from', 'been dealing drugs', 'nicking from', 'been nicking',
      'wife beater', 'wife-beater', 'ex-offender', 'ex offender', 'ex-con', 'ex-prisoner', 'drink driver',
      'drink-driver', 'caught fly-tipping', 'been fly-tipping', 'fly-tipper', 'clocking cars', 'setting fires', 'set fire to',
      'caught shoplifting', 'caught stealing',
      // The same told as a record or a habit ('got previous', 'keeps fly-tipping', 'been pocketing the raffle money').
      'got previous', 'has previous', 'got a record for', 'keeps fly-tipping', 'keeps dumping', 'been pocketing',
      'pocketing the', 'pocketed the', 'been nicking', 'on the fiddle', 'falsifying', 'accused of stealing',
      'accused of fraud', 'accused of falsifying', 'pervert', 'bail conditions', ...owned(['bail']), 'burglaries', 'months inside',
      'years inside', 'single person discount with',
      ...pairs(['bloke', 'man', 'lad', 'woman', 'guy', 'fella', 'chap', 'neighbour', 'family'], ['fly-tipping', 'fly tipping', 'dealing drugs']),
      // A caution on someone's record ("get Connor's caution wiped"): a bare "caution" is also advice to be careful.
      'caution wiped', 'caution removed', 'caution spent', 'caution on his record', 'caution on her record', 'caution on their record',
      'caution on your record',
      ...generated('criminal'),
    ],
    note: 'Criminal offences, allegations, proceedings and convictions (Art. 10 criminal offence data).',
    source: ART10,
    falsePositives: [
      { context: 'crime in general and policy', example: 'Shoplifting in the town centre is up 20%, and we are asking for more patrols.' },
      { context: 'public figures in their public role (that is the respect category)', example: 'Cllr Brown should be arrested for what he has done to our parks budget.' },
    ],
  },
  {
    kind: 'immigration',
    label: 'immigration status',
    terms: [
      ...owned(['visa']),
      'asylum seeker', 'asylum seekers', 'claiming asylum', 'asylum claim', 'asylum case', 'refugee status', 'refugee',
      'overstayer', 'overstayed', 'overstaying', 'illegal immigrant', 'illegal immigrants', 'illegally', 'undocumented',
      'deported', 'deportation', 'facing removal', 'leave to remain', 'indefinite leave', 'no recourse to public funds',
      'nrpf', 'settled status', 'pre-settled status', 'immigration status', 'immigration case', 'visa expired',
      'visa has expired', 'no visa', 'detention centre', 'home office case', 'home office appeal', 'refugees', 'as refugees', 'asylum',
      'homes for ukraine visa', 'visa', 'home office decision',
      // Hand list after the Home Office asylum and immigration pages on GOV.UK.
      'asylum support', 'section 95 support', 'section 4 support', 'home office interview', 'removal centre', 'biometric residence permit',
      'limited leave to remain', 'eu settlement scheme', 'dispersal accommodation', 'appeal rights exhausted', 'trafficking victim',
      'victim of trafficking', 'modern slavery', 'national referral mechanism', 'no right to work', 'stateless', 'overstayed her visa',
      'overstayed his visa', 'overstayed their visa',
      'overstayers', 'expired visa', 'visa extension', 'visa refused', 'refused asylum', 'failed asylum seeker',
      ...generated('immigration'),
    ],
    note: 'Immigration status: not itself Art. 9 data, but it reveals national and ethnic origin and exposes people to harm; treated with the same care.',
    source: `${ART9}; ICO guidance on special category data (inferences)`,
    falsePositives: [
      { context: 'policy debate', example: 'The Home Office must fund councils properly for asylum seekers housed locally.' },
    ],
  },
  {
    kind: 'safeguarding',
    label: 'safeguarding or child protection details',
    terms: [
      'child protection', 'child protection plan', 'safeguarding concern', 'safeguarding referral', 'safeguarding issue',
      'social services', 'social worker', 'social workers', 'taken into care', 'in care', 'care order', 'looked after child',
      'foster care', 'fostered', 'children removed', 'kids removed', 'child in need', 'section 47', 'mash referral',
      "children's services", 'domestic abuse', 'domestic violence', 'abusive', 'abused', 'neglected', 'neglect',
      'groomed', 'grooming', 'exploited', 'county lines', 'missing from home', 'refuge', 'coercive control',
      // Hand list after "Working together to safeguard children" (DfE, GOV.UK).
      'child protection conference', 'looked after', 'section 17', 'early help', 'child sexual exploitation', 'female genital mutilation',
      'fgm', 'forced marriage', 'honour based abuse', 'honour-based abuse', 'lado referral', 'on a child protection plan',
      // Care Act 2014 s.42 enquiries (adult safeguarding).
      'adult safeguarding', 'safeguarding enquiry', 'safeguarding team', 'section 42 enquiry', 'went into care', 'gone into care',
      'go into care', 'put into care', 'placed in care',
      // A case under way: safeguarding as the actor ("safeguarding have opened a case"), its meetings and placements
      // (Working together to safeguard children, ch. 1 and 2); domestic-abuse orders and risk meetings (Family Law Act 1996
      // Part IV; GOV.UK "Domestic abuse: how to get help"); Prevent referrals are safeguarding (Prevent duty guidance, 2023).
      'safeguarding have', 'safeguarding has', 'safeguarding case', 'safeguarding plan', 'safeguarding meeting',
      'foster placement', 'supervised contact', 'non-molestation order', 'non-mol order', 'non-mol', 'occupation order',
      'marac', 'idva', 'prevent referral', 'referred to prevent', 'channel panel',
    ],
    note: 'Safeguarding, child protection and domestic abuse: among the most harmful details to reveal.',
    source: `${ART9}; DPA 2018 Sch 1 para 18 (safeguarding of children and individuals at risk)`,
    falsePositives: [
      { context: 'services, training and policy', example: 'All our volunteers complete safeguarding training and child protection checks.' },
    ],
  },
  {
    kind: 'social-care',
    label: 'social care details',
    terms: [
      'care package', 'care plan', 'carers visit', 'carers come', 'care home', 'nursing home', 'home care', 'respite',
      'social care assessment', 'needs assessment', 'care assessment', 'care needs', 'personal care', 'live-in carer',
      ...owned(['carer', 'carers']),
      // Hand list after the Care Act 2018 statutory guidance (DHSC, GOV.UK).
      'the carers', 'care leaver', 'foster carer', 'kinship care', 'special guardianship', 'direct payments',
      'reablement', 'domiciliary care', 'supported living', 'deprivation of liberty', 'lasting power of attorney', 'care act assessment',
      'personal budget', 'meals on wheels', 'telecare', 'pendant alarm',
      'needs the carers', 'reassess her', 'reassess him',
    ],
    note: 'Adult social care: reveals health and disability.',
    source: ART9,
    falsePositives: [
      { context: 'the care sector and budgets', example: 'Adult social care takes 40% of the council budget and care home fees keep rising.' },
      { context: 'thanking carers in general', example: 'Thank you to every unpaid carer in the borough this Carers Week.' },
    ],
  },
  {
    kind: 'benefits',
    label: 'benefits details',
    terms: [
      'universal credit', 'uc claim', 'pip', 'pip assessment', 'esa', 'jsa', "jobseeker's allowance", 'jobseekers allowance',
      'housing benefit', 'council tax support', 'council tax reduction', 'pension credit', "carer's allowance",
      'carers allowance', 'attendance allowance', 'child benefit', 'tax credits', 'dla', 'disability living allowance',
      'on benefits', 'benefits claim', 'benefit claim', 'claiming benefits', 'sanctioned', 'sanction', 'sanctions',
      'discretionary housing payment', 'dhp', 'hardship fund', 'crisis loan', 'food parcels', 'uses the food bank', 'using the food bank', 'relies on the food bank',
      'relying on the food bank', 'free school meals', 'benefits stopped', 'benefits were stopped', 'fit-for-work assessment',
      'fit for work assessment',
      // Hand list after the GOV.UK "Benefits" pages (DWP): there is no open list of UK benefits and processes.
      'personal independence payment', 'employment and support allowance', 'work capability assessment', 'mandatory reconsideration',
      'benefit sanction', 'benefit cap', 'bedroom tax', 'spare room subsidy', 'limited capability for work', 'lcwra', 'budgeting loan',
      'budgeting advance', 'advance payment', 'jobcentre appointment', 'work coach', 'claimant commitment', 'signing on', 'dwp decision',
      'dwp assessment', 'benefit tribunal', 'benefits tribunal', 'pip tribunal', 'pip appeal', 'esa appeal', 'fit note', 'sick note',
      'severe disability premium', ...owned(['pip', 'benefits']), 'sickness benefit', 'sickness benefits',
      'on the sick', 'on incapacity',
      "you're on uc", 'on uc', 'on universal credit', 'on pip', 'on esa', 'uc sanction',
      'benefits appeal', 'benefit appeal',
      // Casework passed to the benefits team about a named person ("her NI number … to the benefits team").
      'to the benefits team', 'with the benefits team',
    ],
    note: 'Benefits reveal health, disability and finances; members\u2019 guidance (e.g. Barnet) treats them as sensitive casework.',
    source: 'UK GDPR Art. 5(1)(f) and Art. 9 (benefits that reveal health or disability); Members\u2019 Code of Conduct (confidentiality)',
    falsePositives: [
      { context: 'policy', example: 'Universal Credit sanctions are hurting families across the borough.' },
      { context: 'scheme announcements', example: 'Apply for council tax support or a discretionary housing payment online.' },
    ],
  },
  {
    kind: 'debt',
    label: 'debts',
    terms: [
      'arrears', 'rent arrears', 'council tax arrears', 'in debt', 'debts', 'owes money', 'bailiff', 'bailiffs',
      'bankrupt', 'bankruptcy', 'iva', 'ccj', 'payday loan', 'behind on rent', 'behind with rent', 'behind on her rent',
      'behind on his rent', 'cannot pay', "can't pay", 'cant pay', 'repossessed', 'repossession',
      // Hand list after GOV.UK "Options for paying off your debts" and "Bailiffs (enforcement agents)".
      'enforcement agents', 'enforcement agent', 'debt collectors', 'credit card debt', 'on the credit cards', 'catalogue debt',
      'debt relief order', 'debt management plan', 'unpaid pcns', 'in arrears', 'foodbank again', 'food bank again',
      // One debt, named by its lender or kind ("the Provident debt", "her loan shark debt").
      'debt', 'loan shark', 'doorstep loan', 'doorstep lender',
    ],
    note: 'Debts and arrears: financial hardship, used in identity fraud and a cause of stigma.',
    source: 'UK GDPR Art. 5(1)(f); Members\u2019 Code of Conduct (confidentiality and data protection)',
    falsePositives: [
      { context: 'the council\u2019s own finances', example: 'Council tax arrears across the borough are down 5% this year.' },
    ],
  },
];

/**
 * A term followed by one of these is about a service, policy or campaign, not a
 * person ("mental health services", "dementia cafe", "cancer research").
 */
export const POLICY_FOLLOWERS: ReadonlySet<string> = new Set(
  (
    'services service funding funded provision places place awareness week month day strategy policy policies reform ' +
    'system support entitlement calculator unit units charity charities budget budgets cuts rates rate figures numbers ' +
    'waiting sector research cafe cafes friendly network networks group groups training checks check officer officers ' +
    'lead leads board boards partnership partnerships hub hubs centre center clinic clinics nurse nurses worker workers ' +
    'staff pay fees beds bed scheme schemes fund funds payments applications rules regime reforms system systems ' +
    'parking bays bay toilets access loop campaign campaigns walk run screening vaccine vaccines champions champion ' +
    'community communities association society forum forums council councils policy plan plans panel review act law laws ' +
    'crisis committee shop shops school schools club clubs church mosque restaurant cafe takeaway festival day hotel hotels ' +
    // A building project ("the care home extension"), not a resident.
    'extension development proposal proposals site'
  ).split(' '),
);

/** Post and team words that end a capitalised name, besides the organisation words in rules/data/places.ts. */
export const POST_HEADS: ReadonlySet<string> = new Set('team home house manager director coordinator adviser advocate'.split(' '));

/**
 * A job or a workplace's people just before "of", "at" or "for": what follows is where they work ("the manager of
 * Rowan House care home", "staff at the Hollies nursing home", "Director of Adult Social Care"), not their own care.
 */
export const JOB_BEFORE_PLACE = /\b(?:[Mm]anager|[Dd]irector|[Hh]ead|[Cc]hair|[Oo]wner|[Ss]taff|[Tt]eam|[Nn]urses?|[Ff]ounder|[Tt]rustees?|[Vv]olunteers?) (?:of|at|for) (?:the )?(?:\p{Lu}[\p{L}'\u2019-]* ){0,4}$/u;

/**
 * Things after a weak word that make it a colour or a kind, not a person's origin ("his black lab", "the
 * black bins", "Polish vodka").
 */
export const THINGS_AFTER: ReadonlySet<string> = new Set(
  ('lab labs labrador labradors cat cats dog dogs puppy kitten horse pony car van bin bins bag bags ice coat jacket vodka food shop ' +
    // A plural group ("all our Muslim residents") is a community, not a person.
    'residents neighbours families communities people pupils').split(' '),
);

/** Words before a term that make it general ("rising dementia rates", "tackling domestic abuse"). */
export const GENERAL_PRECEDERS: ReadonlySet<string> = new Set(
  (
    'tackle tackling tackled combat combating combatting prevent preventing prevention reduce reducing end ending ' +
    'fight fighting against raise raising awareness supporting anti campaign campaigning'
  ).split(' '),
);
