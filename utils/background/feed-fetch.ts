/**
 * Meetings from the calendar link a council publishes: an iCalendar feed (what Modern.gov, CMIS
 * and council websites offer to "subscribe" to), or a CMIS meetings list page, which is the only
 * machine-readable form some CMIS councils offer. One request, to the one address the user gave;
 * all-or-nothing like the Modern.gov fetch.
 */
import { isCmisMeetingList, parseCmisMeetingList } from '../context/cmis';
import { parseIcs } from '../context/ics';
import type { Meeting } from '../context/modern-gov';
import type { Result } from '../context/result';
import type { MeetingsPreview } from '../messaging/protocol';
import { getText } from './http';
import { ProblemError } from './problem';
import { hostLabel } from './site';
import type { FetchLimits, FetchOutcome } from './modern-gov-fetch';

/** As the calendar-file import: a council publishes its calendar a season ahead. */
export const FEED_WINDOW_DAYS = 90;

export async function fetchFeed(feed: string, now: Date, limits: Pick<FetchLimits, 'timeoutMs' | 'maxMeetings'>): Promise<FetchOutcome> {
  const host = hostLabel(feed);
  try {
    const body = await getText(feed, { host, what: 'background.what.calendar', timeoutMs: limits.timeoutMs, expect: 'calendar', allowPage: isCmisMeetingList });
    const parsed: Result<Meeting[]> = isCmisMeetingList(body) ? parseCmisMeetingList(body) : parseIcs(body, { now, days: FEED_WINDOW_DAYS });
    if (!parsed.ok) throw new ProblemError({ key: 'background.error.badData', params: { host, what: 'background.what.calendar', detail: parsed.error } });
    const from = now.getTime();
    const to = from + FEED_WINDOW_DAYS * 86_400_000;
    // The iCalendar reader keeps its window already; a CMIS list holds whatever range its page shows.
    // A meeting that started in the last day stays: its end may be unknown, and it is today's business.
    const meetings = parsed.value.filter((m) => Date.parse(m.start) >= from - 86_400_000 && Date.parse(m.start) <= to);
    if (meetings.length === 0) throw new ProblemError({ key: 'background.error.emptyCalendar', params: { host, days: FEED_WINDOW_DAYS } });
    if (meetings.length > limits.maxMeetings) throw new ProblemError({ key: 'background.error.tooManyFeed', params: { host, limit: limits.maxMeetings, days: FEED_WINDOW_DAYS } });
    const preview: MeetingsPreview = { site: feed, committees: [...new Set(meetings.map((m) => m.committee))], meetings, fetchedAt: now.toISOString() };
    return { ok: true, preview };
  } catch (error) {
    if (error instanceof ProblemError) return { ok: false, problem: error.problem };
    return { ok: false, problem: { key: 'background.error.unexpected', params: { detail: error instanceof Error ? error.message : String(error) } } };
  }
}
