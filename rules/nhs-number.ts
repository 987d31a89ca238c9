import { defineRule } from '../utils/engine/define';
import type { RawFinding } from '../utils/engine/types';
import { isFamilyDm } from './detect/contacts';
import { isValidNhsNumber } from '../utils/text/identifiers';

// Folded text. Ten digits as 3-3-4 with one consistent separator (space or hyphen) or none,
// not glued to other digits, money, a reference ("24/0123...") or a decimal.
const TEN_DIGITS = /(?<![\p{L}\p{N}/£$€.,+-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\p{L}\p{N}]|[/.,-]\d)/gu;

// Words in the same sentence that say this is a health identifier. "number"/"no" only raise
// the severity; they do not by themselves make a 0-prefixed run (more likely a phone) count.
const MEDICAL_CUE = /\b(?:nhs|chi|patient|patients|hospital|gp|surgery|health|medical|records?|clinic|a&e|ward|nurse|doctor|consultant|referral|prescription|appointment)\b/;
const NUMBER_CUE = /\b(?:number|no|num|id)\b/;
// A phone number written with +44 or (0) before the digits.
const PHONE_BEFORE = /(?:\+44|0044|\(0\))[ -]?$/;

export default defineRule({
  id: 'nhs-number',
  category: 'personal-data',
  severity: 'high',
  description: 'An NHS number (ten digits that pass the NHS modulus 11 check), which identifies one patient.',
  source: 'UK GDPR Art. 9 (health data) and 5(1)(f); NHS Data Dictionary, NHS Number; Members\u2019 Code of Conduct (confidentiality)',
  url: 'https://www.datadictionary.nhs.uk/attributes/nhs_number.html',
  messages: {
    found: {
      message: 'This looks like an NHS number.',
      explanation:
        'An NHS number identifies one patient and links to their health records. Publishing or forwarding it discloses health information about them; keep it to secure channels with the person\u2019s consent.',
    },
  },
  examples: {
    flagged: [
      { text: 'Her NHS number is [[943 476 5919]] - can the ward check?', suggestion: '[NHS number removed]' },
      { text: 'Patient [[4010232137]] has been waiting 40 weeks.', suggestion: '[NHS number removed]' },
      { text: 'NHS no: [[485-777-3457]]' },
      { text: 'Hi Karen, can you chase this? Mr Adeyemi, NHS number [[943 476 5919]], still no appointment.', request: { surface: 'dm' } },
      { text: 'Reference [[6123456784]] from the letter.', severity: 'medium', suggestion: '[NHS number removed]' },
    ],
    clean: [
      'Her NHS number is 943 476 5918.', // fails the check digit
      'Call 1234567890 to test.', // check digit would be 10: never issued
      'Ring 0113 496 0000 for the surgery.', // a phone number (4-3-4)
      'Mobile +44 7200000019', // +44: a phone number, not an NHS number
      'The budget is \u00a36123456784.',
      'Planning ref 24/01234/FUL and 25/0123456784 were approved.',
      'Account 0123456789 is a test sequence.', // 0-prefixed without a health cue: more likely a phone or account
      'Attendance was 4,857,773,457 page views', // thousands separators
      '4444444444 is a made-up number', // one repeated digit is never issued
      { text: 'Hi both, Sofia\u2019s NHS number is 943 476 5919 and the team have her referral.', request: { surface: 'dm' } },
    ],
  },
  check({ input, doc }) {
    const findings: RawFinding[] = [];
    // A DM to a patient's own family ("Hi both, Sofia's NHS number is ...") sends them their own details.
    if (isFamilyDm(input)) return findings;
    const text = doc.folded.text;
    for (const { start, end, match } of doc.matchFolded(TEN_DIGITS)) {
      const digits = `${match[1]}${match[3]}${match[4]}`;
      if (!isValidNhsNumber(digits)) continue;
      if (PHONE_BEFORE.test(text.slice(Math.max(0, match.index - 6), match.index))) continue;
      const sentence = doc.sentenceAt(start);
      const around = doc.text.slice(sentence.start, sentence.end).toLowerCase();
      const medical = MEDICAL_CUE.test(around);
      if (digits.startsWith('0') && !medical) continue;
      const cued = medical || NUMBER_CUE.test(around);
      findings.push({ start, end, messageId: 'found', ...(cued ? {} : { severity: 'medium' as const }), suggestions: ['[NHS number removed]'] });
    }
    return findings;
  },
});
