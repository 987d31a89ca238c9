/** Dates in UK time, in English and in Welsh words from our own tables (Chrome has no Welsh ICU data). */
import { describe, expect, it } from 'vitest';
import { dateTime, dayAndMonth, longDate, timeOfDay } from '../../utils/i18n/dates';

describe('dates in the user language', () => {
  it('writes a meeting time in English and in Welsh, in UK time', () => {
    const meeting = new Date('2026-03-11T18:30:00Z');
    expect(dateTime(meeting, 'en-GB')).toBe('Wed, 11 Mar 2026, 18:30');
    expect(dateTime(meeting, 'cy')).toBe('Mer, 11 Maw 2026, 18:30');
    expect(timeOfDay(meeting)).toBe('18:30');
  });

  it('follows British Summer Time: 23:30 UTC on 31 July is 1 August in the UK', () => {
    const late = new Date('2026-07-31T23:30:00Z');
    expect(dayAndMonth(late, 'en-GB')).toBe('1 August');
    expect(dayAndMonth(late, 'cy')).toBe('1 Awst');
    expect(timeOfDay(late)).toBe('00:30');
  });

  it('writes polling day in full', () => {
    const poll = new Date('2026-05-07T12:00:00Z');
    expect(longDate(poll, 'en-GB')).toBe('Thursday, 7 May 2026');
    expect(longDate(poll, 'cy')).toBe('Dydd Iau, 7 Mai 2026');
  });
});
