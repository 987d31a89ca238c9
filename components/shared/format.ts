/**
 * Dates and times as a UK council writes them, in the user's language. Meetings are in UK time
 * whatever the computer's zone, so the zone is fixed to Europe/London.
 */
import type { Locale } from '../../utils/i18n';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/London', ...options })));
  return format;
}

/** "Wed 11 Mar 2026, 18:30" */
export const formatDateTime = (instant: string | Date, locale: Locale): string =>
  formatter(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(
    new Date(instant),
  );

/** A YYYY-MM-DD calendar date: "Thursday 7 May 2026". */
export const formatDate = (date: string, locale: Locale): string =>
  formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${date}T12:00:00Z`));

/** "18:30" */
export const formatTime = (instant: string | Date, locale: Locale): string =>
  formatter(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
