import { defineRule } from '../utils/engine/define';
import type { RawFinding } from '../utils/engine/types';
import { cueWord, tokenBefore } from './detect/contacts';
import { CASE_REFERENCE_CUES } from './data/identifiers';

// Folded text: a code with at least three digits in a row, letters/digits in up to five parts
// joined by - or /. The look-behind anchors it at the start of a run, so the look-ahead is linear.
const REFERENCE = /(?<![\p{L}\p{N}\/-])(?=[a-z0-9\/-]{0,12}\d{3})[a-z0-9]+(?:[\/-][a-z0-9]+){0,4}(?![\p{L}\p{N}\/-])/gu;

const CUE_NOUNS = new Set(CASE_REFERENCE_CUES.flatMap((entry) => entry.terms));
// Words allowed between the cue noun and the reference ("case ref no. HSG-1", "application number is 44").
const LINKING = new Set(['ref', 'reference', 'no', 'number', 'num', 'id', 'is', 'was', 'code', 'as', 'under']);
// Public-register and published references: planning, appeals, FOI/EIR.
const PLANNING = [/^\d{2}\/\d{4,5}\/[a-z]{2,6}$/, /^[a-z]{1,3}\/\d{2,4}\/\d{3,5}$/, /^app\/.+/];
const PUBLIC_CONTEXT = new Set(['planning', 'foi', 'eir', 'freedom', 'licensing', 'appeal', 'agenda', 'item', 'committee', 'premises']);
// A person the reference belongs to, in the same sentence.
const PERSON = /\b(?:her|his|their|your|him|them|mr|mrs|ms|miss|mx|resident|resident's|tenant|tenant's|constituent|constituent's|client|family|neighbour|son|daughter|mum|dad|husband|wife)\b/;
const YEAR = /^(?:19|20)\d\d$/;
// Cue nouns that only ever file one person's own matter.
const PERSONAL_CASE = new Set(['case', 'claim', 'complaint', 'tenancy', 'account', 'housing', 'customer']);

export default defineRule({
  id: 'case-reference',
  category: 'personal-data',
  severity: 'medium',
  description: 'A case, claim or account reference tied to a named or identifiable person (housing, benefits, complaints, council tax).',
  source: 'UK GDPR Art. 4(1) (identifier) and 5(1)(f); Members\u2019 Code of Conduct (confidentiality and data protection)',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/personal-information-what-is-it/',
  messages: {
    found: {
      message: 'This may be someone\u2019s case or account reference.',
      explanation:
        'A case or account reference links straight to one person\u2019s file (housing, benefits, a complaint). Published with their name or circumstances it identifies them and can reveal their situation. Pass it to officers privately instead.',
    },
  },
  examples: {
    flagged: [
      { text: 'I\u2019ve chased her case ref [[HSG-2024-01187]] with housing.', suggestion: '[reference removed]' },
      { text: '@tomr your housing application number [[445521]] is with allocations now.', suggestion: '[reference removed]' },
      { text: 'Complaint ref [[12345]] for Mr Jones is now overdue.', suggestion: '[reference removed]' },
      { text: 'The tenant\u2019s council tax account no. [[60012345]] was closed in error.' },
      { text: 'Deborah, your request is logged as [[TRE/0459/ORCH]] and the tree surgeon is booked.', request: { surface: 'reply' } },
      { text: 'Ms Okafor\u2019s housing case [[HSG/2024/0412]] is still open after six months, which is unacceptable.' },
    ],
    clean: [
      'Her objection to application 24/01234/FUL has been received.',
      'Planning application P/2025/0456 for Mr Jones\u2019s extension was approved.',
      'DC/25/01234 comes to committee with her support.',
      'The council answered my FOI request ref FOI-2024-0567 for Mr Jones\u2019s group.',
      'Pothole reported, ref 1234567, repair due Friday.',
      'Her case in 2024 took months.',
      { text: 'Hi Tom, your housing application number 445521 has been passed to the allocations team.', request: { surface: 'dm', platform: 'facebook' } },
      'Case numbers rose by 12% in 2025.',
      'Crime ref 4521/2025 relates to the break-in at the library.',
      'The repair request logged as 20250114 is for the play area.',
    ],
  },
  check({ input, doc }) {
    const findings: RawFinding[] = [];
    const tokens = doc.tokens;
    for (const { start, end, match } of doc.matchFolded(REFERENCE)) {
      const reference = match[0];
      if ((reference.match(/\d/g)?.length ?? 0) < 4) continue;
      if (/^(?:foi|eir)/.test(reference)) continue;
      const planningShaped = PLANNING.some((pattern) => pattern.test(reference));
      // The cue noun must come right before, with only linking words between ("case ref no. 12345":
      // the "." after an abbreviation does not end the search).
      let cued = false;
      let personalCue = false;
      let linked = false;
      let publicContext = false;
      let from = start;
      for (let i = tokenBefore(tokens, start), seen = 0; i >= 0 && seen < 6; i--, seen++) {
        const token = tokens[i]!;
        const word = cueWord(token);
        if (/[!?\n]/.test(input.text.slice(token.end, from))) break;
        if (PUBLIC_CONTEXT.has(word)) publicContext = true;
        if (CUE_NOUNS.has(word)) cued = true;
        if (PERSONAL_CASE.has(word)) personalCue = true;
        if (LINKING.has(word)) linked = true;
        else if (!CUE_NOUNS.has(word)) break;
        from = token.start;
      }
      if (!cued || publicContext) continue;
      // "HSG/2024/0412" is shaped like a planning reference; "housing case HSG/2024/0412" is not one.
      if (planningShaped && !personalCue) continue;
      if (YEAR.test(reference) && !linked) continue;
      // A person it belongs to, in the sentence(s) from the cue to the reference.
      // Bounded to 100 characters either side so a long paste with no full stops stays linear.
      const span = { start: Math.max(doc.sentenceAt(from).start, from - 100), end: Math.min(doc.sentenceAt(start).end, end + 100) };
      const context = input.text.slice(span.start, span.end).toLowerCase().replace(/\u2019/g, "'");
      const person = PERSON.exec(context);
      if (!person) continue;
      // In a DM, "your" reference is the recipient's own, sent back to them (a greeting names them too).
      const owner = context.slice(0, from - span.start).match(/\b(?:your|her|his|their|mr|mrs|ms|miss|mx)\b/g)?.pop();
      if (input.surface === 'dm' && owner === 'your') continue;
      findings.push({ start, end, messageId: 'found', suggestions: ['[reference removed]', 'please contact me privately for details'] });
    }
    return findings;
  },
});
