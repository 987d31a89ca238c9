/**
 * Gender reassignment (Equality Act 2010 s.7): slurs and mockery of trans
 * people. Debate about sex and gender policy is not flagged: gender-critical
 * belief is itself protected (Forstater v CGD Europe [2021]), so only slurs and
 * ridicule are listed, not contested vocabulary.
 */
import { EQA, GUIDANCE } from './sources';
import type { LexiconEntry } from './types';

const SOURCE = `${EQA.genderReassignment}; ${GUIDANCE.transLanguage}; ${GUIDANCE.ofcom}`;

export const GENDER_REASSIGNMENT: LexiconEntry[] = [
  {
    id: 'trans/tranny',
    terms: ['tranny', 'trannies', 'trannie', 'trannys', 'trany'],
    characteristic: 'gender-reassignment',
    kind: 'slur',
    severity: 'high',
    note: 'A slur for trans people, especially trans women. In British English "tranny" is also slang for a Ford Transit van (and, dated, a transistor radio), so those contexts stay clean.',
    source: SOURCE,
    alternatives: ['trans woman'],
    alternativesByTerm: { trannies: ['trans women'], trannys: ['trans women'] },
    falsePositives: [{ context: 'a Transit van or a transistor radio', phrases: ['tranny van', 'tranny vans'], nearby: ['van', 'vans', 'transit', 'ford', 'gearbox', 'engine', 'mot', 'tipper', 'radio', 'pickup', 'driver'], example: 'Nicked tools from the back of a tranny van on Mill Road; Ford Transit owners, lock up.' }],
    flagged: ['a [[tranny]] in the ladies\u2019 changing rooms'],
  },
  {
    id: 'trans/shemale',
    terms: ['shemale', 'shemales', 'she male', 'she males', 'ladyboy', 'ladyboys', 'lady boy', 'lady boys', 'troon', 'troons', 'trannoid', 'trannoids'],
    characteristic: 'gender-reassignment',
    kind: 'slur',
    severity: 'high',
    note: 'Slurs for trans people; "troon" spread on British social media.',
    source: SOURCE,
    alternatives: ['trans woman'],
    falsePositives: [{ context: 'Troon, the town in Ayrshire', capitalised: true, example: 'Congratulations to Troon for hosting the Open.' }],
    flagged: ['Another [[troon]] on the panel'],
  },
  {
    id: 'trans/man-in-a-dress',
    terms: ['man in a dress', 'men in dresses', 'bloke in a dress', 'blokes in dresses', 'bloke in a wig', 'man in a wig'],
    characteristic: 'gender-reassignment',
    kind: 'mocking',
    severity: 'medium',
    note: 'Ridicules trans women as men in costume.',
    source: SOURCE,
    alternatives: ['trans woman'],
    alternativesByTerm: { 'men in dresses': ['trans women'], 'blokes in dresses': ['trans women'] },
    falsePositives: [{ context: 'pantomime dames and drag, where no trans person is meant', nearby: ['panto*', 'pantomime*', 'dame', 'drag'], example: 'The panto dame this year is a man in a dress, oh yes he is!' }],
    flagged: ['Not having a [[man in a dress]] in the ladies'],
  },
  {
    id: 'trans/sex-change',
    terms: ['sex change', 'sex changes', 'sex change operation', 'sex swap', 'sex swaps'],
    characteristic: 'gender-reassignment',
    kind: 'outdated',
    severity: 'low',
    note: 'Outdated and sensational; IPSO and Trans Media Watch suggest "transition".',
    source: SOURCE,
    alternatives: ['transition'],
    alternativesByTerm: { 'sex changes': ['transitions'], 'sex change operation': ['gender-affirming surgery'] },
    flagged: ['She had a [[sex change]] years ago'],
  },
];
