/**
 * Words for the restricted-item rule. A restricted (exempt) agenda item is
 * recognised in a draft by its reference, or by two things together: its
 * subject (a distinctive word of its title: "Riverside", "depot", "Kingsway")
 * and its matter (what the confidential business is: a sale, a purchase, a
 * contract renegotiation, an investigation…), each matter written as the
 * words a title uses and the words a post uses for it. The subject alone is
 * ordinary service news ("Riverside Leisure Centre pool reopens"); the matter
 * alone is policy talk ("council land should go to open auction").
 *
 * Pattern syntax as in lexicon.ts. Every false-positive example is run by
 * tests/unit/restricted-item-lexicon.test.ts with a restricted item on that subject.
 */
import type { LexiconEntry } from './lexicon';

export type Matter =
  | 'sale'
  | 'purchase'
  | 'contract'
  | 'investigation'
  | 'procurement'
  | 'staffing'
  | 'cpo'
  | 'selection'
  | 'enforcement'
  | 'legal';

export interface MatterEntry extends LexiconEntry<Matter> {
  /** Words in an agenda title that make an item this matter. */
  title: string[];
}

const SCH12A = 'Local Government Act 1972, Schedule 12A';

export const MATTERS: MatterEntry[] = [
  {
    id: 'sale',
    kind: 'sale',
    title: ['disposal', 'dispose', 'sale', 'sell', 'lease', 'leasehold', 'freehold'],
    terms: ['disposal', 'dispose|disposing', 'sale', 'sell|selling|sold', 'sell-off|selloff', 'bidder|bidders|buyer|buyers', 'valuation|valued', 'deal', 'lease'],
    note: 'Land and property disposals: terms, bidders and values are exempt (para 3) until the deal is done.',
    source: `${SCH12A}, para 3`,
    falsePositives: [{ context: 'The site in ordinary service news.', clean: 'Mill Lane depot recycling centre is closed on bank holiday Monday.' }],
  },
  {
    id: 'purchase',
    kind: 'purchase',
    title: ['acquisition', 'acquire', 'purchase', 'buy'],
    terms: ['acquisition', 'acquire|acquiring', 'purchase|purchasing', 'buy|buying|bought', 'price', 'pay', 'valuation', 'deal'],
    note: 'Purchases: the price and terms are exempt (para 3).',
    source: `${SCH12A}, para 3`,
    falsePositives: [
      { context: 'A public item on the same site.', clean: 'Kingsway public realm improvements approved: new benches, trees and better lighting on the way!' },
    ],
  },
  {
    id: 'contract',
    kind: 'contract',
    title: ['contract', 'contracts', 'renegotiation', 'negotiation', 'negotiations'],
    terms: ['contract|contracts', 'renegotiation|renegotiations|renegotiate|renegotiating', 'negotiation|negotiations|negotiating', 'talks', 'subsidy'],
    note: 'Contract negotiations: the council\u2019s and the contractor\u2019s positions are exempt (para 3).',
    source: `${SCH12A}, para 3`,
    falsePositives: [
      { context: 'The site with no contract business.', clean: 'Riverside Leisure Centre pool reopens on Monday after the filter repairs.' },
    ],
  },
  {
    id: 'investigation',
    kind: 'investigation',
    title: ['investigation', 'irregularities', 'fraud', 'whistleblowing'],
    terms: ['investigation|investigations|investigating|investigated', 'probe', 'irregularities|irregularity', 'fraud', 'looking into', 'inquiry'],
    note: 'Investigations into possible wrongdoing (paras 1, 2 and 7).',
    source: `${SCH12A}, paras 1, 2 and 7`,
    falsePositives: [
      { context: 'A public item on the same agenda.', clean: "Audit Committee tonight: the external auditor's annual report is on the public agenda." },
    ],
  },
  {
    id: 'procurement',
    kind: 'procurement',
    title: ['procurement', 'tender', 'tenders'],
    terms: ['procurement', 'tender|tenders|tendering', 'bid|bids|bidder|bidders'],
    note: 'Procurement: bids and bidders are exempt (para 3).',
    source: `${SCH12A}, para 3`,
    falsePositives: [{ context: 'General policy on procurement.', clean: 'We should buy local wherever procurement rules allow.' }],
  },
  {
    id: 'staffing',
    kind: 'staffing',
    title: ['restructure', 'restructuring', 'redundancy', 'redundancies', 'staffing', 'disciplinary', 'dismissal'],
    terms: ['restructure|restructuring|restructured', 'redundancy|redundancies|redundant', 'deleted', 'axed', 'job|post is|are going', 'jobs|posts are going', 'disciplinary', 'dismissal|dismissed|sacked'],
    note: 'Information about individual officers and restructures before staff are told (paras 1 and 4).',
    source: `${SCH12A}, paras 1 and 4`,
    falsePositives: [{ context: 'Recruitment the council has announced.', clean: 'Riverton Council is recruiting a new Director of Place: apply by Friday.' }],
  },
  {
    id: 'cpo',
    kind: 'cpo',
    title: ['compulsory purchase', 'cpo'],
    terms: ['compulsory purchase', 'cpo|cpos'],
    note: 'A compulsory purchase strategy before it is published (para 3).',
    source: `${SCH12A}, para 3`,
    falsePositives: [
      { context: 'Public consultation on the same scheme.', clean: 'Eastfield regeneration drop-in at the community centre on Saturday. Come and see the public plans.' },
    ],
  },
  {
    id: 'selection',
    kind: 'selection',
    title: ['selection', 'preferred developer', 'preferred bidder', 'preferred partner', 'preferred operator', 'award'],
    terms: [
      'preferred developer|bidder|partner|operator|supplier',
      'bid|bids|bidder|bidders',
      'winner',
      'winning bid',
      'picked|chosen|selected|shortlisted|shortlist',
    ],
    note: 'Selection of a developer or contractor before the decision is published (para 3).',
    source: `${SCH12A}, para 3`,
    falsePositives: [
      { context: 'Public consultation on the same project.', clean: 'Have your say on the bus station regeneration designs: consultation open until 30 June.' },
    ],
  },
  {
    id: 'enforcement',
    kind: 'enforcement',
    title: ['enforcement', 'prosecution', 'injunction'],
    terms: ['enforcement', 'prosecute|prosecution|prosecuting', 'injunction'],
    note: 'Action the council intends to take against a person (para 6) and the advice on it (para 5).',
    source: `${SCH12A}, paras 5 and 6`,
    falsePositives: [
      {
        context: 'Telling residents how to report a breach to the enforcement team.',
        clean: 'Concerned about unauthorised works on Hollow Lane? Report it on the council website and the enforcement team will look into it.',
        unless: ['enforcement team|officer|officers|service'],
      },
    ],
  },
  {
    id: 'legal',
    kind: 'legal',
    title: ['legal advice', 'counsel', 'litigation', 'legal'],
    terms: ['legal advice', 'lawyer|lawyers', 'counsel', 'barrister|barristers', 'in court', 'litigation', 'legal opinion'],
    note: 'Legal advice to the council is privileged (para 5).',
    source: `${SCH12A}, para 5`,
    falsePositives: [{ context: 'Advice services for residents.', clean: 'Free legal advice clinic at the library every Tuesday.' }],
  },
];

