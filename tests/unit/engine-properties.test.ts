/**
 * Properties of the engine with every registered rule, on arbitrary input:
 * it never throws and no rule fails (a rule that throws or returns a bad span is
 * swallowed by the engine into `failures`, so an empty `failures` is the real
 * "never throws"), every span lies inside its text, results are deterministic
 * (also after another check ran in between: a global regex's lastIndex or a
 * module-level cache must not leak), and categories and severities come from
 * the public lists. Runs in a few seconds; the counts are set for that.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { check, type CheckResult } from '../../utils/engine/engine';
import { ACCOUNT_KINDS, PLATFORMS, SURFACES, type CheckRequest } from '../../utils/engine/request';
import { CATEGORIES, SEVERITIES, type Rule } from '../../utils/engine/types';

// ---------------------------------------------------------------------------
// Text: realistic pieces rules look for, mixed with the characters that break
// offset arithmetic (surrogates, combining marks, characters whose lower case or
// NFKD form is longer, invisible and bidi controls) and arbitrary unicode.

const PIECES = [
  'Mrs', 'Mr', 'Ms', 'Dr', 'Cllr', 'Councillor', 'Doreen', 'Price', "O'Neill", 'O\u2019Neill', 'Smith-Jones',
  '07700 900123', '+44 7700 900123', '(0113) 496 0000', '0113 496 0000', '07700900123', '999',
  '14', 'Flat 1,', '14a Marlborough Road', 'Marlborough Road', 'LS6 2QT', 'SW1A 1AA', 'M1',
  'AB 12 34 56 C', 'JT123456C', '943 476 5919', '9434765919', 'DOB 01/02/1980', 'born 3 March 1961', 'AB12 CDE',
  'jane.doe@example.com', 'j@x.co', '@someone', '#ward', 'https://example.com/a?b=c', 'ref HW/2026/0457', '24/01234/FUL',
  'Part 2', 'Part B', 'exempt', 'confidential', 'in confidence', 'legal advice', 'leaked',
  'Plans Panel', 'Planning Committee', 'I will vote against', 'I will be voting for', 'open mind',
  'vote for', 'Re-elect', 'Promoted by', 'benefits', 'universal credit', 'disabled', 'dementia', 'arrested',
  'Gypsies', 'Travellers', 'corrupt', 'liar', 'incompetent', 'budget', 'the council', 'Labour', 'Conservative',
  'please call me', 'DM', '[[', ']]', '((', '))', '--', "'", '"', '\u201C', '\u201D', '...', '\u2026',
];

const TRICKY = [
  '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\uFEFF', '\u00AD', '\u2060',
  '\u0301', '\u0308', '\u0327', 'e\u0301', 'a\u0300\u0301\u0302\u0303',
  '\u0130', '\u1E9E', '\u00DF', '\uFB01', '\uFB03', '\u0390', '\u01C5', '\u212A', '\u2126', '\u2460', '\u216B', '\u33A1',
  '\uFF11\uFF12\uFF13', '\u0661\u0662\u0663', '\u0967', '\uFF21\uFF22', '\u00A0', '\u2007', '\u202F', '\u2028', '\u2029',
  '\r\n', '\r', '\t', '\u0000', '\u001F', '\u007F',
  '\u0645\u0631\u062D\u0628\u0627', '\u05E9\u05DC\u05D5\u05DD', '\u4F60\u597D', '\uD55C\uAD6D\uC5B4',
  '\u{1F600}', '\u{1F44D}\u{1F3FD}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1F3F3}\uFE0F\u200D\u{1F308}', '\u{1F1EC}\u{1F1E7}',
  '\u{1D400}', '\u{10FFFF}', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDC00\uD800',
];

const SEPARATORS = [' ', ' ', ' ', '\n', '. ', ', ', ': ', '\n\n', '  ', '-', '/', '?'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 4, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...TRICKY, ...SEPARATORS), maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99_999_999 }).map(String) },
);

const text = (maxPieces = 60) => fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(''));
/** Any string at all, for the never-throws property. */
const anyString = fc.oneof(text(), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 80 }));

// ---------------------------------------------------------------------------
// Requests: every valid combination of context.

const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const isoDate = instant.map((s) => s.slice(0, 10));
const shortString = (max: number) => fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: Math.min(max, 40) }));
const committee = fc.oneof(
  fc.constantFrom('Planning Committee', 'Plans Panel', 'Development Management Committee', 'Licensing Sub-Committee', 'Licensing Committee', 'Cabinet', 'Scrutiny Board (Environment)'),
  shortString(200),
);

