import { defineRule } from '../utils/engine/define';
import type { RawFinding } from '../utils/engine/types';

// HMRC's NIM39110: the first letter is never D, F, I, Q, U or V; the second never
// D, F, I, O, Q, U or V; and these pairs are never allocated.
const UNALLOCATED = new Set(['bg', 'gb', 'nk', 'kn', 'tn', 'nt', 'zz']);
const FIRST = /[abceghjklmnoprstwxyz]/;
const SECOND = /[abceghjklmnprstwxyz]/;

const SAID_TO_BE = /\b(?:NI|NINO|national insurance)(?: number| no\.?)?\b[^.\n]{0,48}$/iu;
// "An NI number looks like QQ 12 34 56 C": HMRC's own sample, shown as the format.
const A_SAMPLE = /\b(?:like|e\.g\.|for example|example|format|such as)[\s:]*$/iu;
// Folded text: lower case. Two letters, three pairs of digits, suffix A-D, single spaces allowed.
const NI_NUMBER = /(?<![\p{L}\p{N}])([a-z])([a-z]) ?(\d\d) ?(\d\d) ?(\d\d) ?([a-d])(?![\p{L}\p{N}])/gu;

export default defineRule({
  id: 'ni-number',
  category: 'personal-data',
  severity: 'high',
  description: 'A National Insurance number, which identifies one person for tax and benefits.',
  source: 'UK GDPR Art. 4(1) and 5(1)(f); Members\u2019 Code of Conduct (confidentiality and data protection)',
  url: 'https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim39110',
  messages: {
    found: {
      message: 'This looks like a National Insurance number.',
      explanation:
        'A National Insurance number identifies one person and is used to commit identity fraud. Publishing or forwarding it is a personal data breach unless the person asked you to and it is necessary.',
    },
  },
  examples: {
    flagged: [
      { text: 'Her NI number is [[JT123456C]]', suggestion: '[NI number removed]' },
      { text: 'NI: [[AB 12 34 56 C]] - can housing benefit check it?', suggestion: '[NI number removed]' },
      { text: 'Sent you his national insurance no [[jk987654a]] by mistake, sorry', suggestion: '[NI number removed]' },
      { text: 'NI number for Mr Dunn is [[QQ 12 34 56 C]], can you check it?', suggestion: '[NI number removed]' },
    ],
    clean: [
      'Ask HMRC if you have lost your National Insurance number.',
      'Our reference is BG123456A', // BG is never allocated
      'Voucher QQ123456C', // Q is never a first letter
      'An NI number looks like QQ 12 34 56 C: two letters, six digits, one letter.', // HMRC's sample, as the format
      'Planning ref AB123456 was approved.', // no suffix letter
      'Order code DA123456A', // D is never a first letter
      'The ZZ 99 99 99 D format is only used in examples',
    ],
  },
  check({ doc }) {
    const findings: RawFinding[] = [];
    for (const { start, end, match } of doc.matchFolded(NI_NUMBER)) {
      const [, first = '', second = ''] = match;
      const allocated = FIRST.test(first) && SECOND.test(second) && !UNALLOCATED.has(first + second);
      // "NI number for Mrs Ferris is QQ 12 34 56 C": said to be one, it is one (a typo or HMRC's
      // sample prefix still shows a person's number is being posted). regex-safe: a 64-character slice.
      const before = doc.text.slice(Math.max(0, start - 64), start);
      if (!allocated && (!SAID_TO_BE.test(before) || A_SAMPLE.test(before))) continue;
      findings.push({ start, end, messageId: 'found', suggestions: ['[NI number removed]'] });
    }
    return findings;
  },
});
