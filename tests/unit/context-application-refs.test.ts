import { describe, expect, it } from 'vitest';
import { findApplicationReferences, findSiteAddress, isApplicationReference } from '../../utils/context/application-refs';

describe('application references', () => {
  it.each([
    '24/01234/FUL',
    '25/00912/OUT',
    'P/2025/0456',
    'DC/25/01234/OUT',
    '230228/FUL',
    '2025/0123/P',
    '24/AP/1234',
    '21/P/01234',
    'PA24/01234',
    'F/YR24/0123/F',
    'HGY/2024/1234',
    'PL/2023/01234',
    '24/00123',
    '2024/1234/LBC',
    'LIC/0123',
  ])('%s is a reference', (ref) => {
    expect(isApplicationReference(ref)).toBe(true);
  });

  it.each([
    '12/03/2025', // a date
    '1/4/25',
    '03/2025', // a month
    '2025/26', // a financial year
    '2025/2026',
    '1/2', // a fraction
    '100/1000',
    'A303/A30', // roads
    'and/or',
    '24/7',
    'NHS/2024',
    'S106/2024',
    '24/01234/ful', // lower case: prose, not the councils' format
  ])('%s is not a reference', (text) => {
    expect(isApplicationReference(text)).toBe(false);
  });

  it('finds references in titles with their offsets, and nothing in dates or budgets', () => {
    const title = 'Minutes of 12/03/2025; Budget 2025/26; 24/01234/FUL and 25/00912/OUT (see https://example.gov.uk/plan/24/1)';
    expect(findApplicationReferences(title)).toEqual([
      { text: '24/01234/FUL', start: 39, end: 51 },
      { text: '25/00912/OUT', start: 56, end: 68 },
    ]);
  });
});

describe('site addresses', () => {
  it.each([
    ['24/01234/FUL - Land at Wheatfield Farm, Mill Lane, Little Snoring', 'Land at Wheatfield Farm, Mill Lane, Little Snoring'],
    ['14 High Street, Anytown - Change of use to hot food takeaway - 25/00912/FUL', '14 High Street, Anytown'],
    ['Application 25/00912/OUT: Outline application for up to 120 dwellings, Land north of Station Road, Kirkby', 'Land north of Station Road, Kirkby'],
    ['P/2025/0456 — 23 Church Road, Westbury: two-storey rear extension', '23 Church Road, Westbury'],
    ['Land adjacent to 5 The Green, Upper Slaughter (Ward: Abbey)', 'Land adjacent to 5 The Green, Upper Slaughter'],
    ['5-7 Station Road, Kirkby - Demolition and erection of 9 flats', '5-7 Station Road, Kirkby'],
    ['DC/25/01234/OUT Land off Mill Lane, Eastfield', 'Land off Mill Lane, Eastfield'],
    ['Former Co-op, 12 Market Place - 24/00999/FUL', '12 Market Place'],
    ['Land to the rear of 14 Queens Avenue 24/01234/FUL', 'Land to the rear of 14 Queens Avenue'],
  ])('%s → %s', (title, address) => {
    expect(findSiteAddress(title)?.text).toBe(address);
  });

  it.each([
    'Apologies for absence',
    'Minutes of the meeting held on 12 March 2025',
    'Revenue Budget 2025/26 and Medium Term Financial Strategy',
    'Land Charges fees review',
    'Site visits',
    'Exclusion of the press and public',
    '2 year capital programme',
  ])('%s has no address', (title) => {
    expect(findSiteAddress(title)).toBeUndefined();
  });

  it('gives the offset of the address in the title', () => {
    const title = '24/01234/FUL - Land at Wheatfield Farm, Mill Lane';
    const found = findSiteAddress(title)!;
    expect(title.slice(found.start, found.end)).toBe('Land at Wheatfield Farm, Mill Lane');
  });
});
