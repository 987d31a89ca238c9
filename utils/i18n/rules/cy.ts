/** Welsh texts for every rule: description, source and each message. Filled rule by rule; a test checks completeness. */
import type { RuleTexts } from '../../engine/types';

export const cyRuleTexts: RuleTexts = {};
