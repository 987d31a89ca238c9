import { defineRule } from '../utils/engine/define';
import type { CheckInput, RawFinding } from '../utils/engine/types';
import { findSensitiveTerms, isOwnDisclosure, privatePeople, subjectOf } from './detect/sensitive';

const DM = { surface: 'dm', platform: 'facebook' } as const;
const PHONE = /\d[\d ]{6,}\d/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
// A greeting at the start of a sentence stays when the rest is replaced ("Hi Tom, ").
export const GREETING = /^(?:hi|hello|dear|hey|hiya|morning|afternoon|evening)\b[^,.!?\n]{0,40}[,!]\s*/iu;

/** The Barnet-style safer message: an update and a way to reach the author, not the details. */
export function callMeMessage(input: CheckInput): string {
  const contacts = input.profile?.ownContacts ?? [];
  const phone = contacts.find((c) => PHONE.test(c));
  if (phone) return `I have an update on your case; please call me on ${phone.trim()}.`;
  const email = contacts.find((c) => EMAIL.test(c.trim()));
  if (email) return `I have an update on your case; please get in touch at ${email.trim()} and I will call you.`;
  return 'I have an update on your case; please give me a call when you can.';
}

export default defineRule({
  id: 'dm-sensitive-details',
  category: 'special-category',
  severity: 'high',
  description:
    'A direct message that spells out the recipient\u2019s (or their family\u2019s) health, benefits, debts, immigration, safeguarding or similar details, where "please call me" would do.',
  source:
    'UK GDPR Art. 5(1)(f), 9 and 10; DPA 2018 Sch 1; members\u2019 social media and casework guidance (e.g. London Borough of Barnet Members\u2019 ICT and social media policy)',
  url: 'https://ico.org.uk/for-organisations/advice-for-elected-and-prospective-councillors/',
  messages: {
    recipient: {
      message: 'This message spells out {label} in a direct message.',
      explanation:
        'Direct messages can be read by someone else on a shared device, forwarded, or sent to the wrong person, and platforms keep them. For sensitive casework the safer pattern is to say you have an update and ask the person to call you, then give the details by phone or in person.',
    },
  },
  examples: {
    flagged: [
      {
        text: "Hi Tom, I've chased housing. [[The delay is because your Universal Credit claim was sanctioned and the arrears are over \u00a32,000.]]",
        suggestion: 'I have an update on your case; please call me on 07700 900123.',
        request: { ...DM, profile: { ownContacts: ['07700 900123'] } },
      },
      {
        text: "Hello Mrs Begum, [[the school says your son's ADHD assessment is booked for June.]]",
        suggestion: 'I have an update on your case; please give me a call when you can.',
        request: DM,
      },
      {
        text: 'Hi Jo, [[social services have closed the child protection case on your kids.]]',
        request: DM,
      },
      { text: "[[Your son's youth offending worker says the referral order ends in June, so the school place can go ahead.]]", request: DM },
      { text: "[[Glad the chemo is finished.]] [[I've told adult social care you still need the carers twice a day.]]", request: DM },
      { text: '[[The housing officer says your Motability car counts as a need for the parking bay, given your MS.]]', request: DM },
      { text: 'Hi Sam, [[so sorry about the miscarriage.]] I will chase the repair for you.', request: DM },
      { text: '[[Your licence conditions mean the flat on Dale Street is ruled out.]]', request: DM },
      { text: 'Hi Mo, [[the PIP tribunal is listed for 4 March.]] I can come with you if that helps.', request: DM },
      { text: "Hi Jo, [[I've told them you're on ESA, so they will not ask for more proof.]]", request: DM },
      { text: 'Hi Sam, [[the enforcement agents have agreed to hold off for a fortnight.]]', request: DM },
      { text: 'Hi Priya. [[The housing association says the notice is down to £1,900 of rent arrears, nothing else.]]', request: DM },
      { text: 'Morning Ray, [[the bailiffs are asking for £300 by Friday.]] Shall I ring them with you?', request: DM },
      // Safeguarding as the one acting, and the orders and referrals it runs (no "your" needed when greeted).
      { text: 'Hi Kim, [[safeguarding have opened a case on your household.]] I will explain when we speak.', request: DM },
      { text: 'Hi Paula, [[the court granted the non-molestation order this morning.]]', request: DM },
      { text: 'Hi Omar, [[the Prevent referral has been closed with no further action.]]', request: DM },
      // Round 5: a union acting for the recipient is theirs; a relative's everyday word owned ("your husband's stroke").
      { text: 'Hi Dave, [[the union will represent you at the disciplinary hearing on Monday.]]', request: DM },
      { text: 'Hi Joy, [[the OT has asked for a wet room given your husband\'s stroke.]]', request: DM },
      // "they" is the services here, not someone else the detail is about.
      { text: 'Hi Jo, [[I told the advice centre about the doorstep loan so they can help.]]', request: DM },
    ],
    clean: [
      { text: 'Thanks for your message about the asylum hotel plans; I will raise them at full council.', request: DM },
      { text: 'The cancer ward at the General is closing and I am fighting it.', request: DM },
      { text: "Don't shortlist her, she'll be pregnant within a year, mark my words.", request: DM },
      { text: "Hi Tom, I've had an update from housing on your case. Could you give me a ring on 07700 900987 when you have a moment?", request: DM },
      { text: 'Thanks for your message about mental health services; I will raise it at scrutiny.', request: DM },
      { text: 'Sorry for the slow reply, I have been off with my own depression this month.', request: DM },
      'Your Universal Credit questions answered at the library on Tuesday.',
      { text: 'Universal Credit sanctions are hurting families like yours, and I will keep saying so.', request: DM },
      { text: "Hi Raj, the food bank voucher is ready to collect from St Mary's on Thursday.", request: DM },
      { text: "Hi Sam, I'm in the GMB myself and can put you in touch with the branch.", request: DM },
      { text: 'Hi Dave, the union will support the strike at the depot, so the bins may be late.', request: DM },
      { text: 'Hi Jo, it was a stroke of luck that the bus came on time, see you at six.', request: DM },
    ],
  },
  check({ input, doc }) {
    if (input.surface !== 'dm') return [];
    const hits = findSensitiveTerms(doc);
    if (hits.length === 0) return [];
    const people = privatePeople(doc, input);
    const suggestion = callMeMessage(input);
    const findings: RawFinding[] = [];
    const done = new Set<number>();
    for (const hit of hits) {
      const subject = subjectOf(doc, input, hit, people);
      if (subject?.kind !== 'recipient') continue;
      if (isOwnDisclosure(doc, hit)) continue;
      const sentence = doc.sentenceAt(hit.start);
      if (done.has(sentence.start)) continue;
      done.add(sentence.start);
      let start = sentence.start;
      let end = sentence.end;
      const raw = doc.text.slice(start, end);
      const greeting = GREETING.exec(raw);
      if (greeting && start + greeting[0].length <= hit.start) start += greeting[0].length;
      while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
      while (start < end && /\s/.test(doc.text[start]!)) start++;
      findings.push({ start, end, messageId: 'recipient', data: { label: hit.entry.label }, suggestions: [suggestion] });
    }
    return findings;
  },
});
