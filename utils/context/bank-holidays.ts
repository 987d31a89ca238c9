/**
 * Bank holidays in England and Wales, from the table generated out of
 * date-holidays (see holidays/generate-bank-holidays.ts for why it is a table).
 */
import { BANK_HOLIDAYS, FIRST_YEAR, LAST_YEAR } from './bank-holidays.generated';

export { FIRST_YEAR as FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR };
const LAST_HOLIDAY_YEAR = LAST_YEAR;

/** True when the table covers the year of `date` (YYYY-MM-DD). */
export function hasBankHolidayData(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** `date` is YYYY-MM-DD. Years outside the table are answered `false`. */
export function isBankHoliday(date: string): boolean {
  const days = BANK_HOLIDAYS[Number(date.slice(0, 4))];
  return days !== undefined && days.split(' ').includes(date.slice(5, 7) + date.slice(8, 10));
}
