/**
 * A realistic councillor context for the bench (issue: 30 meetings, 200 agenda
 * items, 50 watch terms): a year of Plans Panel, Licensing Sub-Committee and
 * policy meetings, a few restricted items, and a council's watch list.
 */
import type { CheckRequest } from '../utils/engine/request';

const COMMITTEES = ['Plans Panel', 'Licensing Sub-Committee', 'Executive Board', 'Scrutiny Board (Environment)', 'Full Council'];
const SITES = ['Kirkstall Road depot', 'Chapel Lane', 'Wheatfield Farm', 'Harbour Mill', 'Station Yard', 'Old Brewery', 'Mill Lane allotments', 'Victoria Quarter', 'Grange Park', 'Beeston Hill'];
const WORKS = ['48 flats', '12 houses', 'change of use to HMO', 'demolition and rebuild', 'solar farm', 'extension to opening hours', 'premises licence review', 'retail park'];

export function realisticContext(): Pick<CheckRequest, 'meetings' | 'watchTerms'> {
  const meetings: NonNullable<CheckRequest['meetings']> = [];
  let item = 0;
  for (let m = 0; m < 30; m++) {
    const day = new Date(Date.UTC(2026, 0, 6 + m * 11, 13, 30));
    const items = [];
    // 200 items over 30 meetings: six or seven each.
    for (let k = 0; k < (m < 20 ? 7 : 6); k++, item++) {
      const site = SITES[item % SITES.length]!;
      items.push({
        title: `${site}: ${WORKS[item % WORKS.length]} (${item + 1})`,
        reference: `26/${String(1000 + item * 37).padStart(5, '0')}/${['FUL', 'OUT', 'HOU', 'LBC'][item % 4]}`,
        restricted: item % 23 === 0,
      });
    }
    meetings.push({
      committee: COMMITTEES[m % COMMITTEES.length]!,
      start: day.toISOString(),
      end: new Date(day.getTime() + 3.5 * 3_600_000).toISOString(),
      items,
    });
  }
  const watchTerms = Array.from({ length: 50 }, (_, k) => ({
    term: `${SITES[k % SITES.length]} ${['case', 'inquiry', 'tribunal', 'settlement', 'complaint'][k % 5]}`,
    category: (['confidential', 'personal-data', 'respect'] as const)[k % 3]!,
  }));
  return { meetings, watchTerms };
}
