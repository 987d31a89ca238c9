/**
 * Dates and times as a UK council writes them, in the user's language and in UK time (see
 * utils/i18n/dates.ts for why Welsh does not come from Intl).
 */
import type { Locale } from '../../utils/i18n';
import { dateTime, longDate, timeOfDay } from '../../utils/i18n/dates';

/** "Wed, 11 Mar 2026, 18:30" */
export const formatDateTime = (instant: string | Date, locale: Locale): string => dateTime(new Date(instant), locale);

/** A YYYY-MM-DD calendar date: "Thursday, 7 May 2026". */
export const formatDate = (date: string, locale: Locale): string => longDate(new Date(`${date}T12:00:00Z`), locale);

/** "18:30" */
export const formatTime = (instant: string | Date, _locale: Locale): string => timeOfDay(new Date(instant));
