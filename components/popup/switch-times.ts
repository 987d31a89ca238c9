/** The popup's short-lived switches: when a pause ends, and when the user says their meeting ends. */

export const PAUSE_MINUTES = 60;

export const pauseUntil = (now: Date): string => new Date(now.getTime() + PAUSE_MINUTES * 60_000).toISOString();

/**
 * "21:30" typed in the popup → the next time the clock shows 21:30 in this browser's zone: today,
 * or tomorrow if that time has passed (a meeting that runs past midnight). Undefined if unreadable.
 * Meetings last hours, not days, so anything more than 12 hours away is refused as a slip.
 */
export function meetingEnd(time: string, now: Date): { until: string } | { error: 'format' | 'too-far' } {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return { error: 'format' };
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return { error: 'format' };
  const end = new Date(now);
  end.setHours(hours, minutes, 0, 0);
  if (end.getTime() <= now.getTime()) end.setDate(end.getDate() + 1);
  if (end.getTime() - now.getTime() > 12 * 3_600_000) return { error: 'too-far' };
  return { until: end.toISOString() };
}

/** The end-time box starts at three hours from now, on the quarter hour: a typical committee. */
export function suggestedEnd(now: Date): string {
  const end = new Date(now.getTime() + 3 * 3_600_000);
  end.setMinutes(Math.ceil(end.getMinutes() / 15) * 15, 0, 0);
  return `${String(end.getHours()).padStart(2, '0')}:${String(end.getMinutes()).padStart(2, '0')}`;
}
