/** Plain-words names for the engine's categories (the ids stay the public contract). */
import type { Category } from '../utils/engine/types';

export const CATEGORY_LABEL = {
  'personal-data': 'Personal data',
  'special-category': 'Sensitive personal information',
  confidential: 'Confidential business',
  predetermination: 'Predetermination',
  discrimination: 'Discrimination',
  respect: 'Respect',
  political: 'Political content',
  imprint: 'Election imprint',
  meeting: 'Posting during a meeting',
} as const satisfies Record<Category, string>;
