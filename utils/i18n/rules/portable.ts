/**
 * The rules' texts in another language as plain data, so the background can hand them to a
 * content script in its answer (utils/messaging/guard.ts). The Welsh catalogue is about 19 kB
 * gzipped that every X and Facebook tab would otherwise carry for the few users who read it
 * (docs/build.md). A message keeps no symbol keys and no functions: the symbol-keyed values and
 * replacements become fields, and a date placeholder keeps only the data field it is written from
 * (every rule date is a day and month, written here in the locale).
 */
import { REPLACEMENTS, VALUES, type RuleMessage, type RuleTexts } from '../../engine/types';
import { dayAndMonth } from '../dates';
import type { Locale } from '../locale';

export interface PortableRuleText {
  description?: string;
  source?: string;
  messages?: Readonly<Record<string, RuleMessage>>;
  words?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** By placeholder: the data field holding the instant. */
  dates?: Readonly<Record<string, string>>;
  replacements?: Readonly<Record<string, string>>;
}
export type PortableRuleTexts = Readonly<Record<string, PortableRuleText>>;

export function toPortable(texts: RuleTexts): PortableRuleTexts {
  return Object.fromEntries(
    Object.entries(texts).map(([id, entry]) => {
      const { description, source, messages, [VALUES]: values, [REPLACEMENTS]: replacements } = entry;
      const dates = values?.dates && Object.fromEntries(Object.entries(values.dates).map(([key, date]) => [key, date.from]));
      const portable: PortableRuleText = {
        ...(description !== undefined ? { description } : {}),
        ...(source !== undefined ? { source } : {}),
        ...(messages ? { messages } : {}),
        ...(values?.words ? { words: values.words } : {}),
        ...(dates ? { dates } : {}),
        ...(replacements ? { replacements } : {}),
      };
      return [id, portable];
    }),
  );
}

export function fromPortable(portable: PortableRuleTexts, locale: Locale): RuleTexts {
  const format = (instant: Date) => dayAndMonth(instant, locale);
  return Object.fromEntries(
    Object.entries(portable).map(([id, { words, dates, replacements, ...texts }]) => {
      const values = words || dates ? { ...(words ? { words } : {}), ...(dates ? { dates: Object.fromEntries(Object.entries(dates).map(([key, from]) => [key, { from, format }])) } : {}) } : undefined;
      return [id, { ...texts, ...(values ? { [VALUES]: values } : {}), ...(replacements ? { [REPLACEMENTS]: replacements } : {}) }];
    }),
  );
}
