import { defineRule } from '../utils/engine/define';
import type { Doc } from '../utils/engine/doc';
import { heldToHint, modelFindings } from './model/findings';
import { REPORTED } from './detect/aim';

/**
 * The trained tier's judgement of respect: insults, threats and violent
 * "jokes", and allegations of crime, corruption or lying, aimed at an
 * identifiable person. A sentence with no person in it (a policy, a decision,
 * a party, the council) is political speech and is left alone.
 */
export default defineRule({
  id: 'model-respect',
  category: 'respect',
  severity: 'medium',
  defers: true,
  description: 'Wording a trained model reads as an insult, a threat or an allegation of wrongdoing aimed at an identifiable person.',
  source: 'LGA Model Councillor Code of Conduct (2020), para 1 (respect) and para 2 (bullying); Malicious Communications Act 1988 s.1; Defamation Act 2013 s.1',
  url: 'https://www.local.gov.uk/publications/local-government-association-model-councillor-code-conduct-2020',
  messages: {
    model: {
      message: 'This may read as a personal attack, a threat or an allegation: “{words}”.',
      explanation:
        'A trained model reads this sentence as insulting, threatening or accusing an identifiable person rather than criticising what they decided. The code of conduct asks councillors to treat people with respect; threats, even as jokes, can be an offence, and an unproven allegation can be defamatory. Criticise the decision, not the person. The model can be wrong: if it is, post anyway.',
    },
  },
  examples: {
    flagged: [
      { text: '[[Cllr Brown is a liar and a crook]].', severity: 'high' },
      { text: '[[That planning officer is a useless idiot]].', severity: 'high' },
      // An allegation repeated to call it a smear: the model reads it high, held to a hint.
      { text: '[[Heard some nasty claims about Cllr Brown being \u2018in the pocket\u2019 of developers]]. It\u2019s a smear. Stop it.', severity: 'low' },
    ],
    clean: ['The cabinet’s decision to close the library is short-sighted and wrong.', 'Labour have failed this town for a decade.', 'The council is a liar and a crook when it comes to the budget.'],
  },
  check({ doc }) {
    // A unit with no person in it is never judged (rules/model/targets.ts). An allegation reported as denied, withdrawn
    // or a smear is not the author's own, as the respect rules read it; the rebuttal often follows in the next sentence
    // ("Heard claims that Cllr Ahmed is in someone's pocket. It's a smear."). A quiet hint at most.
    return heldToHint(modelFindings(doc, 'respect', { messageId: 'model' }), (f) => reportedAround(doc, f.start, f.end));
  },
});

function reportedAround(doc: Doc, start: number, end: number): boolean {
  const last = doc.sentenceAt(Math.max(start, end - 1));
  const to = last.end < doc.text.length ? doc.sentenceAfter(last).end : end;
  return REPORTED.test(doc.text.slice(start, to).toLowerCase());
}
