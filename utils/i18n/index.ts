/**
 * `createTranslator(locale)` → `t('panel.edit')`. Keys are checked by the compiler; a key missing
 * at run time (only possible through a bad cast) shows the English text, never an empty string.
 */
import { CATALOGUES, type MessageKey } from './catalogues';
import type { Locale } from './locale';
import { format, pick, type Params, type Template } from './translate';

export type Translate = (key: MessageKey, params?: Params) => string;

function lookup(locale: Locale, key: MessageKey): Template | undefined {
  const dot = key.indexOf('.');
  const area = CATALOGUES[locale][key.slice(0, dot) as keyof (typeof CATALOGUES)[Locale]];
  return area?.[key.slice(dot + 1)];
}

export function createTranslator(locale: Locale): Translate {
  return (key, params = {}) => {
    const template = lookup(locale, key) ?? lookup('en-GB', key) ?? key;
    return format(pick(template, locale, params), params);
  };
}

export { LOCALES, LANGUAGE_PREFERENCES, resolveLocale, browserLanguages, type Locale, type LanguagePreference } from './locale';
export type { MessageKey } from './catalogues';
