/** The page's translator and locale, set once at the root so every component speaks the user's language. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { createTranslator, type Locale, type Translate } from '../../utils/i18n';

interface I18n {
  t: Translate;
  locale: Locale;
}

const I18nContext = createContext<I18n>({ t: createTranslator('en-GB'), locale: 'en-GB' });

export function I18nProvider({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  return <I18nContext.Provider value={{ t: createTranslator(locale), locale }}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
