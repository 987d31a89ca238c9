import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPhoneMetadata, renderPhoneMetadata } from '../../scripts/phone/metadata';

describe('the phone rule\u2019s libphonenumber metadata', () => {
  it('is what the installed libphonenumber-js builds today (run `npm run build:phone` after updating it)', () => {
    expect(readFileSync(new URL('../../rules/data/phone-metadata.generated.ts', import.meta.url), 'utf8')).toBe(renderPhoneMetadata());
  });

  it('keeps +44 whole and only the calling codes of the rest', () => {
    const { metadata, callingCodes } = buildPhoneMetadata();
    expect(Object.keys(metadata.countries).sort()).toEqual(['GB', 'GG', 'IM', 'JE']);
    expect(callingCodes['48']).toEqual([6, 7, 8, 9, 10]); // Poland
    expect(callingCodes['1']).toContain(10); // North America
    expect(callingCodes['1']).not.toContain(8);
    expect(callingCodes['33']).toEqual([9]); // France
    expect(callingCodes['44']).toEqual([7, 9, 10]); // kept whole above, listed here as well
  });
});
