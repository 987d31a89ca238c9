/** The rules' own texts are English; other locales override them here (see ../catalogues.ts for the UI). */
import type { RuleTexts } from '../../utils/engine/types';
import type { Locale } from '../../utils/i18n/locale';
import { cyRuleTexts } from './cy';

export const RULE_TEXTS: Record<Locale, RuleTexts> = {
  'en-GB': {},
  cy: cyRuleTexts,
};
