/**
 * Meeting dates as Modern.gov writes them. The real service sends "10/02/2026"
 * (day first) with the time of day in a separate <meetingtime> ("10.00 am");
 * other projects' parsers also accept "10/12/2025 19:00:00" and ISO dates,
 * kept here because they cost nothing. The end is the actual finish time once
 * the meeting has happened (a meeting that ran late ended then), else the
 * planned finish time ("2.00 pm"); with neither there is no end, and the
 * engine and the options page treat the end as assumed. Times are London
 * wall-clock times.
 */
import { londonToInstant, parseClockTime, toInstantString } from './london-time';
import { fail, ok, type Result } from './result';

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}:\d{2}(?::\d{2})?))?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export interface FinishTimes {
  planned?: string;
  actual?: string;
}

export function parseMeetingWhen(date: string, time: string, finish: FinishTimes = {}): Result<{ start: string; end?: string }> {
  const uk = UK_DATE.exec(date.trim());
  const iso = uk ? null : ISO_DATE.exec(date.trim());
  if (!uk && !iso) return fail(date.trim() ? `unreadable meeting date "${date.trim()}"` : 'no meeting date (<meetingdate>)');
  const [year, month, day] = uk ? [uk[3]!, uk[2]!, uk[1]!] : [iso![1]!, iso![2]!, iso![3]!];
  const calendarDate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (new Date(`${calendarDate}T00:00:00Z`).toISOString().slice(0, 10) !== calendarDate) {
    return fail(`no such date "${date.trim()}"`);
  }
  const offset = iso?.[5];
  if (offset && !time.trim()) {
    // Already an instant: keep it, in UTC.
    return ok({ start: toInstantString(Date.parse(`${calendarDate}T${iso![4]}${offset}`)) });
  }
  const embedded = uk?.[4] ?? iso?.[4];
  // A time of day left unknown reads as midnight: the meeting still counts for its agenda, not as "in session".
  const clock = parseClockTime(time) ?? (embedded ? parseClockTime(embedded) : undefined) ?? '00:00:00';
  const start = londonToInstant(calendarDate, clock);
  // A finish time no later than the start (a typing slip, or past midnight) says nothing reliable.
  const ends = [finish.actual, finish.planned]
    .map((value) => parseClockTime(value ?? ''))
    .map((endClock) => (endClock ? londonToInstant(calendarDate, endClock) : undefined))
    .filter((end): end is string => end !== undefined && Date.parse(end) > Date.parse(start));
  return ok(ends[0] ? { start, end: ends[0] } : { start });
}
