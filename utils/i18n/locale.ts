/**
 * The languages every string the user sees exists in. Welsh councils are bound by the Welsh
 * Language Standards, so Cymraeg is a first-class locale, not a translation left for later.
 */
export const LOCALES = ['en-GB', 'cy'] as const;
export type Locale = (typeof LOCALES)[number];

/** What the user chose: follow the browser, or a fixed language. */
export const LANGUAGE_PREFERENCES = ['auto', ...LOCALES] as const;
export type LanguagePreference = (typeof LANGUAGE_PREFERENCES)[number];

/**
 * The locale to show. "auto" takes the first browser language we have ("cy", "cy-GB" → Welsh;
 * any English → en-GB) and falls back to en-GB: Chrome itself has no Welsh UI, so a Welsh
 * speaker on Chrome chooses Welsh in the options page rather than through the browser.
 */
export function resolveLocale(preference: LanguagePreference, browserLanguages: readonly string[]): Locale {
  if (preference !== 'auto') return preference;
  for (const language of browserLanguages) {
    const primary = language.toLowerCase().split(/[-_]/)[0];
    if (primary === 'cy') return 'cy';
    if (primary === 'en') return 'en-GB';
  }
  return 'en-GB';
}

/** The browser's languages, in order of preference, where a page or extension context can see them. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language].filter(Boolean);
}
