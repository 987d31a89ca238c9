import { defineRule } from '../utils/engine/define';
import { heldToHint, modelFindings } from './model/findings';
import { matchView } from '../utils/text/evasion';
import { condemns } from './data/discrimination/context';

/** An opening quotation mark: the sentence quotes someone else's words. */
const QUOTES = /["\u201C\u2018]|(?<![\p{L}\p{N}])'(?=\p{L})/u;

/**
 * The trained tier's judgement of discrimination: contempt, stereotypes,
 * dehumanising comparisons, calls for harm and mocking "jokes" about people
 * with a protected characteristic, however worded. Named slurs stay with
 * derogatory-term, which explains each word; this catches the rest.
 */
export default defineRule({
  id: 'model-discrimination',
  category: 'discrimination',
  severity: 'medium',
  defers: true,
  description: 'Wording a trained model reads as derogatory, stereotyping or mocking about people with a protected characteristic, however it is phrased.',
  source: 'Equality Act 2010 s.4-12 and s.26 (harassment); LGA Model Councillor Code of Conduct 2020, para 2 (bullying, harassment and discrimination)',
  url: 'https://www.legislation.gov.uk/ukpga/2010/15/section/26',
  messages: {
    model: {
      message: 'This may read as derogatory about a group of people: “{words}”.',
      explanation:
        'A trained model reads this sentence as generalising about, mocking or belittling people for a protected characteristic (such as race, religion, sex, sexuality, disability, age, or being a Gypsy, Roma or Traveller). Even as a joke, that can breach the code of conduct and the Equality Act. Talk about the behaviour of the individuals involved, or the issue, not the group. The model can be wrong: if it is, post anyway.',
    },
  },
  examples: {
    flagged: [
      { text: '[[Half of Fenby has gone to the Muslims already, don’t let them take the Mill Street site too]]', severity: 'medium' },
      // Four words are a short unit, which the model now reads cautiously (MIN_UNIT_FEATURES in
      // utils/model/units.ts): only a quiet hint from the model; group-generalisation holds it at
      // high. "I can’t stand Muslims" is under a hint (probability 0.45), "Polish people are vermin" just
      // under medium (0.81 against 0.82).
      { text: '[[Romany Gypsies are scum]]!', severity: 'low' },
      { text: '[[Polish people are vermin]].', severity: 'low' },
      // Abuse quoted to condemn it: medium from the model, held to a hint.
      { text: '[[Disgusted that someone sprayed \u2018Muslims out, go back home\u2019 on the mosque wall]]. Reported to police.', severity: 'low' },
    ],
    clean: [
      // Read as reporting by the model itself since round 3's retraining (probability 0.48).
      'Disgusted that someone sprayed \u2018go home\u2019 on a Polish family\u2019s car in Mill Lane. Report hate crime to 101.',
      'Thanks to the Gypsy and Traveller liaison officer for a useful meeting about the new site.', 'The council’s budget for the library service has been cut again.',
    ],
  },
  check({ doc }) {
    const findings = modelFindings(doc, 'discrimination', { messageId: 'model' });
    if (findings.length === 0 || !condemns(matchView(doc), doc.folded.text)) return findings;
    // Quoting abuse in a post that condemns it ("Disgusted that 'go home' was sprayed on their car") is reporting, as in
    // derogatory-term and group-generalisation: a quiet hint at most, never an interruption.
    return heldToHint(findings, (finding) => QUOTES.test(doc.text.slice(finding.start, finding.end)));
  },
});
