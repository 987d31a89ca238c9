/** Pregnancy and maternity (Equality Act 2010 s.4, s.18): mocking terms about mothers and pregnancy. */
import { EQA, GUIDANCE } from './sources';
import type { LexiconEntry } from './types';

const SOURCE = `${EQA.pregnancy}; ${EQA.sex}; ${GUIDANCE.ehrcHarassment}`;

export const PREGNANCY_MATERNITY: LexiconEntry[] = [
  {
    id: 'pregnancy/pram-face',
    terms: ['pram face', 'pramface', 'pram faces', 'gymslip mum', 'gymslip mums', 'gymslip mother', 'gymslip mothers'],
    characteristic: 'pregnancy-maternity',
    kind: 'mocking',
    severity: 'medium',
    note: 'Tabloid put-downs of young mothers.',
    source: SOURCE,
    alternatives: ['young mother'],
    alternativesByTerm: { 'pram faces': ['young mothers'], 'gymslip mums': ['young mothers'], 'gymslip mothers': ['young mothers'] },
    flagged: ['Another [[pram face]] in the council flats'],
  },
  {
    id: 'pregnancy/popping-out',
    terms: ['popping out babies', 'popping out kids', 'pop out babies', 'pop out kids', 'churning out babies', 'churning out kids', 'breeding for benefits', 'got herself pregnant', 'get themselves pregnant', 'getting themselves pregnant', 'got herself knocked up'],
    characteristic: 'pregnancy-maternity',
    kind: 'mocking',
    severity: 'medium',
    note: 'Stereotypes mothers (often single or on benefits) as having children for money, or blames the woman alone for a pregnancy.',
    source: SOURCE,
    flagged: ['They just keep [[popping out babies]] for the child benefit'],
  },
  {
    id: 'pregnancy/breeders',
    terms: ['breeders'],
    characteristic: 'pregnancy-maternity',
    kind: 'mocking',
    severity: 'medium',
    note: 'A sneer at parents; councils also license dog breeders, so animal contexts stay clean.',
    source: SOURCE,
    alternatives: ['parents'],
    falsePositives: [{ context: 'animal breeders the council licenses', phrases: ['dog breeders', 'licensed breeders', 'cattle breeders', 'horse breeders', 'pedigree breeders', 'livestock breeders', 'puppy breeders', 'plant breeders'], nearby: ['dog*', 'puppy', 'puppies', 'cat', 'cats', 'kitten*', 'horse*', 'cattle', 'livestock', 'sheep', 'pedigree', 'licen*', 'animal*', 'bird*', 'plant*', 'seed*', 'rspca'], example: 'Unlicensed dog breeders face fines under the new animal welfare licensing rules.' }],
    flagged: ['Schools full of kids of [[breeders]] on benefits'],
  },
  {
    id: 'pregnancy/baby-brain',
    terms: ['baby brain', 'mummy brain', 'mum brain', 'maternity holiday', 'extended holiday on maternity'],
    characteristic: 'pregnancy-maternity',
    kind: 'mocking',
    severity: 'low',
    note: 'Casts pregnancy or maternity leave as making a woman less capable, or as a holiday.',
    source: SOURCE,
    flagged: ['Forgive the new cabinet member, [[baby brain]]'],
  },
];
