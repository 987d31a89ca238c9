/**
 * Meeting dates as Modern.gov writes them: "10/12/2025" (always day first),
 * "10/12/2025 19:00:00", "2025-12-10T19:00:00", with the time of day in a
 * separate <meetingtime> ("19:00", "7.00 pm") that wins when present. Times
 * are London wall-clock times.
 */
import { londonToInstant, parseClockTime, toInstantString } from './london-time';
import { fail, ok, type Result } from './result';

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}:\d{2}(?::\d{2})?))?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseMeetingWhen(date: string, time: string, endTime: string): Result<{ start: string; end?: string }> {
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
  const endClock = parseClockTime(endTime);
  const end = endClock ? londonToInstant(calendarDate, endClock) : undefined;
  return ok(end && end > start ? { start, end } : { start });
}
