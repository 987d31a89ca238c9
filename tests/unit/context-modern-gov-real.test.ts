/**
 * The real Modern.gov responses (Manchester, captured by Democracy Club: tests/fixtures/modern-gov-real)
 * import with the right start, planned end, cancellation and items; and the ways councils'
 * responses go wrong in practice (raw HTML in a title, a web page instead of data) are handled.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCommittees, parseMeeting, parseMeetings } from '../../utils/context/modern-gov';
import type { Result } from '../../utils/context/result';

const real = (name: string) => readFileSync(new URL(`../fixtures/modern-gov-real/${name}`, import.meta.url), 'utf8');

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('Manchester’s real responses', () => {
  it('GetCommittees: the expired committee is left out, padded counts do no harm', () => {
    expect(value(parseCommittees(real('committees.xml')))).toEqual([
      { id: '163', title: 'Art Galleries Committee', kind: 'non-regulatory' },
      { id: '144', title: 'Audit Committee', kind: 'non-regulatory' },
    ]);
  });

  it('GetMeetings: dd/mm/yyyy and "10.00 am" in winter (GMT), the cancelled meeting marked, no end invented', () => {
    expect(value(parseMeetings(real('meetings.xml')))).toEqual([
      { id: '4966', cancelled: true, meeting: { committee: 'Audit Committee', start: '2026-01-13T10:00:00Z', items: [] } },
      { id: '4967', cancelled: false, meeting: { committee: 'Audit Committee', start: '2026-02-10T10:00:00Z', items: [] } },
    ]);
  });

  it('GetMeeting on its own: committee from the linked documents, end from the planned finish, items in order', () => {
    expect(value(parseMeeting(real('meeting_with_minutes.xml')))).toEqual({
      id: '4967',
      cancelled: false,
      meeting: {
        committee: 'Audit Committee',
        start: '2026-02-10T10:00:00Z',
        end: '2026-02-10T14:00:00Z',
        items: [
          { title: 'Minutes', restricted: false },
          { title: 'Work Programme', restricted: false },
        ],
      },
    });
  });

  it('GetMeeting of a cancelled meeting with no documents: cancelled, committee from the caller, planned end kept', () => {
    expect(parseMeeting(real('meeting_no_minutes.xml'))).toEqual({ ok: false, error: 'meeting 4966: no committee title (<committeetitle>)' });
    expect(value(parseMeeting(real('meeting_no_minutes.xml'), { committee: 'Audit Committee' }))).toEqual({
      id: '4966',
      cancelled: true,
      meeting: { committee: 'Audit Committee', start: '2026-01-13T10:00:00Z', end: '2026-01-13T14:00:00Z', items: [] },
    });
  });
});

/** The real GetMeeting with one element changed, as a later or stranger response would have it. */
const changed = (from: RegExp, to: string) => {
  const xml = real('meeting_with_minutes.xml');
  if (!from.test(xml)) throw new Error(`fixture has no ${from}`);
  return xml.replace(from, to);
};

describe('finish times', () => {
  it('a meeting that ran late ends when it actually ended, not when it was planned to', () => {
    const xml = changed(/<meetingactualfinishtime>\s*<\/meetingactualfinishtime>/, '<meetingactualfinishtime>3.45 pm</meetingactualfinishtime>');
    expect(value(parseMeeting(xml)).meeting.end).toBe('2026-02-10T15:45:00Z');
  });

  it('summer time: "6.30 pm" to "9.00 pm" in June is 17:30 to 20:00 UTC', () => {
    const xml = changed(/<meetingdate>10\/02\/2026<\/meetingdate>/, '<meetingdate>11/06/2026</meetingdate>')
      .replace('<meetingtime>10.00 am</meetingtime>', '<meetingtime>6.30 pm</meetingtime>')
      .replace('<meetingplannedfinishtime>2.00 pm</meetingplannedfinishtime>', '<meetingplannedfinishtime>9.00 pm</meetingplannedfinishtime>');
    expect(value(parseMeeting(xml)).meeting).toMatchObject({ start: '2026-06-11T17:30:00Z', end: '2026-06-11T20:00:00Z' });
  });

  it('no finish time, or one before the start, leaves the end unknown rather than made up', () => {
    const none = changed(/<meetingplannedfinishtime>2\.00 pm<\/meetingplannedfinishtime>/, '<meetingplannedfinishtime></meetingplannedfinishtime>');
    expect(value(parseMeeting(none)).meeting).not.toHaveProperty('end');
    const before = changed(/<meetingplannedfinishtime>2\.00 pm<\/meetingplannedfinishtime>/, '<meetingplannedfinishtime>9.00 am</meetingplannedfinishtime>');
    expect(value(parseMeeting(before)).meeting).not.toHaveProperty('end');
  });
});

describe('HTML inside text fields', () => {
  it('a title with a raw <br> and &nbsp; imports as plain words', () => {
    const xml = changed(/<agendaitemtitle>Work Programme<\/agendaitemtitle>/, '<agendaitemtitle>Work<br>Programme&nbsp;2026 &amp; <b>beyond</b></agendaitemtitle>')
      .replace(/<committeetitle>Audit Committee<\/committeetitle>/g, '<committeetitle>Audit<br/>Committee</committeetitle>');
    const { meeting } = value(parseMeeting(xml));
    expect(meeting.committee).toBe('Audit Committee');
    expect(meeting.items.map((item) => item.title)).toEqual(['Minutes', 'Work Programme 2026 & beyond']);
  });

  it('a bare "&" typed into a title does not fail the import', () => {
    const xml = changed(/<agendaitemtitle>Minutes<\/agendaitemtitle>/, '<agendaitemtitle>Audit & Risk Minutes</agendaitemtitle>');
    expect(value(parseMeeting(xml)).meeting.items[0]!.title).toBe('Audit & Risk Minutes');
  });

  it('a committee list whose title holds <br> imports', () => {
    const xml = real('committees.xml').replace('<committeetitle>Audit Committee</committeetitle>', '<committeetitle>Planning<br>Committee</committeetitle>');
    expect(value(parseCommittees(xml)).at(-1)).toEqual({ id: '144', title: 'Planning Committee', kind: 'planning' });
  });
});

describe('a web page instead of data, in plain words', () => {
  it.each([
    [
      'a JavaScript redirect',
      '<html><head><script>window.location.href="/sso/login?return=%2fmgWebService.asmx";</script></head><body></body></html>',
      'Modern.gov: the site answered with a page that only moves on with JavaScript (a redirect or a bot check), not with data; open the address in a browser, and if it keeps happening the site is blocking automatic requests',
    ],
    [
      'a login page',
      '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form><input type="password" name="pw"></form></body></html>',
      'Modern.gov: the site asked for a sign-in instead of sending data; use the address of the council’s public committee pages, not a members’ area',
    ],
    [
      'an ASP.NET error page',
      '<!DOCTYPE html><html><head><title>Runtime Error</title></head><body><h1>Server Error in \'/\' Application.</h1></body></html>',
      'Modern.gov: the site answered with an error page (“Runtime Error”) instead of data; the service may be down, or the address is not the Modern.gov site',
    ],
    ['nothing at all', '   ', 'Modern.gov: the response is empty'],
  ])('%s', (_, body, error) => {
    expect(parseMeetings(body)).toEqual({ ok: false, error });
    expect(parseCommittees(body)).toEqual({ ok: false, error });
  });
});
