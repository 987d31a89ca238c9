import { defineRule } from '../utils/engine/define';
import { heldToHint, modelFindings } from './model/findings';
import { nothingDisclosed } from './detect/disclosure';

/**
 * The trained tier's judgement of confidential disclosure: revealing exempt
 * business, what was said in confidence, leaked papers or negotiating
 * positions, in words the confidentiality rules' lists do not hold.
 */
export default defineRule({
  id: 'model-confidential',
  category: 'confidential',
  severity: 'medium',
  defers: true,
  description: 'Wording a trained model reads as revealing exempt, confidential, leaked or negotiating business.',
  source: 'Local Government Act 1972, s.100A-100I and Schedule 12A; LGA Model Councillor Code of Conduct (2020), para 4 (confidentiality)',
  url: 'https://www.legislation.gov.uk/ukpga/1972/70/schedule/12A',
  messages: {
    model: {
      message: 'This may reveal confidential council business: “{words}”.',
      explanation:
        'A trained model reads this sentence as disclosing business that is exempt, confidential, leaked or still being negotiated. Revealing it can breach the code of conduct and harm the council’s position. Check with the monitoring officer whether it is public before posting. The model can be wrong: if it is, post anyway.',
    },
  },
  examples: {
    flagged: [
      { text: '[[In the closed session we agreed to sell the depot for £2m]].', severity: 'medium' },
      { text: '[[Leaked papers show the council will pay the operator £1.8m to walk away]].', severity: 'medium' },
      // What the words do, read as the confidentiality rules read them: a refusal, the published procedure, a pointer
      // to what the council has announced. The model has read each at medium; held to a quiet hint. (A plain refusal, 'I can't
      // tell you what was in the confidential report', no longer scores at all since round 5's data: it is a clean example.)
      { text: '[[Cabinet will consider the depot lease in private session on Thursday (exempt information, paragraph 3]]).', severity: 'low' },
      { text: '[[Members had a private briefing on the new bins today]]. They arrive in May, as the council announced last week.', severity: 'low' },
      // A procedural opening does not excuse what follows it.
      { text: '[[The agenda says exempt, para 1, but everyone knows it\u2019s about the Director of Place\u2019s early retirement]]. £150k pension strain.', severity: 'medium' },
      { text: '[[Item 7 will be taken in private under paragraph 3. The report shows the operator wants £1.8m to walk away]].', severity: 'medium' },
    ],
    clean: ['The planning committee meets in public on Tuesday; the agenda is on the council website.', 'I can\u2019t tell you what was in the confidential report on the market hall, sorry.', 'The council’s budget for the library service has been cut again.'],
  },
  check({ doc }) {
    // The model reads the words, not what they do: a refusal, a pointer to what is published or the agenda's own
    // "taken in private" discloses nothing, as the confidentiality rules read it. A quiet hint at most.
    return heldToHint(modelFindings(doc, 'confidential', { messageId: 'model' }), (f) => nothingDisclosed(doc, f.start, f.end));
  },
});