const request: fc.Arbitrary<CheckRequest> = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 10 }), fc.integer()),
    text: text(),
    platform: fc.constantFrom(...PLATFORMS),
    surface: fc.constantFrom(...SURFACES),
    account: fc.constantFrom(...ACCOUNT_KINDS),
    quoted: text(30),
    now: instant,
    profile: fc.record(
      {
        role: fc.constantFrom('councillor' as const, 'officer' as const),
        name: fc.oneof(fc.constantFrom('Jane Ashworth', 'Doreen Price', 'Cllr Alan Whitcombe', ''), shortString(200)),
        committees: fc.array(committee, { maxLength: 4 }),
        imprint: fc.oneof(fc.constant(''), fc.constant('Promoted by J Ashworth, 1 High St, Leeds LS1 1AA'), shortString(1000)),
        ownContacts: fc.array(fc.oneof(fc.constantFrom('07700 900123', '+44 7700 900123', 'jane.doe@example.com', '0113 496 0000'), shortString(200)), { maxLength: 4 }),
      },
      { requiredKeys: [] },
    ),
    election: fc.record({ poll: isoDate, noticeOfElection: isoDate }, { requiredKeys: [] }),
    meetings: fc.array(
      fc.record(
        {
          committee,
          start: instant,
          end: instant,
          items: fc.array(
            fc.record(
              { title: shortString(2000), reference: fc.oneof(fc.constant('24/01234/FUL'), shortString(100)), restricted: fc.boolean() },
              { requiredKeys: ['title'] },
            ),
            { maxLength: 3 },
          ),
        },
        { requiredKeys: ['committee', 'start'] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['text'] },
);

// ---------------------------------------------------------------------------
// The invariants every result must satisfy.

const RULE_CATEGORY = new Map(RULES.map((rule) => [rule.id, rule.category]));
const UNFILLED = /\{\w+\}/;

function assertValid(result: CheckResult, req: CheckRequest): void {
  // A rule that threw or returned a span outside the text; the engine kept going, but the rule is broken.
  expect(result.failures, `rule failures for ${JSON.stringify(req).slice(0, 400)}`).toEqual([]);
  for (const finding of result.findings) {
    const where = `${finding.ruleId} at ${finding.in ?? 'text'}:${finding.start}-${finding.end}`;
    expect(CATEGORIES, where).toContain(finding.category);
    expect(SEVERITIES, where).toContain(finding.severity);
    expect(RULE_CATEGORY.get(finding.ruleId), `${where}: category is the rule's`).toBe(finding.category);
    expect([undefined, 'quoted'], where).toContain(finding.in);
    const target = finding.in === 'quoted' ? req.quoted : req.text;
    expect(target, `${where}: a quoted finding needs quoted text`).toBeTypeOf('string');
    const length = (target ?? '').length;
    expect(Number.isInteger(finding.start) && Number.isInteger(finding.end), where).toBe(true);
    expect(finding.start, where).toBeGreaterThanOrEqual(0);
    expect(finding.start, where).toBeLessThan(finding.end);
    expect(finding.end, where).toBeLessThanOrEqual(length);
    expect(finding.message.length, `${where}: message`).toBeGreaterThan(0);
    expect(UNFILLED.test(finding.message) || UNFILLED.test(finding.explanation), `${where}: a {placeholder} was left unfilled: ${finding.message}`).toBe(false);
    expect(Array.isArray(finding.suggestions) && finding.suggestions.every((s) => typeof s === 'string'), where).toBe(true);
  }
}

const NOW = '2026-03-03T19:05:00Z';

describe('engine properties (all registered rules)', () => {
  it('has rules registered, and the invariants catch a broken rule', () => {
    expect(RULES.length).toBeGreaterThan(0);
    const broken: Rule = {
      ...RULES[0]!,
      id: 'broken-for-test',
      check: ({ input }) => [{ start: 0, end: input.text.length + 1, messageId: Object.keys(RULES[0]!.messages)[0]! }],
    };
    const req = { text: 'abc', now: NOW };
    expect(() => assertValid(check(req, { rules: [broken] }), req)).toThrow();
  });

  it('never throws and returns valid findings on any string', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const req = { text: value, now: NOW };
        assertValid(check(req), req);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and returns valid findings for any valid request (platform, surface, account, quoted, profile, election, meetings)', () => {
    fc.assert(
      fc.property(request, (req) => {
        assertValid(check(req), req);
      }),
      { numRuns: 250 },
    );
  });

  it('is deterministic: the same request gives the same findings, also after another check in between', () => {
    fc.assert(
      fc.property(request, request, (a, b) => {
        const fixed = { now: NOW, ...a };
        const first = check(fixed);
        check({ now: NOW, ...b });
        const again = check(structuredClone(fixed));
        expect(again).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('copes with very long strings (up to 100,000 characters)', () => {
    const long = fc
      .tuple(fc.array(piece, { minLength: 500, maxLength: 4_000 }), fc.integer({ min: 1, max: 25 }))
      .map(([parts, times]) => {
        // Repeat a varied block to reach 100k cheaply; cut at any point, even inside a surrogate pair.
        const block = parts.join('');
        return block.repeat(Math.ceil(100_000 / Math.max(1, block.length) / times) + 1).slice(0, 100_000 / times);
      });
    fc.assert(
      fc.property(long, (value) => {
        const req = { text: value, quoted: value.slice(0, 5_000), surface: 'quote' as const, now: NOW };
        assertValid(check(req), req);
      }),
      // Shrinking 100k strings would take minutes; the failing input is reported as found.
      { numRuns: 5, endOnFailure: true },
    );
    // And the extreme: exactly 100,000 characters of arbitrary unicode.
    const req = { text: fc.sample(fc.string({ unit: 'binary', minLength: 100_000, maxLength: 100_000 }), { numRuns: 1, seed: 42 })[0]!, now: NOW };
    assertValid(check(req), req);
  });
});
