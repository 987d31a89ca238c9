import { defineRule } from '../utils/engine/define';
import { modelFindings } from './model/findings';
import { callMeMessage, GREETING } from './dm-sensitive-details';

const DM = { surface: 'dm', platform: 'facebook' } as const;

/**
 * The trained tier's judgement of special-category details: health, disability, benefits, debts,
 * a record or an allegation of crime, immigration, care, religion or sexuality of an identifiable
 * person, told as people tell them ("off with stress", "in the hospice now"), where the hand-written
 * vocabularies hold no word for it. It reads only sentences about someone (rules/model/targets.ts):
 * a person named or described, a household placed by its home, in a reply "you", and every sentence of a DM.
 */
export default defineRule({
  id: 'model-special-category',
  category: 'special-category',
  severity: 'medium',
  defers: true,
  description: 'Wording a trained model reads as revealing the health, benefits, criminal record, immigration status, care, beliefs or sexuality of an identifiable person, however it is phrased.',
  source: 'UK GDPR Art. 5(1)(f), 9 and 10; DPA 2018 s.10, s.11 and Sch 1; Members\u2019 Code of Conduct (confidentiality and data protection)',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/lawful-basis/special-category-data/',
  messages: {
    model: {
      message: 'This may reveal sensitive details about someone people could identify: \u201c{words}\u201d.',
      explanation:
        'A trained model reads this sentence as giving an identifiable person\u2019s health, disability, benefits or debts, criminal record, immigration status, care, religion or sexuality. Publishing details like these needs the person\u2019s explicit consent and can cause real harm. Keep the detail out, or talk to the person privately. The model can be wrong: if it is, post anyway.',
    },
    dm: {
      message: 'This message may spell out sensitive details in a direct message: \u201c{words}\u201d.',
      explanation:
        'A trained model reads this sentence as giving health, benefits, criminal, immigration, care or similar details. Direct messages can be read on a shared device, forwarded or sent to the wrong person, and platforms keep them. The safer pattern is to say you have an update and ask the person to call you. The model can be wrong: if it is, send anyway.',
    },
  },
  examples: {
    flagged: [
      // No listed word: benefits stopped and a state said as people say it. (The rules' vocabulary took the first example, 'in and out of prison'.)
      { text: '[[Called in on Mr Price on Elm Road, he\u2019s struggling since they stopped his money and he can barely get out of bed]].', severity: 'high' },
      { text: '[[The couple at number 14 have been struggling since his cancer came back]].' },
      { text: '[[Mr Dunn is just out of hospital after his second stroke, and the stairlift still has not come]].', severity: 'high' },
      {
        text: 'Hi Jo, [[the social worker says your dad is in the hospice now and the family can visit any time]].',
        severity: 'high',
        suggestion: 'I have an update on your case; please give me a call when you can.',
        request: DM,
      },
    ],
    clean: [
      'Mental health services in the borough need more money, and I will keep saying so.',
      // "You" in a public post is everyone; the author's own health is theirs to share.
      'If you are struggling with your mental health, call the Samaritans on 116 123.',
      'Back at work after my own diabetes diagnosis, thank you for the messages.',
      'Waiting lists for autism assessments in the borough are far too long.',
      { text: 'Thanks for your message about the new dementia cafe, it opens on Tuesday.', request: DM },
    ],
  },
  check({ input, doc }) {
    const dm = input.surface === 'dm';
    const findings = modelFindings(doc, 'special-category', { messageId: 'model', surface: input.surface });
    if (!dm) return findings;
    const suggestion = callMeMessage(input);
    // As dm-sensitive-details does: the greeting stays ("Hi Tom, "), the sentence after it is what the rewrite replaces.
    return findings.map((finding) => {
      const greeting = GREETING.exec(doc.text.slice(finding.start, finding.end));
      const start = greeting && finding.start + greeting[0].length < finding.end ? finding.start + greeting[0].length : finding.start;
      return { ...finding, start, messageId: 'dm', suggestions: [suggestion] };
    });
  },
});
