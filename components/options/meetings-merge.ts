/**
 * Saving imported meetings: one meeting is a committee at a start time, so an import replaces the
 * stored copy of the same meeting (its agenda may have changed) and adds new ones; meetings
 * typed by hand or from another source stay. Meetings that ended more than a week ago are
 * dropped: no rule looks at them, and the list must stay under its limit.
 */
import type { Meeting } from '../../utils/context/modern-gov';

export const KEEP_PAST_DAYS = 7;
const key = (meeting: Meeting) => `${meeting.committee.trim().toLowerCase()}\u0000${Date.parse(meeting.start)}`;

export function mergeMeetings(existing: readonly Meeting[], incoming: readonly Meeting[], now: Date): Meeting[] {
  const cutoff = now.getTime() - KEEP_PAST_DAYS * 86_400_000;
  const byKey = new Map<string, Meeting>();
  for (const meeting of [...existing, ...incoming]) byKey.set(key(meeting), meeting);
  return [...byKey.values()]
    .filter((meeting) => Date.parse(meeting.end ?? meeting.start) >= cutoff)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** Meetings not yet over, soonest first: what the Meetings section lists. */
export function upcomingMeetings(meetings: readonly Meeting[], now: Date): Meeting[] {
  // A meeting with no end time is shown until three hours after it starts.
  const over = (m: Meeting) => (m.end ? Date.parse(m.end) : Date.parse(m.start) + 3 * 3_600_000) < now.getTime();
  return meetings.filter((m) => !over(m)).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
