/**
 * Allegations of wrongdoing: calling a person corrupt, a criminal or a liar
 * without evidence. Only when aimed at an identifiable person
 * (rules/detect/targets.ts): "this administration lied about the budget" and
 * "the Tories are corrupt" are political speech about an institution or a
 * party and stay clean; "Cllr Brown is corrupt" is not.
 *
 * kind: `noun` ("a crook"), `adjective` ("corrupt"), `predicate` (only after a
 * copula: "is bent", "is a criminal"), `verb` (with the person as subject:
 * "lied", "took bribes", "is on the take"), `phrase` (names its person itself:
 * "lined his pockets", "his snout in the trough").
 */
import type { LexiconEntry } from './lexicon';

export type AllegationKind = 'noun' | 'adjective' | 'predicate' | 'verb' | 'phrase';

const DEFAMATION = 'Defamation Act 2013 s.1; LGA Model Councillor Code of Conduct (2020), para 1 (respect) and para 5 (disrepute)';

export const ALLEGATIONS: readonly LexiconEntry<AllegationKind>[] = [
  {
    id: 'corruption-adjectives',
    kind: 'adjective',
    terms: ['corrupt|crooked|fraudulent|criminal|dodgy|sleazy'],
    severity: 'high',
    note: 'An allegation of corruption or crime against a person is defamatory unless it can be proved.',
    source: DEFAMATION,
    falsePositives: [
      { context: 'a file or data', clean: 'The spreadsheet was corrupt so the figures were re-run.' },
      { context: 'a system, a party or the government', clean: 'The Tories are corrupt and this government is rotten.' },
      { context: '"it is criminal that" about a decision', clean: 'It is criminal that the council wasted \u00a32m on consultants.' },
      { context: 'criminal damage and criminal records as things', clean: 'Report criminal damage at the bus shelter to the police.' },
      { context: 'criminal law and its institutions', clean: 'The council has started proceedings under the Criminal Justice Act.', unless: ['criminal justice|law|courts|court|bar|cases|case|proceedings|offence|offences|investigation|investigations|records|record|damage|behaviour|activity|exploitation|responsibility'] },
    ],
  },
  {
    id: 'crime-nouns',
    kind: 'noun',
    terms: ['crook|crooks|fraudster|fraud|thief|criminal|conman|con-man|swindler|racketeer|gangster|embezzler|charlatan|paedo|paedophile|nonce', 'con man|artist', 'paedo|paedophile apologist',
      'shyster|shysters|perjurer|forger|briber|fraudsters|embezzlers|racketeers', 'tax dodger|dodgers|cheat|cheats|evader|evaders', 'money launderer|launderers'],
    severity: 'high',
    note: 'Calling a person a criminal or a fraud alleges a crime.',
    source: DEFAMATION,
    falsePositives: [
      { context: 'crime talked about in general', clean: 'Benefit fraud is rare and a thief stole the lead from the church roof.' },
      { context: 'the police catching someone', clean: 'Well done to the police for catching the criminal who targeted pensioners.' },
      { context: 'tax dodgers in general, as a policy target', clean: 'HMRC should go after the big tax dodgers before it squeezes our budget.' },
    ],
  },
  {
    id: 'corruption-predicates',
    kind: 'predicate',
    terms: ['bent|bought', 'bent as a|an', 'on the take', 'in the pocket|pockets of', 'in bed with the|a developer|developers',
      'in the developer\'s|developers\'|developers|builder\'s|landlord\'s|contractor\'s pocket|pockets', 'bought and paid for',
      'on the fiddle|make|scam|grift', 'in cahoots|league with the|a| developer|developers|builder|builders|contractor|contractors|landlord|landlords',
      'in bed with the|a| builder|builders|contractor|contractors|landlord|landlords', 'in bed with developer|developers',
      'in the pay of', 'brown envelope|envelopes', 'brown envelope|envelopes all round'],
    severity: 'high',
    note: 'Slang for being corrupt; only when said of a person.',
    source: DEFAMATION,
    falsePositives: [
      { context: 'bent and bought as ordinary words', clean: 'The railings are bent and the land was bought in 2019.' },
      { context: 'playing the fiddle', clean: 'Cllr Nolan was on the fiddle at the ceilidh, playing a jig.', unless: ['on the fiddle at|tonight|playing'] },
      { context: 'a brown envelope as stationery', clean: 'Please return the form in the brown envelope provided.' },
      { context: 'working with developers in the open', clean: 'The council is in talks with the developers about the Mill site.' },
    ],
  },
  {
    id: 'corruption-verbs',
    kind: 'verb',
    terms: [
      'took|takes|taking|accepted|accepting|accepts|pocketed bribes|backhanders|kickbacks|bungs|brown',
      'lining|lined|lines their own| pockets',
      'fiddled|fiddling|fiddles',
      'ripped|ripping|rips off',
      'ripped|ripping|rips this|the|our|us|residents|taxpayers',
      'bribed|embezzled|embezzling|embezzles',
      'stole|steals|stealing|nicked|pocketed from|money|funds|public|taxpayers|our|the',
      'cooked|cooking|cooks the books',
      'rigged|rigging|rigs|fixed the vote|ballot|election|tender|contract',
      'broke|broken|breaking|breaks the law',
      'perverted|perverting the course of justice',
      'laundering|laundered money',
      'should|must be locked up',
      'should|must be jailed|arrested|prosecuted|imprisoned',
      'should|must be in jail|prison',
      'should|must be behind bars',
      'perjured himself|herself|themselves',
      'committed|commits|committing|commit perjury|fraud|forgery',
      'defrauded|defrauding|defrauds|defraud',
      'pocketing|pockets cash|money|bribes|backhanders|developer|developers|developer\'s|developers\'|public|taxpayers\'|council|ratepayers\'',
      'pocketed cash|developer|developers|developer\'s|developers\'|taxpayers\'|council|ratepayers\'',
      'helped|helps|helping himself|herself|themselves to the|our|public|council|taxpayers\'|ratepayers\'| money|cash|funds|budget|ward|kitty|pot|allowances|expenses',
      'rigged|rigging|rigs the selection|count|consultation|process|procurement|interview|interviews|shortlist|bidding',
      'rigged|rigging|rigs a| vote|ballot|election|tender|contract|selection|count|consultation|process|procurement|interview|interviews|shortlist|bidding',
      'falsified|falsifying|falsifies|doctored|doctoring|doctors|forged|forging the|his|her| minutes|accounts|figures|books|records|expenses|signature|signatures|documents|evidence|returns|receipts',
    ],
    severity: 'high',
    note: 'An allegation that a person committed a crime or took bribes.',
    source: DEFAMATION,
    falsePositives: [
      { context: 'the council or government as the subject', clean: 'The council broke the law on bin collections, the ombudsman found.' },
      { context: 'fiddling while Rome burns, fiddling about', clean: 'Cllr Brown is fiddling while the high street burns.', unless: ['fiddling|fiddled|fiddles while|with|about|around'] },
      { context: 'stole the show', clean: 'The Riverside Singers stole the show at the summer fair.', unless: ['stole|steals|stealing the show'] },
      { context: 'a crime reported with no person accused', clean: 'Thieves stole the lead from the church roof last night.' },
      { context: 'the council or a party as subject', clean: 'The council is pocketing the parking money and the Tories rigged the consultation.' },
      { context: 'helping oneself to food', clean: 'Cllr Brown helped himself to the sandwiches at the ward surgery.' },
    ],
  },
  {
    id: 'corruption-phrases',
    kind: 'phrase',
    terms: ['lining|lined|lines his|her own| pockets', 'his|her snout|nose in the trough', 'his|her hand|hands|fingers|paws in the till|kitty|tin', 'his|her hand|hands|fingers|paws in the cookie jar'],
    severity: 'high',
    note: 'Says a person profits corruptly; the possessive names the person.',
    source: DEFAMATION,
    falsePositives: [
      { context: 'their pockets: a group or a party', clean: 'Developers are lining their pockets while residents wait for homes.' },
      { context: 'a group with its hand in the till', clean: 'The government has its hand in the till of every council in England.' },
    ],
  },
  {
    id: 'dishonesty-nouns',
    kind: 'noun',
    terms: ['liar|liars', 'liar liar pants on fire'],
    severity: 'medium',
    note: 'Calling a person a liar attacks their honesty; say what was inaccurate instead.',
    source: DEFAMATION,
    falsePositives: [
      { context: 'a book or film title', clean: 'Reading \u201cThe Liar\u201d by Stephen Fry on the train.' },
      { context: 'the children\u2019s rhyme', clean: 'Liar liar pants on fire was the theme of the school play.' },
    ],
  },
  {
    id: 'dishonesty-adjectives',
    kind: 'adjective',
    terms: ['dishonest|lying|deceitful|two-faced'],
    severity: 'medium',
    note: 'An adjective that calls a person dishonest.',
    source: DEFAMATION,
    falsePositives: [{ context: 'a claim or a leaflet', clean: 'That leaflet is dishonest about the budget.' }],
  },
  {
    id: 'dishonesty-verbs',
    kind: 'verb',
    terms: ['lied|lies|lying|lie', 'covered|covering|covers it|this|that| up',
      'telling|tells|told|tell porkies|fibs|whoppers|untruths', 'telling|tells|told|tell pork pies', 'telling|tells|told|tell barefaced|bare-faced lies', 'fibbed|fibbing'],
    severity: 'medium',
    note: 'Saying a person lied alleges dishonesty; say what was inaccurate instead.',
    source: DEFAMATION,
    falsePositives: [
      { context: 'lying down, in bed or in wait', clean: 'He was lying on the pavement when the ambulance came.', unless: ['lying|lie|lies|lay on|in|down|around|awake|low|flat|back|there|here|ill|injured|unconscious|dead|empty|idle|derelict|vacant|unused'] },
      { context: 'where a difficulty lies', clean: 'The problem lies with the funding formula.', unless: ['lies with|in|at|ahead|behind'] },
      { context: 'the administration or a party as the subject', clean: 'This administration lied about the budget.' },
      { context: 'tall tales at a storytelling event', clean: 'The library\u2019s storytime is all about pirates who tell whoppers.' },
    ],
  },
];
