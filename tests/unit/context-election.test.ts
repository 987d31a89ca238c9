import { describe, expect, it } from 'vitest';
import {
  isPreElection,
  isTimetableWorkingDay,
  londonDate,
  noticeDeadline,
  preElectionPeriod,
} from '../../utils/context/election';
import { isBankHoliday } from '../../utils/context/bank-holidays';
import { BANK_HOLIDAYS } from '../../utils/context/bank-holidays.generated';
import { buildBankHolidayTable } from '../../utils/context/holidays/bank-holiday-table';

describe('notice of election deadline (25 working days before poll)', () => {
  // Published Electoral Commission timetables for the May local elections.
  it.each([
    ['2026-05-07', '2026-03-30'], // Good Friday 3 Apr, Easter Monday 6 Apr, early May 4 May all skipped
    ['2024-05-02', '2024-03-26'], // Easter straddles the count: 29 Mar and 1 Apr skipped
    ['2023-05-04', '2023-03-27'], // early May 1 May and Easter skipped; the Coronation (8 May) is after poll
    ['2022-05-05', '2022-03-28'],
    ['2019-05-02', '2019-03-26'], // late Easter: 19 and 22 Apr skipped
  ])('poll %s → notice no later than %s', (poll, notice) => {
    expect(noticeDeadline(poll)).toEqual({ date: notice, exact: true });
  });

  it('skips Christmas Eve, Christmas Day, Boxing Day and New Year for a January by-election', () => {
    // 22 Jan 2026: counting back crosses 1 Jan, 26, 25 and 24 Dec 2025.
    expect(noticeDeadline('2026-01-22').date).toBe('2025-12-12');
  });

  it('knows which days the timetable disregards', () => {
    expect(isTimetableWorkingDay('2025-12-24')).toBe(false); // Christmas Eve, a Wednesday
    expect(isTimetableWorkingDay('2026-04-03')).toBe(false); // Good Friday
    expect(isTimetableWorkingDay('2026-12-28')).toBe(false); // Boxing Day substitute
    expect(isTimetableWorkingDay('2026-03-28')).toBe(false); // Saturday
    expect(isTimetableWorkingDay('2026-03-30')).toBe(true);
    expect(isTimetableWorkingDay('2026-12-23')).toBe(true);
  });

  it('says when the count could not use bank holidays', () => {
    expect(noticeDeadline('2075-05-02').exact).toBe(false);
  });
});

describe('bank holiday table', () => {
  it('includes one-off holidays', () => {
    expect(isBankHoliday('2023-05-08')).toBe(true); // Coronation
    expect(isBankHoliday('2022-09-19')).toBe(true); // State funeral
    expect(isBankHoliday('2022-05-30')).toBe(false); // spring bank holiday moved to 2 June
    expect(isBankHoliday('2026-08-31')).toBe(true); // summer bank holiday, England and Wales only
  });

  it('leaves out observances', () => {
    expect(isBankHoliday('2026-04-05')).toBe(false); // Easter Sunday
    expect(isBankHoliday('2026-03-15')).toBe(false); // Mothering Sunday
  });

  it('matches what date-holidays computes now (re-run the generator if this fails)', () => {
    expect(BANK_HOLIDAYS).toEqual(buildBankHolidayTable());
  });
});

describe('isPreElection at the boundaries, UK local time', () => {
  const may2026 = { poll: '2026-05-07' };

  it('starts at midnight BST on the computed notice day (clocks went forward on 29 March)', () => {
    expect(isPreElection(new Date('2026-03-29T22:59:59Z'), may2026)).toBe(false);
    expect(isPreElection(new Date('2026-03-29T23:00:00Z'), may2026)).toBe(true);
  });

  it('ends at midnight after polling day', () => {
    expect(isPreElection(new Date('2026-05-07T22:59:59Z'), may2026)).toBe(true);
    expect(isPreElection(new Date('2026-05-07T23:00:00Z'), may2026)).toBe(false);
  });

  it('uses GMT in winter', () => {
    const byElection = { poll: '2026-01-22' };
    expect(isPreElection(new Date('2025-12-11T23:59:59Z'), byElection)).toBe(false);
    expect(isPreElection(new Date('2025-12-12T00:00:00Z'), byElection)).toBe(true);
  });

  it('prefers the published notice date', () => {
    const withNotice = { poll: '2026-05-07', noticeOfElection: '2026-03-26' };
    expect(preElectionPeriod(withNotice)).toEqual({ start: '2026-03-26', end: '2026-05-07' });
    expect(isPreElection(new Date('2026-03-25T23:30:00Z'), withNotice)).toBe(false);
    expect(isPreElection(new Date('2026-03-26T00:00:00Z'), withNotice)).toBe(true);
  });

  it('is never in force without a polling day', () => {
    expect(isPreElection(new Date('2026-04-01T12:00:00Z'), { noticeOfElection: '2026-03-26' })).toBe(false);
    expect(isPreElection(new Date('2026-04-01T12:00:00Z'), undefined)).toBe(false);
  });

  it('reads the London date of an instant', () => {
    expect(londonDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonDate(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31');
  });
});
