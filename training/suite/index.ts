import type { SuiteCase } from './types';
import type { FamilySpec } from './spec';
import { expandFamilies } from './generate';
import { discriminationFamilies } from './discrimination';
import { respectFamilies } from './respect';
import { predeterminationFamilies } from './predetermination';
import { confidentialFamilies } from './confidential';

export type { SuiteCase, ModelCategory } from './types';

export const allFamilies: readonly FamilySpec[] = [...discriminationFamilies, ...respectFamilies, ...predeterminationFamilies, ...confidentialFamilies];

/** The UK functional suite: the same cases, in the same order, for the same seed. */
export function generateSuite(seed = 1): SuiteCase[] {
  return expandFamilies(allFamilies, seed);
}
