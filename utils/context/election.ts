/**
 * The pre-election period: from the notice of election to polling day, in UK
 * local time. When only polling day is known, the period starts on the latest
 * day the notice may be published: the 25th working day before the poll, as
 * the election timetable rules count days (Local Elections (Principal Areas)
 * (England and Wales) Rules 2006, Sch. 1 r.2: Saturdays, Sundays, Christmas
 * Eve, Christmas Day, Good Friday and bank holidays in England and Wales are
 * disregarded).
 */
import type { z } from 'zod';
import type { electionSchema } from '../engine/request';
import { hasBankHolidayData, isBankHoliday } from './bank-holidays';

export type Election = z.output<typeof electionSchema>;
export const NOTICE_WORKING_DAYS = 25;

/** The calendar date (YYYY-MM-DD) of an instant in Europe/London. */
export function londonDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whole-day arithmetic on YYYY-MM-DD, done in UTC so clock changes never shift a day. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A day the election timetable counts (not a "dies non"). */
export function isTimetableWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const monthDay = date.slice(5);
  // Christmas Eve is a dies non but not a bank holiday, so the table does not list it.
  if (monthDay === '12-24' || monthDay === '12-25') return false;
  // Good Friday and Christmas Day are common-law holidays; date-holidays lists both among GB's holidays.
  return !isBankHoliday(date);
}

/** The nth timetable working day before `date`. */
export function workingDaysBefore(date: string, n: number): string {
  let day = date;
  for (let counted = 0; counted < n; ) {
    day = addDays(day, -1);
    if (isTimetableWorkingDay(day)) counted++;
  }
  return day;
}

/**
 * The last day the notice of election may be published for a poll on `poll`.
 * Outside the years the holiday table covers, only weekends and Christmas are
 * skipped, so the date may be a few days late: `exact` says which it is.
 */
export function noticeDeadline(poll: string): { date: string; exact: boolean } {
  const date = workingDaysBefore(poll, NOTICE_WORKING_DAYS);
  return { date, exact: hasBankHolidayData(poll) && hasBankHolidayData(date) };
}

/** First and last day (inclusive) of the pre-election period, or undefined with no poll date. */
export function preElectionPeriod(election: Election | undefined): { start: string; end: string } | undefined {
  if (!election?.poll) return undefined;
  const start = election.noticeOfElection ?? noticeDeadline(election.poll).date;
  return { start, end: election.poll };
}

/** True from 00:00 on the notice day to 23:59:59 on polling day, UK local time. */
export function isPreElection(now: Date, election: Election | undefined): boolean {
  const period = preElectionPeriod(election);
  if (!period) return false;
  const today = londonDate(now);
  return today >= period.start && today <= period.end;
}
