/**
 * Welsh texts for every rule: description, source and each message, split by category so each
 * file stays readable. tests/unit/i18n-catalogues.test.ts checks that every registered rule and
 * message is here with the English placeholders.
 */
import { REPLACEMENTS, type RuleTexts } from '../../../utils/engine/types';
import { CY_REPLACEMENTS } from './replacements';
import { committees } from './committees';
import { confidential } from './confidential';
import { discrimination } from './discrimination';
import { personalData } from './personal-data';
import { model } from './model';
import { political } from './political';
import { respect } from './respect';
import { specialCategory } from './special-category';

const texts: RuleTexts = {
  ...personalData,
  ...specialCategory,
  ...confidential,
  ...discrimination,
  ...respect,
  ...political,
  ...committees,
  ...model,
};

export const cyRuleTexts: RuleTexts = Object.fromEntries(
  Object.entries(texts).map(([id, entry]) => [id, CY_REPLACEMENTS[id] ? { ...entry, [REPLACEMENTS]: CY_REPLACEMENTS[id] } : entry]),
);
