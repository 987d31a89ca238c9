/**
 * Meetings from a CMIS (Civica) council's public meetings list, the "list view" of its meeting
 * calendar. CMIS has no public web service: its meetings are web pages. The list view is one
 * table row per meeting, each with a link whose text is "9 Jul 2026 11:00 - Planning Committee"
 * (tests/fixtures/cmis-real: Birmingham's CMIS, as Democracy Club captured it). The list names
 * no end time and no agenda, so neither is invented: the meeting's end stays unknown.
 *
 * The page is read with a few bounded regular expressions, not a DOM: the background is a
 * service worker, which has no DOMParser.
 */
import { meetingSchema } from '../engine/request';
import { decodeHtmlEntities } from './html-text';
import { londonToInstant, parseClockTime } from './london-time';
import type { Meeting } from './modern-gov';
import { describeIssues, fail, ok, type Result } from './result';

/** The CMIS list view's own module id, present on every install that has it. */
const LIST_MARKER = 'MeetingCalendarPublicList';

export const isCmisMeetingList = (html: string): boolean => html.includes(LIST_MARKER);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LINK = /<a\b([^<>]{0,2000})>([^<]{0,500})<\/a>/gi;
const WHEN_WHAT = /^(\d{1,2}) ([a-z]{3})[a-z]{0,6} (\d{4}) (\d{1,2}:\d{2}) - (.{1,300})$/i;
/** The link's title repeats the meeting as "Click to view: Committee - 9 Jul 2026 11:00 : 11:30": start, then finish. */
const TITLE_FINISH = /title="[^"]{0,500} : (\d{1,2}:\d{2})"/i;

export function parseCmisMeetingList(html: string): Result<Meeting[]> {
  if (!isCmisMeetingList(html)) return fail('CMIS: this page is not a CMIS meetings list (its list view)');
  const meetings: Meeting[] = [];
  for (const [, attributes = '', rawText = ''] of html.matchAll(LINK)) {
    if (!/lnkMeeting/i.test(attributes)) continue;
    const label = decodeHtmlEntities(rawText).replace(/\s+/g, ' ').trim();
    const parts = WHEN_WHAT.exec(label);
    if (!parts) return fail(`CMIS: unreadable meeting "${label.slice(0, 100)}"`);
    const [, day = '', monthName = '', year = '', time = '', committee = ''] = parts;
    if (/\bcancell?ed\b|\bpostponed\b/i.test(committee)) continue;
    const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
    const date = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (month === 0 || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) return fail(`CMIS: no such date in "${label.slice(0, 100)}"`);
    const start = londonToInstant(date, parseClockTime(time) ?? '00:00:00');
    const finish = parseClockTime(TITLE_FINISH.exec(attributes)?.[1] ?? '');
    const end = finish ? londonToInstant(date, finish) : undefined;
    const checked = meetingSchema.safeParse({ committee: committee.slice(0, 200), start, ...(end && end > start ? { end } : {}), items: [] });
    if (!checked.success) return fail(`CMIS: ${describeIssues(checked.error.issues, 'meeting')}`);
    meetings.push(checked.data);
  }
  return ok(meetings.sort((a, b) => a.start.localeCompare(b.start)));
}
