import { defineRule } from '../utils/engine/define';
import type { RawFinding } from '../utils/engine/types';
import { BIRTH_CUES } from './data/identifiers';

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// Folded text, one pass: 12/03/1958, 1.2.89, 12-03-58 | 4 May 1961, 4th of May '61 | May 4, 1961.
const DATE = new RegExp(
  [
    String.raw`(?<![\p{N}/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[/.\-]\d)`,
    String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)?(?: of)? ${MONTH}\.?,? ('?\d{2}|\d{4})(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])${MONTH}\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?![\p{L}\p{N}])`,
  ].join('|'),
  'gu',
);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const CUE_TERMS = BIRTH_CUES.flatMap((entry) => entry.terms).map(escape).join('|');
// The cue may sit a few words before the date ("born in Leeds on 4 May 1961"): within 40 characters, same sentence.
const CUE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${CUE_TERMS})(?![\p{L}])`, 'u');
const CUE_AFTER = new RegExp(String.raw`^\s*[(\[-]?\s*(?:dob|d\.o\.b\.?|date of birth)(?![\p{L}])`, 'u');
// The author's own date of birth is theirs to share; in a DM, the recipient's own is sent back to them.
const SELF = /\b(?:i was born|i'm born|my (?:dob|d\.o\.b|date of birth|birth ?date|birthday))\b/;
const RECIPIENT = /\b(?:you were born|your (?:dob|d\.o\.b|date of birth|birth ?date|birthday))\b/;
// Data protection covers living people; someone born this long ago is historical.
const HISTORICAL_YEARS = 110;

function parts(match: RegExpExecArray): { day: number; month: number; year: string } {
  if (match[1] !== undefined) return { day: Number(match[1]), month: Number(match[3]), year: match[4]! };
  if (match[5] !== undefined) return { day: Number(match[5]), month: MONTHS.indexOf(match[6]!.slice(0, 3)) + 1, year: match[7]! };
  return { day: Number(match[9]), month: MONTHS.indexOf(match[8]!.slice(0, 3)) + 1, year: match[10]! };
}

function fullYear(year: string, now: Date): number {
  const digits = year.replace("'", '');
  if (digits.length === 4) return Number(digits);
  const twoDigits = Number(digits);
  const century = now.getUTCFullYear() % 100;
  return twoDigits > century ? 1900 + twoDigits : 2000 + twoDigits;
}

export default defineRule({
  id: 'date-of-birth',
  category: 'personal-data',
  severity: 'high',
  description: 'A date of birth of a private person ("DOB 12/03/1958", "born on 4 May 1961").',
  source: 'UK GDPR Art. 5(1)(f); Members\u2019 Code of Conduct (confidentiality and data protection)',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/personal-information-what-is-it/',
  messages: {
    found: {
      message: 'This looks like someone\u2019s date of birth.',
      explanation:
        'A date of birth, with a name or address, is what fraudsters need to impersonate someone, and it is personal data. Leave it out, or give an age range if it matters.',
    },
  },
  examples: {
    flagged: [
      { text: 'Mr Jones, DOB [[12/03/1958]], is still waiting for his assessment.', suggestion: '[date of birth removed]' },
      { text: 'She was born on [[4 May 1961]] and has lived here all her life.', suggestion: '[date of birth removed]' },
      { text: 'Resident\u2019s date of birth: [[1.2.89]]', suggestion: '[date of birth removed]' },
      { text: 'Tom Reid (born [[March 14, 1975]]) was moved to temporary housing.', suggestion: '[date of birth removed]' },
      { text: 'Patient details: Jane Doe, [[04/11/1990]] (DOB), Flat 2.' },
    ],
    clean: [
      'The meeting on 12/03/2026 was cancelled.',
      'Mr Jones, aged 67, is still waiting for his assessment.',
      'She was born in 1961 and has lived here all her life.',
      'I was born on 4 May 1961 in this ward and I have lived here ever since.',
      'Happy 100th birthday to Ethel, who turns 100 today!',
      'The park is named after Ada Jones, born 3 March 1870.',
      'Born and bred in Millbrook. Surgery on 14 May 2026 at the library.',
      { text: 'Thanks Tom, can you confirm your date of birth is 12/03/1958?', request: { surface: 'dm', platform: 'facebook' } },
      'Results for 2024/25 and 2025-26 are in.',
    ],
  },
  check({ input, doc }) {
    const findings: RawFinding[] = [];
    const text = doc.folded.text;
    const nowYear = input.now.getUTCFullYear();
    for (const { start, end, match } of doc.matchFolded(DATE)) {
      const { day, month, year } = parts(match);
      if (day < 1 || day > 31 || month < 1 || month > 12) continue;
      const born = fullYear(year, input.now);
      if (born > nowYear || nowYear - born > HISTORICAL_YEARS) continue;
      const window = text.slice(Math.max(0, match.index - 40), match.index);
      const before = window.slice(window.lastIndexOf('\n') + 1);
      const beforeSentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 20);
      if (!CUE_BEFORE.test(beforeSentence) && !CUE_AFTER.test(after)) continue;
      if (SELF.test(beforeSentence) || (input.surface === 'dm' && RECIPIENT.test(beforeSentence))) continue;
      findings.push({ start, end, messageId: 'found', suggestions: ['[date of birth removed]'] });
    }
    return findings;
  },
});
