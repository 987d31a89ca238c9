/*
 * libphonenumber-js/core with the +44 metadata only (rules/data/phone-metadata.generated.ts,
 * scripts/phone/metadata.ts): we only need "is this a possible UK number" and the national
 * number, and we classify UK ranges ourselves from the leading digits (07 mobile, 01/02
 * geographic, 03/08/09 non-geographic). Every country's metadata cost 18 kB gzipped in each tab;
 * a foreign number is any known calling code followed by a number of E.164's length. We use
 * isPossible(), not isValid(): Ofcom's drama ranges (07700 900xxx, 01632 960xxx)
 * fail validation yet are what people paste in examples and tests, and a real
 * number in an unusual range is still someone's number.
 *
 * libphonenumber's own text search takes ~40 ms on 20,000 characters, so we
 * find candidate digit runs with one bounded regex, check their shape, and
 * parse only the plausible ones (see parse()).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { CALLING_CODES, UK_PHONE_METADATA } from './data/phone-metadata.generated';
import { defineRule } from '../utils/engine/define';
import type { CheckInput, RawFinding, Severity } from '../utils/engine/types';
import { isOwnPhone, isPrivateOwner, ownerOf, wordAfter } from './detect/contacts';
import { privatePeople } from './detect/sensitive';
import type { Doc } from '../utils/engine/doc';

// regex-safe: alternation of plain words and literals, no nested quantifiers.
const SERVICE_WORDS = /\b(?:report|reporting|bookings?|book|tickets|apply|applications|enquiries|online|website|opening hours|social care|call them|ring them|support|helpline|advice line|day or night|24 hours|freephone|advice|free|mon-fri|mon to fri|monday to friday|weekdays|pop into|pop in|drop in|drop-in)\b|@|\bwww\./i;
// "ring adult social care on …", "call the housing team on …": the number is the service's, in a DM too.
// regex-safe: tested only on the 50 characters before a number; the word run is bounded and ends at a literal word.
const SERVICE_BEFORE = /\b(?:ring|call|phone|contact)\s(?:the\s)?(?:[\p{L}-]+\s){0,3}(?:care|team|line|helpline|service|services|council|office|desk|centre|support|unit|switchboard|hub|BC|MBC|DC|CC|borough|ltd|plc)\s(?:on|at)\s$/iu;
const servicePost = (doc: Doc, at: number): boolean => {
  const sentence = doc.sentenceAt(at);
  return SERVICE_WORDS.test(doc.text.slice(sentence.start, sentence.end));
};
const namedNear = (doc: Doc, input: CheckInput, at: number): boolean => {
  const sentence = doc.sentenceAt(at);
  return privatePeople(doc, input).some((p) => p.start >= sentence.start && p.end <= sentence.end);
};

// Folded text. Starts at +, 00, ( or 0 not glued to a word, a sum of money or a reference;
// then digits, spaces, hyphens and brackets, ending on a digit.
const CANDIDATE = /(?<![\p{L}\p{N}/£$€+.,:-])[+(0][\d \-()]{8,19}\d(?![\p{L}\p{N}/])/gu;
const ORGANISATION_AFTER = new Set(['switchboard', 'reception', 'helpline', 'hotline', 'office', 'council', 'freephone', 'enquiries', 'line']);

interface Parsed {
  countryCode: string;
  national: string;
  length: number;
}

/**
 * Cheap shape first, libphonenumber second: a libphonenumber parse costs 0.1-0.3 ms, so a
 * paste full of numbers would blow the time budget. UK numbers are recognised by shape
 * (0 + 9 or 10 digits, or +44 / 0044 with an optional (0)); only those are parsed, each distinct
 * one once per check, and at most PARSE_LIMIT times per check. A foreign number needs no parse.
 */
const PARSE_LIMIT = 16;

function ukShape(text: string): { national: string } | 'foreign' | undefined {
  const digits = text.replace(/\D/g, '');
  const international = /^\s*(?:\+|00)/.test(text);
  if (!international) return digits.startsWith('0') && (digits.length === 10 || digits.length === 11) ? { national: digits.slice(1) } : undefined;
  const afterPrefix = digits.startsWith('00') ? digits.slice(2) : digits;
  if (!afterPrefix.startsWith('44')) return afterPrefix.length >= 8 && afterPrefix.length <= 15 ? 'foreign' : undefined;
  let national = afterPrefix.slice(2);
  if (national.startsWith('0')) national = national.slice(1); // +44 (0)20 ...
  return national.length === 9 || national.length === 10 ? { national } : undefined;
}