/** Title words that name nothing in particular: never a subject on their own. */
export const GENERIC_TITLE_WORDS = new Set([
  'the', 'of', 'and', 'a', 'an', 'at', 'to', 'for', 'in', 'on', 'into', 'with', 'from', 'by', 'off', 'or',
  'land', 'site', 'centre', 'center', 'council', 'report', 'reports', 'update', 'item', 'review', 'annual', 'new',
  'town', 'city', 'borough', 'road', 'street', 'lane', 'avenue', 'strategy', 'proposal', 'proposals', 'options',
  'scheme', 'project', 'plan', 'plans', 'public', 'private', 'senior', 'management', 'committee', 'exempt',
  'confidential', 'part', 'appendix', 'business', 'matter', 'matters', 'case', 'property', 'building', 'works',
  'service', 'services', 'action', 'place', 'deal', 'estate', 'advice', 'improvements', 'programme', 'phase',
  'further', 'final', 'draft', 'approval', 'decision', 'budget', 'fund', 'funding', 'grant', 'results', 'local',
]);

/** Words around a mention that reveal the content (high severity). Pattern syntax. */
export const REVEAL_CUES: string[] = [
  'want|wants|wanted',
  'asking for',
  'has|have asked for',
  'asked to pay',
  'is|are going to',
  "is|are|'s being",
  'deal',
  'bid|bids|bidder|winner',
  'price|valuation|worth|cost|costs',
  'says|said|shows|recommends|recommend',
  'think|thinks',
  'lose|losing|walk',
  'stalled|trouble|grim|worst',
  'lined up',
  'picked|chosen',
  'between us',
  'off the record',
  "i'm told",
  'word is',
  'heard it here first',
  'read between the lines',
  'big news',
  "won't be",
  'will not be',
];

/** Wording that only says an item is taken in private, or asks for it to be public. Pattern syntax. */
export const PROCEDURAL_CUES: string[] = [
  'in private',
  'private session',
  'exempt information',
  'press and public',
  'is exempt',
  'exempt item',
  "can't|cannot|won't comment",
  'be published',
  'publish the|it|them',
  'in public',
  'open session',
  'deserve to know',
  'commercially sensitive',
];

/** Signs the decision has since been made public. Pattern syntax. */
export const PUBLISHED_CUES: string[] = [
  'announced|confirmed today',
  "council's announcement",
  'has|have been announced|published',
  'now public|published',
  'published today',
  'press release',
];
