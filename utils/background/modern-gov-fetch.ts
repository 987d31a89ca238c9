/**
 * Fetches a council's committees and the next 60 days of meetings, with agendas, from its
 * Modern.gov web service: GetCommittees, then GetMeetings per committee, then GetMeeting per
 * meeting. All-or-nothing: any failed request or unreadable answer fails the whole fetch, so a
 * refresh never saves half a calendar.
 */
import { parseCommittees, parseMeeting, parseMeetings, type Meeting, type ModernGovCommittee } from '../context/modern-gov';
import type { Result } from '../context/result';
import type { MeetingsPreview } from '../messaging/protocol';
import { getText } from './http';
import { mapLimited } from './limited';
import { ProblemError, type Problem } from './problem';
import { hostLabel, serviceUrl } from './site';

export const WINDOW_DAYS = 60;

export interface FetchLimits {
  /** Per request. Modern.gov servers can be slow; past this the site is treated as not answering. */
  timeoutMs: number;
  /** Requests in flight at once: enough to be quick, few enough to be polite to a council server. */
  concurrency: number;
  /** With maxMeetings, caps the requests one fetch makes at 1 + maxCommittees + maxMeetings. */
  maxCommittees: number;
  maxMeetings: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, concurrency: 4, maxCommittees: 250, maxMeetings: 300 };

export type FetchOutcome = { ok: true; preview: MeetingsPreview } | { ok: false; problem: Problem };

export async function fetchModernGov(base: string, now: Date, limits: FetchLimits = DEFAULT_LIMITS): Promise<FetchOutcome> {
  try {
    return { ok: true, preview: await fetchAll(base, now, limits) };
  } catch (error) {
    if (error instanceof ProblemError) return { ok: false, problem: error.problem };
    return { ok: false, problem: { key: 'background.error.unexpected', params: { detail: error instanceof Error ? error.message : String(error) } } };
  }
}

async function fetchAll(base: string, now: Date, limits: FetchLimits): Promise<MeetingsPreview> {
  const host = hostLabel(base);
  const request = (method: string, params: Record<string, string>, what: Problem['key'], whatParams: Record<string, string>, signal?: AbortSignal) =>
    getText(serviceUrl(base, method, params), { host, what, whatParams, timeoutMs: limits.timeoutMs, signal });
  const read = <T>(result: Result<T>, what: Problem['key'], whatParams: Record<string, string> = {}): T => {
    if (result.ok) return result.value;
    throw new ProblemError({ key: 'background.error.badData', params: { host, what, ...whatParams, detail: result.error.replace(/^Modern\.gov: /, '') } });
  };

  const committees = read(parseCommittees(await request('GetCommittees', { lDays: '0' }, 'background.what.committees', {})), 'background.what.committees');
  // An empty list would import nothing and say nothing: most likely the wrong site or a broken service.
  if (committees.length === 0) throw new ProblemError({ key: 'background.error.noCommittees', params: { host } });
  if (committees.length > limits.maxCommittees) throw new ProblemError({ key: 'background.error.tooManyCommittees', params: { host, limit: limits.maxCommittees } });

  const from = now.getTime();
  const to = from + WINDOW_DAYS * 86_400_000;
  const window = { sFromDate: ukDate(now), sToDate: ukDate(new Date(to)) };
  const listed = await mapLimited(committees, limits.concurrency, async (committee: ModernGovCommittee, signal) => {
    const what = { committee: committee.title };
    const xml = await request('GetMeetings', { lCommitteeId: committee.id, ...window }, 'background.what.meetings', what, signal);
    return read(parseMeetings(xml, { committee: committee.title }), 'background.what.meetings', what).map((m) => ({ ...m, committee: committee.title }));
  });
  // The service is asked for the window already; checking again guards against sites that ignore the dates.
  const upcoming = listed.flat().filter((m) => !m.cancelled && inWindow(m.meeting, from, to));
  if (upcoming.length > limits.maxMeetings) throw new ProblemError({ key: 'background.error.tooMany', params: { host, limit: limits.maxMeetings } });

  const detailed = await mapLimited(upcoming, limits.concurrency, async (listing, signal) => {
    const what = { committee: listing.committee };
    const xml = await request('GetMeeting', { lMeetingId: listing.id }, 'background.what.meeting', what, signal);
    return read(parseMeeting(xml, { committee: listing.committee }), 'background.what.meeting', what);
  });
  const meetings = detailed
    // The committee title from GetCommittees is the one the user picks in their profile.
    .map((m, i) => ({ cancelled: m.cancelled, meeting: { ...m.meeting, committee: upcoming[i]!.committee } }))
    .filter((m) => !m.cancelled)
    .map((m): Meeting => m.meeting)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return { site: base, committees: committees.map((c) => c.title), meetings, fetchedAt: now.toISOString() };
}

/** A meeting counts when it starts inside the window, or is still running at its start. */
function inWindow(meeting: Meeting, from: number, to: number): boolean {
  const start = Date.parse(meeting.start);
  const end = meeting.end ? Date.parse(meeting.end) : start;
  return end >= startOfDay(from) && start <= to;
}

// A meeting earlier today (time unknown reads as midnight) still belongs to today's calendar.
const startOfDay = (instant: number) => instant - (instant % 86_400_000);

/** Modern.gov's web service takes dates day first, as dd/mm/yyyy, in London time. */
function ukDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}
