import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCommittees, parseMeeting, parseMeetings } from '../../utils/context/modern-gov';
import type { Result } from '../../utils/context/result';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/modern-gov/${name}`, import.meta.url), 'utf8');

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('GetCommittees', () => {
  it('lists committees in use, with their kind and double-escaped titles decoded', () => {
    expect(value(parseCommittees(fixture('get-committees.xml')))).toEqual([
      { id: '142', title: 'Council', kind: 'non-regulatory' },
      { id: '151', title: 'Planning & Highways Committee', kind: 'planning' },
      { id: '163', title: 'Licensing Act 2003 Sub-Committee', kind: 'licensing' },
      { id: '170', title: 'Overview & Scrutiny Committee', kind: 'non-regulatory' },
    ]);
  });
});

describe('GetMeetings', () => {
  const meetings = value(parseMeetings(fixture('get-meetings.xml')));

  it('reads each meeting with its committee and start time in UTC', () => {
    expect(meetings.map((m) => [m.id, m.meeting.committee, m.meeting.start, m.cancelled])).toEqual([
      ['20411', 'Planning & Highways Committee', '2025-12-10T19:00:00Z', false], // GMT
      ['20412', 'Planning & Highways Committee', '2026-01-14T19:00:00Z', true], // "7.00 pm", cancelled
      ['20413', 'Planning & Highways Committee', '2026-06-11T17:30:00Z', false], // time inside the date, BST
      ['20414', 'Planning & Highways Committee', '2026-07-09T09:00:00Z', false], // ISO date
    ]);
    expect(meetings.every((m) => m.meeting.items.length === 0)).toBe(true);
  });

  it('returns nothing when any meeting cannot be read, and says which', () => {
    expect(parseMeetings(fixture('get-meetings-bad-date.xml'))).toEqual({
      ok: false,
      error: 'meeting 2: unreadable meeting date "TBC"',
    });
  });
});

describe('GetMeeting', () => {
  const { meeting, cancelled } = value(parseMeeting(fixture('get-meeting-planning.xml')));

  it('reads the agenda with references from titles and linked documents', () => {
    expect(cancelled).toBe(false);
    expect(meeting.committee).toBe('Planning & Highways Committee');
    expect(meeting.start).toBe('2026-06-11T17:30:00Z');
    expect(meeting.items).toEqual([
      { title: 'Apologies for absence', restricted: false },
      { title: 'Minutes of the meeting held on 10/12/2025', restricted: false },
      {
        title: '24/01234/FUL - Land at Wheatfield Farm, Mill Lane, Little Snoring – erection of 45 dwellings',
        reference: '24/01234/FUL',
        restricted: false,
      },
      { title: 'St John\'s Church Hall, 14 High Street – change of use', reference: '25/00912/FUL', restricted: false },
      { title: 'Exclusion of the press and public', restricted: false },
      { title: 'Enforcement update: Unit 4, Riverside Estate', restricted: true },
      { title: 'Legal advice on appeal APP/X1234/W/25/3345678 (Exempt)', reference: 'APP/X1234/W/25/3345678', restricted: true },
    ]);
  });

  it('reads an agenda not yet published as a meeting with no items', () => {
    const empty = value(parseMeeting(fixture('get-meeting-empty-agenda.xml')));
    expect(empty.meeting).toEqual({ committee: 'Licensing Act 2003 Sub-Committee', start: '2026-07-15T09:00:00Z', items: [] });
  });

  it('marks a cancelled meeting', () => {
    expect(value(parseMeeting(fixture('get-meeting-cancelled.xml'))).cancelled).toBe(true);
  });

  it('unwraps a document sent as the text of an ASMX <string>', () => {
    const wrapped = value(parseMeeting(fixture('get-meeting-asmx-string.xml')));
    expect(wrapped.meeting.committee).toBe('Area Planning Committee (East)');
    expect(wrapped.meeting.items[0]?.reference).toBe('DC/25/01234/OUT');
  });

  it('takes the committee from the caller when the response has none', () => {
    const xml = '<meeting><meetingid>5</meetingid><meetingdate>01/04/2026</meetingdate><meetingtime>18:00</meetingtime></meeting>';
    expect(value(parseMeeting(xml, { committee: 'Cabinet' })).meeting.start).toBe('2026-04-01T17:00:00Z');
    expect(parseMeeting(xml)).toEqual({ ok: false, error: 'meeting 5: no committee title (<committeetitle>)' });
  });
});

describe('errors', () => {
  it.each([
    ['malformed.xml', parseMeeting, /not well-formed XML \(line \d+:/],
    ['blocked.html', parseMeetings, /a page that only moves on with JavaScript \(a redirect or a bot check\)/],
    ['get-committees.xml', parseMeeting, /expected <meeting> at the top of the response, found <committees>/],
    ['get-meeting-planning.xml', parseCommittees, /expected <committees>/],
  ] as const)('%s gives a clear error', (name, parse, message) => {
    const result = parse(fixture(name));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses a DTD and impossible dates', () => {
    expect(parseMeeting('<!DOCTYPE meeting [<!ENTITY a "aaaa">]><meeting/>').ok).toBe(false);
    const feb30 = '<meeting><meetingid>9</meetingid><meetingdate>30/02/2026</meetingdate><committeetitle>Cabinet</committeetitle></meeting>';
    expect(parseMeeting(feb30)).toEqual({ ok: false, error: 'meeting 9: no such date "30/02/2026"' });
  });
});
