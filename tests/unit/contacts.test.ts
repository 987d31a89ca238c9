/** Helpers shared by the personal-data identifier rules, and the clean examples kept beside their lexicons. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { OFFICE_CUES, ORGANISATION_CUES, PERSONAL_EMAIL_DOMAINS, RECIPIENT_CUES, ROLE_MAILBOXES, SELF_CUES, THIRD_PERSON_CUES, VENUE_CUES, type CueEntry } from '../../rules/data/contacts';
import { BUILDING_TYPES, COUNT_NOUNS, COUNT_WORDS_BEFORE, MEASURE_WORDS, NOT_A_HOME, STREET_TYPES, VENUE_AFTER, WELSH_STREET_TYPES } from '../../rules/data/addresses';
import { BIRTH_CUES, CASE_REFERENCE_CUES, VEHICLE_CUES } from '../../rules/data/identifiers';
import { check } from '../../utils/engine/engine';
import { addressKey, phoneKey } from '../../rules/detect/contacts';
import { isValidNhsNumber, isValidPostcode } from '../../utils/text/identifiers';

describe('phoneKey', () => {
  it('gives one key for national, +44, +44 (0) and 0044 forms', () => {
    for (const raw of ['07700 900123', '+447700900123', '+44 7700 900123', '+44 (0)7700 900123', '0044 7700 900123', '07700-900-123'])
      expect(phoneKey(raw), raw).toBe('07700900123');
  });
  it('keeps foreign numbers international and ignores short codes', () => {
    expect(phoneKey('+33 6 12 34 56 78')).toBe('+33612345678');
    expect(phoneKey('999')).toBeUndefined();
  });
});

describe('addressKey', () => {
  it('ignores case and punctuation', () => expect(addressKey('14, Maple  Close')).toBe(addressKey('14 maple close')));
});

describe('isValidNhsNumber', () => {
  it('accepts numbers that pass modulus 11', () => {
    for (const n of ['9434765919', '4010232137', '4857773457', '6123456784']) expect(isValidNhsNumber(n), n).toBe(true);
  });
  it('rejects a wrong check digit, a check digit of 10, repeated digits and wrong lengths', () => {
    for (const n of ['9434765918', '1234567890', '4444444444', '943476591', '94347659190']) expect(isValidNhsNumber(n), n).toBe(false);
  });
});

describe('isValidPostcode', () => {
  it('accepts every outward format and GIR 0AA', () => {
    for (const p of ['M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'W1A 0AX', 'EC1A 1BB', 'SW1A1AA', 'gir 0aa', 'bl1 4qr']) expect(isValidPostcode(p), p).toBe(true);
  });
  it('rejects districts alone and letters Royal Mail never uses', () => {
    for (const p of ['SW1A', 'M1', 'QA1 1AA', 'AI1 1AA', 'A1I 1AA', 'M1 1CA', 'M1 1AI', 'AB1 23C']) expect(isValidPostcode(p), p).toBe(false);
  });
});

// Every lexicon entry's known false-positive examples must stay clean for the rule named.
const lexicons: Record<string, CueEntry[]> = {
  ORGANISATION_CUES, VENUE_CUES, OFFICE_CUES, THIRD_PERSON_CUES, SELF_CUES, RECIPIENT_CUES, PERSONAL_EMAIL_DOMAINS, ROLE_MAILBOXES,
  STREET_TYPES, COUNT_NOUNS, COUNT_WORDS_BEFORE, MEASURE_WORDS, NOT_A_HOME, VENUE_AFTER, WELSH_STREET_TYPES, BUILDING_TYPES,
  BIRTH_CUES, VEHICLE_CUES, CASE_REFERENCE_CUES,
};
const cases = Object.entries(lexicons).flatMap(([name, entries]) =>
  entries.flatMap((entry) => entry.falsePositives.map((fp) => [`${name}: ${fp.context}`, fp] as const)),
);

describe('lexicon false-positive contexts stay clean', () => {
  it.each(cases)('%s', (_label, fp) => {
    const rule = RULES.find((r) => r.id === fp.rule);
    expect(rule, `no rule ${fp.rule}`).toBeDefined();
    const findings = check({ now: '2026-11-23T12:00:00Z', ...(fp.request ?? {}), text: fp.example }, { rules: [rule!] }).findings;
    expect(findings).toEqual([]);
  });
  it('every entry has a note, a source and at least one example', () => {
    for (const entries of Object.values(lexicons))
      for (const entry of entries) {
        expect(entry.note.length).toBeGreaterThan(10);
        expect(entry.source.length).toBeGreaterThan(3);
        expect(entry.falsePositives.length).toBeGreaterThan(0);
      }
  });
});
