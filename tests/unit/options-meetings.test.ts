import { describe, expect, it } from 'vitest';
import { mergeMeetings, upcomingMeetings } from '../../components/options/meetings-merge';
import { meetingFromForm, type MeetingForm } from '../../components/options/meeting-form';
import type { Meeting } from '../../utils/context/modern-gov';

const NOW = new Date('2026-03-01T12:00:00Z');
const meeting = (committee: string, start: string, extra: Partial<Meeting> = {}): Meeting => ({ committee, start, items: [], ...extra });

describe('mergeMeetings', () => {
  it('replaces the same committee at the same start, keeps others, sorts by start', () => {
    const existing = [
      meeting('Planning Committee', '2026-03-11T18:30:00Z', { items: [{ title: 'Old agenda', restricted: false }] }),
      meeting('Licensing Committee', '2026-03-20T10:00:00Z'),
    ];
    const incoming = [
      meeting('planning committee ', '2026-03-11T18:30:00.000Z', { items: [{ title: 'New agenda', restricted: true }] }),
      meeting('Cabinet', '2026-03-05T19:00:00Z'),
    ];
    expect(mergeMeetings(existing, incoming, NOW)).toEqual([
      meeting('Cabinet', '2026-03-05T19:00:00Z'),
      meeting('planning committee ', '2026-03-11T18:30:00.000Z', { items: [{ title: 'New agenda', restricted: true }] }),
      meeting('Licensing Committee', '2026-03-20T10:00:00Z'),
    ]);
  });

  it('drops meetings that ended more than a week ago', () => {
    const old = meeting('Planning Committee', '2026-02-20T18:30:00Z', { end: '2026-02-20T21:00:00Z' });
    const recent = meeting('Planning Committee', '2026-02-25T18:30:00Z', { end: '2026-02-25T21:00:00Z' });
    expect(mergeMeetings([old, recent], [], NOW)).toEqual([recent]);
  });
});

describe('upcomingMeetings', () => {
  it('lists meetings not yet over; one with no end time counts as three hours long', () => {
    const over = meeting('A', '2026-03-01T08:00:00Z', { end: '2026-03-01T11:00:00Z' });
    const running = meeting('B', '2026-03-01T10:00:00Z', { end: '2026-03-01T13:00:00Z' });
    const openEnded = meeting('C', '2026-03-01T09:30:00Z');
    const openEndedOver = meeting('D', '2026-03-01T08:59:00Z');
    const later = meeting('E', '2026-03-02T10:00:00Z');
    expect(upcomingMeetings([later, over, running, openEnded, openEndedOver], NOW).map((m) => m.committee)).toEqual(['C', 'B', 'E']);
  });
});

describe('meetingFromForm', () => {
  const form = (patch: Partial<MeetingForm> = {}): MeetingForm => ({
    committee: ' Planning Committee ',
    date: '2026-07-08',
    start: '18:30',
    end: '21:00',
    items: [
      { title: ' Land at Mill Lane ', reference: ' 24/01234/FUL ', restricted: false },
      { title: '', reference: 'ignored', restricted: true },
      { title: 'Enforcement update', reference: '', restricted: true },
    ],
    ...patch,
  });

  it('reads UK summer time and keeps only agenda rows with a title', () => {
    expect(meetingFromForm(form())).toEqual({
      ok: true,
      meeting: {
        committee: 'Planning Committee',
        start: '2026-07-08T17:30:00Z',
        end: '2026-07-08T20:00:00Z',
        items: [
          { title: 'Land at Mill Lane', reference: '24/01234/FUL', restricted: false },
          { title: 'Enforcement update', restricted: true },
        ],
      },
    });
  });

  it('reads winter dates as GMT and allows no end time', () => {
    expect(meetingFromForm(form({ date: '2026-12-02', end: '', items: [] }))).toEqual({
      ok: true,
      meeting: { committee: 'Planning Committee', start: '2026-12-02T18:30:00Z', items: [] },
    });
  });

  it.each([
    [{ committee: '  ' }, { field: 'committee', problem: 'missing' }],
    [{ date: '' }, { field: 'date', problem: 'missing' }],
    [{ start: '' }, { field: 'start', problem: 'missing' }],
    [{ end: '9pm' }, { field: 'end', problem: 'format' }],
    [{ end: '18:30' }, { field: 'end', problem: 'order' }],
  ] as const)('names the field that is wrong: %o', (patch, expected) => {
    expect(meetingFromForm(form(patch))).toEqual({ ok: false, ...expected });
  });

  it('reports an over-long agenda title through the engine schema', () => {
    const result = meetingFromForm(form({ items: [{ title: 'x'.repeat(2001), reference: '', restricted: false }] }));
    expect(result.ok).toBe(false);
    if (!result.ok && result.field === 'items') expect(result.detail).toMatch(/^items\.0\.title: /);
    else throw new Error(`expected an items error, got ${JSON.stringify(result)}`);
  });
});
