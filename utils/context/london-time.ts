/**
 * Council meeting times are wall-clock times in the UK. These turn a London
 * date and time into an instant, across the clock changes, with Intl only
 * (no timezone library in the content script).
 */

/** Minutes London is ahead of UTC at `instant` (0 in winter, 60 in summer). */
function londonOffsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * "2025-12-10", "19:00:00" in London → "2025-12-10T19:00:00Z". A time that
 * does not exist (skipped by the spring change) is read as the hour after;
 * a time that happens twice (autumn) is read as the first.
 */
export function londonToInstant(date: string, time = '00:00:00'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour = 0, minute = 0, second = 0] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // London is UTC+1 or UTC+0; the earlier reading that London itself agrees with wins.
  for (const offset of [60, 0]) {
    const instant = wall - offset * 60_000;
    if (londonOffsetMinutes(instant) === offset) return toInstantString(instant);
  }
  return toInstantString(wall); // in the spring gap: UTC+0 reading, which is the hour after
}

export const toInstantString = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/** "7.00 pm", "7pm", "19:00", "19:00:00", "10.30am" → "HH:MM:SS"; undefined if unreadable. */
export function parseClockTime(text: string): string | undefined {
  if (/^12(\.00|:00)?\s*(noon|midday)$/i.test(text.trim())) return '12:00:00';
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const second = Number(match[3] ?? 0);
  const meridiem = match[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem === undefined && match[2] === undefined) return undefined; // a bare "7" is not a time
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hour)}:${pad(minute)}:${pad(second)}`;
}
