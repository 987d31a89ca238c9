/**
 * Committee meetings from an iCalendar file, as councils publish them
 * (Modern.gov's and CMIS's calendar exports, Outlook): SUMMARY is the
 * committee, DESCRIPTION may list the agenda. Recurring meetings are
 * expanded within a window, RECURRENCE-ID overrides and EXDATEs respected.
 * Times in a zone the file defines (VTIMEZONE) or in UTC are taken as they
 * are; floating times, and a TZID the file does not define, are read as UK
 * wall-clock time. All-day events start at midnight and carry no end time,
 * as a meeting whose time is unknown. Cancelled events are left out.
 */
import ICAL from 'ical.js';
import { meetingSchema } from '../engine/request';
import { agendaItem, type AgendaItem } from './agenda-items';
import { londonToInstant, toInstantString } from './london-time';
import { describeIssues, fail, ok, type Result } from './result';
import type { Meeting } from './modern-gov';

export interface IcsOptions {
  /** Start of the window; an occurrence still running at this moment is kept. */
  now: Date;
  /** Length of the window in days (default 90). */
  days?: number;
}

/** Enough to reach the window from a weekly series started decades ago, not enough to hang. */
const MAX_OCCURRENCES_PER_EVENT = 20_000;

export function parseIcs(source: string, options: IcsOptions): Result<Meeting[]> {
  const text = source.replace(/^\uFEFF/, '').trim();
  if (!/^BEGIN:VCALENDAR/i.test(text)) return fail('iCalendar: the file does not start with BEGIN:VCALENDAR');
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    return fail(`iCalendar: could not read the file (${(error as Error).message})`);
  }
  const from = options.now.getTime();
  const to = from + (options.days ?? 90) * 86_400_000;

  const vevents = calendar.getAllSubcomponents('vevent');
  // Overrides of single occurrences (RECURRENCE-ID) belong to their series, matched by UID.
  const overrides = vevents.filter((v) => v.hasProperty('recurrence-id'));
  const meetings: Meeting[] = [];
  try {
    for (const vevent of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
      const uid = vevent.getFirstPropertyValue('uid');
      const event = new ICAL.Event(vevent, {
        strictExceptions: true,
        exceptions: overrides.filter((o) => uid && o.getFirstPropertyValue('uid') === uid),
      });
      const label = `event "${event.summary ?? event.uid ?? '(untitled)'}"`;
      if (!vevent.hasProperty('dtstart')) return fail(`iCalendar: ${label} has no start (DTSTART)`);
      for (const occurrence of occurrences(event, from, to)) {
        const meeting = toMeeting(occurrence.item, occurrence.startDate, occurrence.endDate);
        if (!meeting) continue;
        const checked = meetingSchema.safeParse(meeting);
        if (!checked.success) return fail(`iCalendar: ${label}: ${describeIssues(checked.error.issues, 'meeting')}`);
        meetings.push(checked.data);
      }
    }
  } catch (error) {
    // ical.js throws on values it cannot read (a bad RRULE, an impossible date) only when they are used.
    return fail(`iCalendar: could not read the file (${(error as Error).message})`);
  }
  return ok(meetings.sort((a, b) => a.start.localeCompare(b.start)));
}

type Occurrence = { item: ICAL.Event; startDate: ICAL.Time; endDate: ICAL.Time };

function* occurrences(event: ICAL.Event, from: number, to: number): Generator<Occurrence> {
  const inWindow = (o: Occurrence) => instantMs(o.startDate) <= to && Math.max(instantMs(o.endDate), instantMs(o.startDate)) >= from;
  if (!event.isRecurring()) {
    const single = { item: event, startDate: event.startDate, endDate: event.endDate };
    if (inWindow(single)) yield single;
    return;
  }
  const iterator = event.iterator();
  for (let i = 0, next = iterator.next(); next && i < MAX_OCCURRENCES_PER_EVENT; i++, next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    if (instantMs(details.startDate) > to && instantMs(next) > to) return;
    if (inWindow(details)) yield details;
  }
}

function toMeeting(event: ICAL.Event, start: ICAL.Time, end: ICAL.Time): Meeting | undefined {
  const summary = (event.summary ?? '').replace(/\s+/g, ' ').trim();
  const status = String(event.component.getFirstPropertyValue('status') ?? '');
  if (/^cancell?ed$/i.test(status) || /^cancell?ed\b|\bcancell?ed$/i.test(summary)) return undefined;
  const startAt = instant(start);
  const endAt = start.isDate ? undefined : instant(end);
  return {
    committee: summary.slice(0, 200),
    start: startAt,
    ...(endAt && endAt > startAt ? { end: endAt } : {}),
    items: agendaFromDescription(event.description ?? ''),
  };
}

function instantMs(time: ICAL.Time): number {
  return Date.parse(instant(time));
}

function instant(time: ICAL.Time): string {
  const zone = time.zone;
  if (zone && zone !== ICAL.Timezone.localTimezone && !time.isDate) return toInstantString(time.toUnixTime() * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${time.year}-${pad(time.month)}-${pad(time.day)}`;
  return londonToInstant(date, time.isDate ? '00:00:00' : `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`);
}

/** Numbered or bulleted lines of a description ("1. Apologies", "3) 24/01234/FUL …", "• Minutes"). */
export function agendaFromDescription(description: string): AgendaItem[] {
  return description
    .split(/\r?\n/)
    .map((line) => /^\s*(?:(?:item\s+)?\d+[a-z]?[.):]|[a-z][.)]|[-•*])\s+(.+?)\s*$/i.exec(line)?.[1])
    .filter((title): title is string => Boolean(title))
    .map((title) => agendaItem(title));
}
