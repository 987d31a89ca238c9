import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agendaFromDescription, parseIcs } from '../../utils/context/ics';
import type { Result } from '../../utils/context/result';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ics/${name}`, import.meta.url), 'utf8');
const now = new Date('2026-03-01T00:00:00Z'); // default window: to 30 May 2026

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('a council calendar export (TZID Europe/London with VTIMEZONE)', () => {
  const meetings = value(parseIcs(fixture('committee-calendar.ics'), { now }));

  it('keeps meetings in the next 90 days, leaving out cancelled and past ones', () => {
    expect(meetings.map((m) => [m.committee, m.start, m.end])).toEqual([
      ['Planning & Highways Committee', '2026-03-11T18:30:00Z', '2026-03-11T21:30:00Z'], // GMT
      ['Licensing Act 2003 Sub-Committee', '2026-04-15T09:00:00Z', '2026-04-15T11:00:00Z'], // BST
    ]);
  });

  it('reads the agenda from a numbered description, with references and exempt items', () => {
    expect(meetings[0]!.items).toEqual([
      { title: 'Apologies for absence', restricted: false },
      { title: 'Declarations of interest', restricted: false },
      { title: '24/01234/FUL - Land at Wheatfield Farm, Mill Lane, Little Snoring', reference: '24/01234/FUL', restricted: false },
      { title: '25/00912/FUL - 14 High Street, Anytown', reference: '25/00912/FUL', restricted: false },
      { title: 'Exclusion of the press and public', restricted: false },
      { title: 'Enforcement update (Exempt)', restricted: true },
    ]);
    expect(meetings[1]!.items).toEqual([]); // prose description: no list, no items
  });

  it('widens the window on request', () => {
    const year = value(parseIcs(fixture('committee-calendar.ics'), { now, days: 200 }));
    expect(year.map((m) => m.committee)).toContain('Overview and Scrutiny Committee');
  });
});

describe('recurring meetings', () => {
  const meetings = value(parseIcs(fixture('recurring.ics'), { now }));
  const licensing = meetings.filter((m) => m.committee === 'Licensing Sub-Committee').map((m) => m.start);

  it('expands weekly meetings in the window, across the clock change, skipping EXDATEs', () => {
    expect(licensing.slice(0, 5)).toEqual([
      '2026-03-03T10:00:00Z',
      '2026-03-10T10:00:00Z',
      '2026-03-17T10:00:00Z',
      '2026-03-24T10:00:00Z',
      // 31 March is excluded by EXDATE
      '2026-04-07T09:00:00Z', // 10:00 BST
    ]);
    expect(licensing).toHaveLength(12);
    expect(licensing.at(-1)).toBe('2026-05-26T09:00:00Z');
  });

  it('applies a moved occurrence (RECURRENCE-ID) with its own agenda', () => {
    const moved = meetings.find((m) => m.start === '2026-04-15T13:00:00Z');
    expect(moved?.items[0]?.title).toBe('Application for a new premises licence: The Crown, 3 Market Place');
    expect(licensing).not.toContain('2026-04-14T09:00:00Z');
  });

  it('expands a monthly series that began before the window', () => {
    expect(meetings.filter((m) => m.committee === 'Planning Committee').map((m) => m.start)).toEqual([
      '2026-03-12T19:00:00Z',
      '2026-04-09T18:00:00Z',
      '2026-05-14T18:00:00Z',
    ]);
  });

  it('keeps a meeting already in progress at the start of the window', () => {
    const during = value(parseIcs(fixture('recurring.ics'), { now: new Date('2026-03-03T11:00:00Z'), days: 1 }));
    expect(during.map((m) => m.start)).toEqual(['2026-03-03T10:00:00Z']);
  });
});

describe('UTC, floating and all-day events', () => {
  const meetings = value(parseIcs(fixture('utc-floating-allday.ics'), { now: new Date('2026-06-01T00:00:00Z') }));
  const byCommittee = Object.fromEntries(meetings.map((m) => [m.committee, m]));

  it('keeps UTC as it is and reads floating times as UK time', () => {
    expect(byCommittee['Development Management Committee']?.start).toBe('2026-06-10T17:30:00Z');
    expect(byCommittee['Audit and Governance Committee']?.start).toBe('2026-06-11T18:00:00Z');
  });

  it('reads an all-day event as starting at UK midnight with no end', () => {
    const allDay = byCommittee['Licensing Sub-Committee (time to be confirmed)'];
    expect(allDay?.start).toBe('2026-06-11T23:00:00Z');
    expect(allDay?.end).toBeUndefined();
  });

  it('reads a TZID the file does not define as UK time', () => {
    expect(byCommittee['Standards Hearing Sub-Committee']?.start).toBe('2026-06-15T09:00:00Z');
  });
});

describe('errors: nothing is returned from a file with any fault', () => {
  it.each([
    ['malformed.ics', /could not read the file \(invalid line/],
    ['bad-rrule.ics', /could not read the file \(invalid frequency "FORTNIGHTLY"/],
    ['no-start.ics', /event "Cabinet" has no start \(DTSTART\)/],
  ])('%s', (name, message) => {
    const result = parseIcs(fixture(name), { now });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('rejects what is not a calendar, and accepts an empty one', () => {
    expect(parseIcs('<!DOCTYPE html><html></html>', { now })).toEqual({
      ok: false,
      error: 'iCalendar: the file does not start with BEGIN:VCALENDAR',
    });
    expect(parseIcs('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', { now })).toEqual({ ok: true, value: [] });
  });
});

describe('agendaFromDescription', () => {
  it('takes numbered, lettered and bulleted lines only', () => {
    const items = agendaFromDescription('Agenda\n1) Minutes\n2a. Petitions\nb) Questions\n• Part 2 report (Part 2)\nSee the website.');
    expect(items.map((i) => [i.title, i.restricted])).toEqual([
      ['Minutes', false],
      ['Petitions', false],
      ['Questions', false],
      ['Part 2 report (Part 2)', true],
    ]);
  });
});
