import { defineRule } from '../utils/engine/define';
import type { RawFinding } from '../utils/engine/types';
import { PhraseMatcher } from '../utils/text/phrases';
import { findSensitiveTerms, privatePeople, subjectOf } from './detect/sensitive';
import { CIRCUMSTANCES, FURTHER_CIRCUMSTANCES, type CircumstanceEntry } from './data/circumstances';

let matcher: PhraseMatcher<CircumstanceEntry> | undefined;
const circumstances = () =>
  (matcher ??= new PhraseMatcher(CIRCUMSTANCES.flatMap((entry) => entry.terms.map((term) => [term, entry] as [string, CircumstanceEntry]))));
const isFurther = (text: string) => FURTHER_CIRCUMSTANCES.some((prefix) => text.toLowerCase().startsWith(prefix));
const AGE = CIRCUMSTANCES.find((entry) => entry.kind === 'age')!;
const WHEREABOUTS = CIRCUMSTANCES.find((entry) => entry.kind === 'whereabouts')!;

// "at number 14", "at no. 3", "in flat 2", "of 14 Maple Close": bounded, no nested quantifiers.
const HOUSE_NUMBER = /\b(?:at|in|from|of) (?:number |no\.? ?|flat |house )?\d{1,4}[a-z]?\b(?: \p{Lu}\p{L}+ (?:road|street|close|avenue|lane|drive|way|crescent|grove|gardens|court|terrace|place|mews|walk|row|rise))?/giu;
// "at number 12", and "Bob Kay (no. 12)": a house number given beside the name.
// "the new tenant at number 6, Gavin Price": the house number just before the name. regex-safe: a 24-character slice.
const NUMBER_BEFORE = /\b(?:at|in) (?:number|no\.?|flat) ?\d{1,4}[a-z]?, $/iu;
// regex-safe: a 24-character slice, plain alternation.
const ADULT_ROLE_BEFORE = /\b(?:lollipop lady|lollipop man|teacher|teaching assistant|caretaker|cook|dinner lady|head|governor|coach|volunteer|driver|nurse|cleaner|secretary|manager)\s$/i;
const FAMILY_CHILDREN = /^ (?:kids|children|boys|girls|twins|lads)\b/;
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr)\.?\s+/i;
const NUMBERED = /\b(?:at|in) (?:number|no\.?|flat) ?\d|^,? \((?:number|no\.?) ?\d/iu;
// "Doreen from Maple Close", "Tom on Mill Lane": a street right after the name. Not one that begins a venue's name
// ("Dr Mehta from Church Street Surgery").
const FROM_STREET = /^,? (?:from|of|on) \p{Lu}\p{L}+ (?:Road|Street|Close|Avenue|Lane|Drive|Way|Crescent|Grove|Gardens|Court|Terrace|Place|Mews|Walk|Row|Rise|Estate)\b(?! \p{Lu})/u;

// An age written as an adjective just before a name (a bounded slice, no backtracking risk).
const AGE_BEFORE = /\b\d{1,2}-year-old\s$/i;
// A child: an age under 18, a year group, or a school named with them ("11-year-old Harvey Nolan of Oakfield Juniors").
const UNDER_18 = '(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)';
const CHILD = new RegExp(
  `\\b${UNDER_18}[- ]years?[- ]old\\b|\\baged ${UNDER_18}\\b|^,? \\(?${UNDER_18}\\)?,|\\b[Yy]ear (?:[1-9]|1[0-3])\\b|\\b(?:pupil|pupils|schoolboy|schoolgirl|student) (?:at|of|from)\\b|\\b(?:of|at|from) (?:\\p{Lu}\\p{L}+ ){1,3}(?:Primary|Juniors?|Infants?|Nursery|Academy|High School|School)\\b`,
  'u',
);
const CHILD_REACH = 40;
// An age right after the name: "Oscar Bryce (6)", "Dennis Yates, 67,", "Lily-Mae Cross is 4", "Keeley's 16".
// Not "is 40 minutes late", "'s 2 cats". regex-safe: anchored, bounded digits.
const AGE_AFTER = /^(?:,? \((\d{1,2})\)|, (\d{1,2}),|(?: is|['\u2019]s) (\d{1,2})(?=[,.!;]| and | years? old\b| next\b| today\b))/u;
// An election imprint names the promoter and their address by law (Elections Act 2022 s.41).
const IMPRINT = /\b(?:promoted|printed|published) by\b/i;
const inImprint = (text: string, at: number) => IMPRINT.test(text.slice(Math.max(0, at - 160), at));

/** Reach, in characters, from the name to a circumstance in the same sentence. */
const REACH_AFTER = 90;
const REACH_BEFORE = 40;

export default defineRule({
  id: 'named-resident',
  category: 'personal-data',
  severity: 'medium',
  description: 'A private individual named together with where they live or their personal circumstances (family, housing, a complaint, their case).',
  source: 'UK GDPR Art. 5(1)(a) and (f), Art. 6; Members\u2019 Code of Conduct (confidentiality and data protection); ICO guidance for elected members',
  url: 'https://ico.org.uk/for-organisations/advice-for-elected-and-prospective-councillors/',
  messages: {
    child: {
      message: 'This may identify a child, {name}, with their age or school.',
      explanation:
        'A child named with their age, school or year group can be found by anyone, and children merit specific protection under UK GDPR (Recital 38). Even for good news, ask the parent first and leave out the school and age, or use a first name only with their consent.',
    },
    found: {
      message: 'This may identify {name} together with {what}.',
      explanation:
        'Naming a private individual with where they live or what is happening in their life can identify them to neighbours and others, and is a disclosure of their personal data. Unless they have clearly agreed to this post, leave the name out ("a resident") or keep the details general.',
    },
  },
  examples: {
    flagged: [
      { text: '[[Mrs Khan]] at number 14 whose husband left is struggling with the stairs.', suggestion: 'A resident' },
      { text: 'Shocked by [[Gurpreet Sandhu]]\u2019s eviction notice - I will raise it with housing.', suggestion: 'a resident' },
      { text: "[[Tom]]'s landlord is evicting him next month.", suggestion: 'A resident' },
      { text: 'Spoke to [[Doreen Price]] from Maple Close, who keeps complaining about the noisy family upstairs.' },
      { text: 'My constituent [[Oluwaseun Adeyemi]] has been waiting eight months for his case to be heard.' },
      { text: 'The redundancy list for the library has [[Dawn]], [[Pete]] and [[Shaheen]] on it.' },
      { text: 'Congratulations to [[11-year-old Harvey Nolan]] of Oakfield Juniors, who picked up 40 bags of litter on the Meadows this summer!', severity: 'high', suggestion: 'a young resident' },
      { text: 'Well done to [[Amelia Price]], Year 6 at Brook Lane, for her poster in the recycling competition.', severity: 'high' },
      { text: 'Little [[Oscar Bryce]] (6) has been waiting a year for a school transport place.', severity: 'high' },
      { text: '[[Ellie]] (Year 5, Holt Primary) has been left without a school bus place since May.', severity: 'high' },
      { text: 'Spent the morning with [[Joyce Penrose]] (91), who still does her own garden.' },
      { text: 'Saw [[Janet Moss]] queueing again, every week since she was laid off. Her depression is worse too.' },
      // A full name with a house number is more than the sensitive detail beside it; so is "(no. 12)".
      { text: "It's [[Dave Hirst]] at number 12 who has been fly-tipping in the lay-by." },
      { text: 'Thanks to [[Bob Kay]] (no. 12) for sorting the hedge with his neighbour.' },
      { text: 'Heads up: the new tenant at number 6, [[Gavin Price]], has just come out of prison.' },
      { text: 'The [[Parry]] kids in Year 3 at Fenby Primary have been off for weeks.', severity: 'high' },
      // A job lost in everyday words is a further circumstance beside the sensitive detail.
      { text: '[[Dave Hirst]] at the depot got his marching orders a week after he joined the union.' },
      // "Bentley" is a brand, but after a first name it is a surname.
      { text: 'Well done to [[Amy Bentley]], 10, from Fenby Juniors, for her litter pick.', severity: 'high' },
    ],
    clean: [
      'Potholes on Maple Close reported again today.',
      // An honorific and a surname with a house number, beside a sensitive detail: one special-category finding.
      'Mr Brennan at number 22 is on methadone again.',
      'Thanks to the team at Bentley on Mill Lane for the loan car.',
      // A job before the name: the adult who works at the school, beside a sensitive detail (one special-category finding).
      'Our lollipop lady Maureen at Fenby Primary has been diagnosed with diabetes.',
      // An acronym's plural is not a person.
      'Ten more HMOs on Victoria Road, and officers recommend approval.',
      // The family and the member whose detail it is: one special-category finding.
      "I've been helping the Okonkwos on Dray Walk, in temporary accommodation because of Mr Okonkwo's depression.",
      'St Patrick\'s Day parade through the town centre this Sunday.',
      'The Post Office on Church Street is staying open after all.',
      'Gary at number 9 is on methadone.', // special-category-data raises this one
      'Ron Pike has terminal cancer and is still waiting for a stairlift.', // one finding: the wait is part of the health story
      'Thanks to Sarah Jenkins for organising the litter pick along the canal.',
      'Sarah Jenkins is 40 minutes late to every meeting.',
      '@StJudesPrimary Congratulations to your Year 6 choir and to Mrs Okoro and the team!',
      'RIP Frank Dale, landlord of the Red Lion for 25 years and a true gent.',
      'Thinking of Amy and Tom Reid, who lost their baby last week.',
      'Old age is no barrier: Arthur, 91, has planted 2,000 bulbs in the park.',
      'Great to meet the planning officer Sarah Jenkins about the damp in council flats.',
      'Cllr Jane Smith is living proof that hard work pays off.',
      'Jane Smith MP lives in the constituency she represents, unlike her rival.',
      'No-fault evictions must end, and the Renters\u2019 Rights Act is a start.',
      'Flooding in Stoke-on-Trent and Bury St Edmunds has left families homeless.',
      'Khan Ltd on Jenkins Road has been fly-tipped again; enforcement are on it.',
      'Thanks to the team at Aldi on Station Road for donating 200 Easter eggs.',
      'Congratulations to the pupils of Oakfield Juniors, who picked up 40 bags of litter this summer!',
      'Thanks to headteacher Sarah Jones of Oakfield Primary for the tour.',
      // A street that begins a venue's name is where they work.
      'Dr Asha Mehta from Church Street Surgery is giving a talk at the library.',
      'Vote for Sam on 7 May! Promoted by Jane Smith on behalf of Sam Patel, both of 12 Oak Road, Riverton RT1 2AB.',
      'Congratulations to Costa Coffee on Bridge Street, who moved into the old bank last month.',
      'Pop into Caff\u00e8 Nero on Bridge Street this Saturday to meet your ward councillors.',
      'Congratulations to Halfords Autocentre on Mill Lane, who moved into the old depot last year.',
      'Congratulations to Walker & Sons on Mill Lane, who moved into the old depot last year.',
      { text: 'Hi Tom, I have raised the damp in your flat with your landlord.', request: { surface: 'dm' } },
      { text: 'My husband left for work early so I am covering the surgery.', request: { profile: { name: 'Cllr Anna Price' } } },
    ],
  },
  check({ input, doc }) {
    const people = privatePeople(doc, input);
    if (people.length === 0) return [];
    const hits = circumstances().find(doc);
    const numbered = [...doc.text.matchAll(HOUSE_NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length, entry: WHEREABOUTS }));
    const cues = [...hits.map((h) => ({ start: h.start, end: h.end, entry: h.value, further: isFurther(h.text) })), ...numbered.map((n) => ({ ...n, further: false }))];
    // A person whose special-category details are in the post is raised once, by special-category-data.
    const coveredBySpecial = new Set<number>();
    const sensitive = findSensitiveTerms(doc);
    for (const hit of sensitive) {
      const subject = subjectOf(doc, input, hit, people);
      if (subject?.kind === 'named') coveredBySpecial.add(subject.start);
    }
    // "Kerry and Dean Fulton who lost their little boy": the detail is about both.
    for (let k = people.length - 2; k >= 0; k--) {
      const joined = /^ (?:and|&) $/.test(doc.text.slice(people[k]!.end, people[k + 1]!.start));
      if (joined && coveredBySpecial.has(people[k + 1]!.start)) coveredBySpecial.add(people[k]!.start);
    }
    // "the Khans on Beech Grove … because of Mr Khan's mental health crisis": one family, one finding.
    const surname = (person: { text: string }) => person.text.toLowerCase().split(/\s+/).pop()!.replace(/['\u2019]?s$/, '');
    const coveredSurnames = new Set(people.filter((p) => coveredBySpecial.has(p.start)).map(surname));
    for (const person of people) if (coveredSurnames.has(surname(person))) coveredBySpecial.add(person.start);
    const findings: RawFinding[] = [];
    const ownImprint = (input.profile?.imprint ?? '').toLowerCase();
    for (const person of people) {
      if (inImprint(doc.text, person.start) || (ownImprint !== '' && ownImprint.includes(person.text.toLowerCase()))) continue;
      const sentence = doc.sentenceAt(person.start);
      const near = doc.text.slice(Math.max(sentence.start, person.start - CHILD_REACH), Math.min(sentence.end, person.end + CHILD_REACH));
      // Only a name we know as one: a capitalised word guessed from context ("Item 4, aged…") is too weak for a high finding.
      const knownName = person.evidence === 'name-data' || person.evidence === 'honorific';
      // "The Parry kids in Year 2": a family's children, named by their surname.
      const familyChildren = FAMILY_CHILDREN.test(doc.text.slice(person.end, person.end + 12));
      const age = AGE_AFTER.exec(doc.text.slice(person.end, Math.min(sentence.end, person.end + 24)));
      const years = age ? Number(age[1] ?? age[2] ?? age[3]) : undefined;
      if (years !== undefined && years >= 18) {
        // An adult's age beside their full name narrows them down further: personal data even beside a health
        // detail. "Arthur, 91, has planted 2,000 bulbs" (a first name alone) is a cheerful mention, left alone.
        if (!/\s/.test(person.text)) continue;
        findings.push({ start: person.start, end: person.end, messageId: 'found', data: { name: person.text, what: AGE.label }, suggestions: ['a resident'] });
        continue;
      }
      // "Mrs Jenkins" beside a Year 6 poet is the teacher: children are not given honorifics.
      // So is "our lollipop lady Maureen at Kettleby Primary": a job before the name is an adult's.
      const adultTitle = person.evidence === 'honorific' || ADULT_ROLE_BEFORE.test(doc.text.slice(Math.max(0, person.start - 24), person.start));
      if ((knownName || familyChildren || years !== undefined) && !adultTitle && (years !== undefined || CHILD.test(near) || CHILD.test(doc.text.slice(person.end, Math.min(sentence.end, person.end + 8))))) {
        // "11-year-old Harvey Nolan": the age goes with the name, so the replacement reads "a young resident".
        const ageBefore = AGE_BEFORE.exec(doc.text.slice(Math.max(sentence.start, person.start - 16), person.start));
        const start = ageBefore ? person.start - ageBefore[0].length : person.start;
        findings.push({ start, end: person.end, messageId: 'child', severity: 'high', data: { name: person.text }, suggestions: ['a young resident'] });
        continue;
      }
      const covered = coveredBySpecial.has(person.start);
      const after = doc.text.slice(person.end, Math.min(sentence.end, person.end + 60));
      // A full name with a house number is a further identifier even beside a sensitive detail ("Derek Fowler at
      // number 12 who's been fly-tipping"), as with an age; a first name ("Gary at number 9") or a street alone is not.
      // Not bounded by the sentence: "Bob Kay (no. 12)" has a full stop after "no".
      const numbered = (NUMBERED.test(doc.text.slice(person.end, person.end + 24)) || NUMBER_BEFORE.test(doc.text.slice(Math.max(0, person.start - 24), person.start))) && (!covered || /\s/.test(person.text.replace(HONORIFIC, '')));
      let what: CircumstanceEntry | undefined =
        numbered || (!covered && FROM_STREET.test(after.replace(/^['\u2019]s/, ''))) ? WHEREABOUTS : undefined;
      if (!what) {
        for (const cue of cues) {
          if (cue.start < sentence.start || cue.end > sentence.end) continue;
          // Someone raised for a special-category detail gets this finding too only for a further, ordinary
          // circumstance ("lost her job"), not for a cue inside the sensitive words (DESIGN.md, Labelling).
          // "landlord of the Saltby Arms" is a trade, not their housing.
          if (/^landl/i.test(doc.text.slice(cue.start, cue.end)) && /^ of the \p{Lu}/u.test(doc.text.slice(cue.end, cue.end + 10))) continue;
          if (covered && (!cue.further || sensitive.some((h) => h.start < cue.end && cue.start < h.end))) continue;
          if (cue.start >= person.end ? cue.start - person.end > REACH_AFTER : person.start - cue.end > REACH_BEFORE) continue;
          what = cue.entry;
          break;
        }
      }
      if (!what) continue;
      const atStart = sentence.start === person.start || /^[\s"'(]*$/.test(doc.text.slice(sentence.start, person.start));
      findings.push({
        start: person.start,
        end: person.end,
        messageId: 'found',
        data: { name: person.text, what: what.label },
        suggestions: [atStart ? 'A resident' : 'a resident'],
      });
    }
    return findings;
  },
});