/** +CC then a national number of a length possible under that code (libphonenumber's isPossible()). */
function foreign(text: string): Parsed | null {
  const digits = text.replace(/\D/g, '').replace(/^00/, '');
  for (let size = 1; size <= 3; size++) {
    const code = digits.slice(0, size);
    const lengths = Object.hasOwn(CALLING_CODES, code) ? CALLING_CODES[code] : undefined;
    if (!lengths) continue;
    const national = digits.slice(size).replace(/^0/, ''); // "+33 (0)6 …"
    return lengths.includes(national.length) ? { countryCode: code, national, length: text.length } : null;
  }
  return null;
}

function parse(candidate: string, cache: Map<string, Parsed | null>): Parsed | undefined {
  let text = candidate;
  // A greedy run can swallow a following number ("07700 900123 2024"): drop trailing groups until it fits.
  for (let attempt = 0; attempt < 3; attempt++) {
    const shape = ukShape(text);
    if (shape) {
      if (shape !== 'foreign' && !/^[127]/.test(shape.national)) return undefined; // 03, 08, 09, 05: organisations
      const key = text.replace(/[^\d+]/g, '');
      let parsed = cache.get(key);
      if (parsed === undefined) {
        if (shape === 'foreign') {
          parsed = foreign(text);
        } else if (cache.size >= PARSE_LIMIT) {
          parsed = { countryCode: '44', national: shape.national, length: text.length };
        } else {
          const number = parsePhoneNumberFromString(text, 'GB', UK_PHONE_METADATA);
          parsed = number?.isPossible() ? { countryCode: number.countryCallingCode, national: number.nationalNumber, length: text.length } : null;
        }
        cache.set(key, parsed);
      }
      return parsed ? { ...parsed, length: text.length } : undefined;
    }
    // regex-safe: a candidate is at most 21 characters long (CANDIDATE's {8,19} bound).
    const cut = text.search(/[ \-]+\S*$/);
    if (cut <= 0) return undefined;
    text = text.slice(0, cut);
  }
  return undefined;
}

/** Personal by range: UK mobiles and geographic lines, and any foreign number. */
function kindOf(countryCode: string, national: string): 'mobile' | 'landline' | 'foreign' | undefined {
  if (countryCode !== '44') return 'foreign';
  if (national.startsWith('7')) return 'mobile';
  if (national.startsWith('1') || national.startsWith('2')) return 'landline';
  return undefined;
}

