/**
 * Marriage and civil partnership (Equality Act 2010 s.8). Little abusive
 * vocabulary attaches to being married or in a civil partnership; what there
 * is mostly mocks same-sex unions, listed here.
 */
import { EQA, GUIDANCE } from './sources';
import type { LexiconEntry } from './types';

export const MARRIAGE_CIVIL_PARTNERSHIP: LexiconEntry[] = [
  {
    id: 'marriage/not-real-marriage',
    terms: ['not a real marriage', 'not real marriages', 'not a proper marriage', 'isn t a real marriage', 'aren t real marriages', 'fake marriage', 'fake marriages', 'pretend marriage', 'pretend marriages'],
    characteristic: 'marriage-civil-partnership',
    kind: 'mocking',
    severity: 'medium',
    note: 'Denies that a same-sex marriage or civil partnership is real; only counted where the sentence mentions one.',
    source: `${EQA.marriage}; ${EQA.sexualOrientation}; ${GUIDANCE.stonewall}`,
    requires: ['gay', 'gays', 'lesbian*', 'same sex', 'civil partner*', 'two men', 'two women', 'homosexual*'],
    falsePositives: [{ context: 'sham marriages in immigration enforcement', example: 'The Home Office found it was a fake marriage arranged for a visa.' }],
    flagged: ['Gay weddings are [[not a real marriage]]'],
  },
  {
    id: 'marriage/living-in-sin',
    terms: ['living in sin', 'live in sin', 'lives in sin', 'born out of wedlock', 'illegitimate child', 'illegitimate children'],
    characteristic: 'marriage-civil-partnership',
    kind: 'mocking',
    severity: 'low',
    note: 'Judges people for their marital status or their parents\u2019: a heads-up, since it reads as moralising from an elected member.',
    source: `${EQA.marriage}; ${GUIDANCE.lgaCode}`,
    flagged: ['The new mayor is [[living in sin]]'],
  },
];
