/**
 * `createTranslator(locale)` → `t('panel.edit')`, over every catalogue (the extension's pages).
 * Keys are checked by the compiler. Content scripts use `createOverlayTranslator` (./overlay.ts).
 */
import { CATALOGUES, type MessageKey } from './catalogues';
import type { Locale } from './locale';
import { translator, type Params } from './translate';

export type Translate = (key: MessageKey, params?: Params) => string;

export const createTranslator = (locale: Locale): Translate => translator<MessageKey>(CATALOGUES, locale);

export { LOCALES, LANGUAGE_PREFERENCES, resolveLocale, browserLanguages, type Locale, type LanguagePreference } from './locale';
export type { MessageKey } from './catalogues';
export type { OverlayKey, OverlayTranslate } from './overlay';