export default defineRule({
  id: 'phone-number',
  category: 'personal-data',
  severity: 'high',
  description: 'A private person\u2019s phone number (mobile or home landline), other than your own or an organisation\u2019s line.',
  source: 'UK GDPR Art. 5(1)(f) and 6(1); Members\u2019 Code of Conduct (confidentiality and data protection)',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/personal-information-what-is-it/',
  messages: {
    found: {
      message: 'This looks like a private person\u2019s phone number.',
      explanation:
        'A personal phone number identifies and reaches one person. Publishing it without their clear agreement is a personal data breach and can expose them to nuisance calls or worse. If you meant your own number, add it to your profile\u2019s own contacts.',
    },
  },
  examples: {
    flagged: [
      { text: 'If you need the hall keys tonight, ring Mandy on [[07700 900528]].' },
      { text: 'Spoke to Mrs Price about the flooding - her number is [[07843 215690]] if highways need her.', suggestion: '[phone number removed]' },
      { text: 'Doreen\u2019s mobile: [[+44 7700 900123]]', suggestion: '[phone number removed]' },
      { text: 'Ring Mr Jones on [[(01632) 960 001]] about the hedge.', suggestion: '[phone number removed]' },
      { text: 'His number is [[07843215690]].', suggestion: '[phone number removed]' },
      { text: 'At the council office this morning with Mrs Khan, her number is [[0113 496 0000]].', suggestion: '[phone number removed]' },
      { text: 'Hi Tom, your neighbour\u2019s number is [[07700 900456]].', request: { surface: 'dm' } },
      { text: 'Please reply to the resident at [[07700-900-789]] asap', suggestion: '[phone number removed]' },
      { text: 'Her son in Gdańsk is on [[+48 512 345 678]] if the landlord needs him.' },
      { text: 'Mr Byrne\u2019s daughter is on [[00353 85 123 4567]].' },
      { text: 'Call [[01632 960321]] for details.', severity: 'medium' },
      { text: 'Mrs Dunn, 8 Chapel Walk, [[01632 960331]], has had no bin collection for a month.' },
      { text: 'FYI the man who keeps ringing you is Colin Fairweather, [[0113 496 0732]], lives on Wetherby Road.', request: { surface: 'dm' } },
    ],
    clean: [
      { text: 'Any problems, call me on 07700 900123.', request: { profile: { ownContacts: ['+447700900123'] } } },
      { text: 'Text 07700 900123 for help.', request: { profile: { ownContacts: ['07700 900123'] } } },
      'Any problems, ring me on 07700 900555.',
      'Call the council switchboard on 01632 960000 to report it.',
      'Domestic abuse support in Millbrook: call 01632 960220, day or night.',
      { text: "If you're worried about a neighbour, please ring adult social care on 01632 960600.", request: { surface: 'dm', platform: 'facebook' } },
      'Report it on 0300 123 4567 or freephone 0800 111 999.',
      'In an emergency call 999; for non-emergencies 101; NHS 111; Samaritans 116 123.',
      'Our ward office line is 0113 496 0000.',
      'The housing helpline is 0121 496 0000.',
      'Ring the housing team on 01632 960001 if your repair is urgent.',
      'Report potholes on 01632 960100 with a photo and the nearest lamp post.',
      'If the hall is locked, ring Citizens Advice on 0300 330 1234 instead.',
      'Thanks to Harbour Coaches for the shuttle. Bookings for next year on 01632 960455.',
      'Planning application 24/01234/FUL was approved.',
      'The scheme cost \u00a31,234,567 in 2024/25.',
      'The meeting is on 12/03/2026 at 19:30.',
      'We had 01 2345 678 signatures', // too few digits to be a UK number
      'Business rates line 0845 600 0000',
      'Quote 00 123 456 789 on the form.', // no country has an 8-digit number under +1
      'Parents can ring the school office on 01632 960777.',
      // Opening hours and free advice: a published service's number, by what the post offers.
      'Debt advice is free at the Chapel Walk drop-in, 01632 960330.',
      'Ring Fenby BC on 01632 960000 about your council tax, Mon-Fri.',
      'Citizens Advice Fenby, 8 Chapel Walk, 01632 960330.',
      { text: 'Hi Tom, I\u2019ve chased it. Is your number still 07700 900987?', request: { surface: 'dm', platform: 'facebook' } },
    ],
  },
  check({ input, doc }) {
    const findings: RawFinding[] = [];
    const cache = new Map<string, Parsed | null>();
    for (const { start, match } of doc.matchFolded(CANDIDATE)) {
      const parsed = parse(match[0], cache);
      if (!parsed) continue;
      const kind = kindOf(parsed.countryCode, parsed.national);
      if (!kind) continue;
      // Map the (possibly trimmed) parsed length back to the original text.
      const end = doc.folded.ends[match.index + parsed.length - 1]!;
      const raw = input.text.slice(start, end);
      if (isOwnPhone(input, raw)) continue;
      const owner = ownerOf(doc, start, 'contact', input);
      if (!isPrivateOwner(owner, input)) continue;
      if (owner === 'unknown' && wordAfter(doc, end, ORGANISATION_AFTER, 3)) continue;
      // A landline nobody in the sentence owns, in a public post that tells people how to report, book or
      // apply, is a service's or a business's published number ("report potholes on 01632 960100",
      // "bookings on 01632 960455"): people rarely publish a stranger's landline that way.
      if (kind === 'landline' && owner === 'unknown' && input.surface !== 'dm' && servicePost(doc, start) && !namedNear(doc, input, start)) continue;
      if (kind === 'landline' && owner === 'unknown' && SERVICE_BEFORE.test(input.text.slice(Math.max(0, start - 50), start)) && !namedNear(doc, input, start)) continue;
      const severity: Severity = kind === 'landline' && owner === 'unknown' ? 'medium' : 'high';
      findings.push({
        start,
        end,
        messageId: 'found',
        ...(severity !== 'high' ? { severity } : {}),
        suggestions: ['[phone number removed]', 'please contact me privately for details'],
      });
    }
    return findings;
  },
});
