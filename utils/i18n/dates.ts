/**
 * Dates and times in UK time (meetings happen in UK time whatever the computer's zone), in the
 * user's language. Welsh words come from our own tables, not Intl: Chrome ships no Welsh ICU data
 * (it falls back to English month names), and CLDR's Welsh day-and-month pattern puts the month
 * first ("Mawrth 12") where Welsh writes "12 Mawrth". Only the numbers come from Intl.
 */
import type { Locale } from './locale';

const MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const MONTHS_SHORT = ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'];
const DAYS = ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'];
const DAYS_SHORT = ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwe', 'Sad'];

const LONDON_NUMBERS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

interface LondonParts {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday, as Date.getUTCDay. */
  weekday: number;
  time: string;
}

function londonParts(instant: Date): LondonParts {
  const parts = LONDON_NUMBERS.formatToParts(instant);
  // Numbers, not the text: en-GB pads the day ("01") even when asked for "numeric".
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((one) => one.type === type)?.value ?? '';
  const [year, month, day] = [Number(part('year')), Number(part('month')), Number(part('day'))];
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(), time: `${part('hour')}:${part('minute')}` };
}

const english = new Map<string, Intl.DateTimeFormat>();
function englishFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = english.get(key);
  if (!format) english.set(key, (format = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', ...options })));
  return format;
}

/** "12 March" / "12 Mawrth". */
export function dayAndMonth(instant: Date, locale: Locale = 'cy'): string {
  if (locale === 'en-GB') return englishFormat({ day: 'numeric', month: 'long' }).format(instant);
  const { day, month } = londonParts(instant);
  return `${day} ${MONTHS[month - 1]}`;
}

/** "Wed, 11 Mar 2026, 18:30" / "Mer, 11 Maw 2026, 18:30" (the comma after the day is ICU's en-GB form, kept in both). */
export function dateTime(instant: Date, locale: Locale): string {
  if (locale === 'en-GB') {
    return englishFormat({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(instant);
  }
  const { year, month, day, weekday, time } = londonParts(instant);
  return `${DAYS_SHORT[weekday]}, ${day} ${MONTHS_SHORT[month - 1]} ${year}, ${time}`;
}

/** "Thursday, 7 May 2026" / "Dydd Iau, 7 Mai 2026". */
export function longDate(instant: Date, locale: Locale): string {
  if (locale === 'en-GB') return englishFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
  const { year, month, day, weekday } = londonParts(instant);
  return `${DAYS[weekday]}, ${day} ${MONTHS[month - 1]} ${year}`;
}

/** "18:30", the same in both languages. */
export const timeOfDay = (instant: Date): string => londonParts(instant).time;
