import { defineRule } from '../utils/engine/define';
import type { RawFinding } from '../utils/engine/types';
import { findSensitiveTerms, isOwnDisclosure, privatePeople, subjectOf } from './detect/sensitive';
import { SENSITIVE } from './data/special-category';

const ARTICLE_9_10 = 'UK GDPR Art. 9 and 10; DPA 2018 s.10, s.11 and Sch 1; Members\u2019 Code of Conduct (confidentiality and data protection)';

export default defineRule({
  id: 'special-category-data',
  category: 'special-category',
  severity: 'high',
  description:
    'Health, disability, ethnicity, religion, sexuality, sex life, union membership, criminal allegations, immigration, safeguarding, social care, benefits or debts of an identifiable private person.',
  source: ARTICLE_9_10,
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/lawful-basis/special-category-data/',
  messages: {
    named: {
      message: 'This may reveal {label} about {who}.',
      explanation:
        'Details like this are special category or criminal offence data: publishing them about someone who can be identified needs their explicit consent, and can cause real harm (stigma, harassment, loss of a job or home). Keep the detail out, or talk to the person privately.',
    },
    reply: {
      message: 'This reply repeats {label} about the person you are replying to, in public.',
      explanation:
        'Even when the person posted it themselves, repeating their health, benefits or similar details in a public reply spreads them further and ties them to you. Reply briefly in public ("I have sent you a message") and give the details in a direct message or by phone.',
    },
    context: {
      message: 'This may reveal {label} about someone people could identify ({who}).',
      explanation:
        'Even without a name, neighbours and others can often tell who is meant. Details like this are special category or criminal offence data and need the person\u2019s explicit consent to share. Keep the detail general, or talk to the person privately.',
    },
  },
  examples: {
    flagged: [
      { text: 'Mrs Khan at number 14 has [[dementia]] and her son never visits.' },
      { text: 'Gurpreet Sandhu was [[arrested]] again last night, the neighbours tell me.' },
      { text: 'The woman at number 14 is [[on benefits]] and still has a new car every year.' },
      { text: 'My neighbour has been [[sectioned]] again.' },
      { text: 'Visited Tom today. He has [[terminal cancer]] and wants to stay at home.' },
      { text: 'Her son has [[ADHD]] and the school will not help.', severity: 'medium' },
      { text: 'Called on the [[Polish]] family at number 9 about the bins.' },
      { text: 'Yes Grace - your [[disabled person\'s bus pass]] is approved.', request: { surface: 'reply' } },
      { text: 'The family in the flat above the chip shop on Market Street are [[asylum seekers]] from Eritrea, and neighbours aren\'t happy.' },
      { text: 'The lad in the flat above the bookies on Dale Street was [[arrested]] again last night.' },
      { text: 'The couple in the bungalow opposite the Red Lion have been [[diagnosed with dementia]].' },
      { text: 'So sorry about the [[miscarriage]], Sarah. Thinking of you both.', request: { surface: 'reply' } },
      { text: 'Mr Osei has [[osteoarthritis]] and cannot manage the stairs to his flat.' },
      { text: 'Mrs Lee [[has MS]] and needs a ground-floor flat.' },
      { text: "Mr Osei, with your [[Crohn's]] flaring, the council should move you to a ground-floor flat.", request: { surface: 'reply' } },
      { text: 'Mr Osei says he is [[on UC]] now and the rent is late again.' },
      { text: 'Dale from the bakery has been [[sectioned]], poor lad.' },
      { text: 'The fella in the end house on Gorse Lane is here on an [[expired visa]], I hear.' },
      { text: 'Passing on a referral: Doris Webb, 9 Elm Court. [[Diabetic]], on her own, missed two meals.' },
      { text: 'The couple from the farm shop have split up, apparently he\'s [[gay]].' },
      // Offences named by the act, not the legal word.
      { text: "It's Dave Hirst at number 12 who has [[been fly-tipping]] in the lay-by." },
      { text: 'Everyone knows Lee Barker is [[dealing out of]] the garages behind the shops.' },
      { text: 'The [[man fly-tipping]] behind the Spar on Tuesday was Len Dawes.' },
      // A first name placed by its street; a weak word tied by "who's a"; belief shown by practice; membership by initials.
      { text: 'Nadia on Sorrel Street is still waiting on an [[asylum]] decision.' },
      { text: "Mr Lowe from the garage on Elm Road, who's a [[Sikh]], asked to be left out of the photos." },
      { text: 'Sue at number 4 [[goes to the mosque]] every Friday, so the bin day clash matters to her.' },
      { text: "Pete Lund at the allotments is [[in the GMB]] and he's been brilliant." },
      { text: 'Glad to hear Tariq from the bakery has [[come out as gay]], good for him.' },
      { text: 'Mrs Hale [[had a fall]] on the ice on Sunday.' },
      // A hyphenated label before the name is not part of it.
      { text: '[[Ex-offender]] Dean Holt is coaching the under-11s now.' },
      { text: "Sorry, I can't get Kyle Dent's [[caution wiped]] before the DBS check." },
      // "no." before a number does not cut the person off from the detail.
      { text: 'Mr Ray Kent (NHS no. 401 023 8712) has waited 14 weeks for [[hospital transport]] to be arranged.' },
      // A note that opens with the detail a few words in ("Suspected breast cancer"), or by describing the person
      // named just before; "his own lad".
      { text: 'Please chase the scan for Mrs Ivy Dell. Suspected breast [[cancer]] and waiting since May.' },
      { text: 'Met Kerry Dunn today. Single mum of two in Fenby, [[sanctioned]] for missing one appointment.' },
      { text: "Funny how he goes quiet about drugs when it's his own lad who got [[caught with weed]] at school.", severity: 'medium' },
      { text: 'The couple renting above the bakery on Fenby Road are [[overstayers]], apparently.' },
      { text: 'The little girl from Saltmoor Primary who [[went into care]] last week has a new foster family.' },
      // Round 4: circumstances said as a state or an idiom; names the finder used to miss (an everyday word as a given
      // name, "Young" before one); whom a detail is about by a post, an estate, "only", or a possessive name.
      { text: 'The new head of housing has been [[signed off with stress]] since March.' },
      { text: 'Nigel Parr is [[on the sick]] again but was at the match on Saturday.' },
      { text: 'The woman at number 3 has been in the [[psychiatric ward]] since May.' },
      { text: "Mrs Dale says her son's been [[drinking heavily]] since the funeral." },
      { text: 'Well done Ray Tindall, [[GMB rep]] at the depot, for getting the deal over the line.' },
      { text: 'Young Aiden Marsh has [[got previous]] for this, everyone knows.' },
      { text: "Because of Ruby's [[ADHD]] she gets extra help in class." },
      { text: 'Little Jack Denton, 9, has gone without [[his autism]] support since Easter.' },
      { text: 'The man [[in the wheelchair]] who lives over the chemist has been stuck indoors all week.' },
      { text: 'The only [[Muslim]] family in Hexley Close had their car damaged again.' },
      { text: 'The young lad on the Brookfield estate is [[on a tag]] again.' },
      { text: 'The Riverside Leisure Centre caretaker has [[been pocketing]] the takings.' },
      // Round 5: a care home named by its proper name is still the resident's care when they move in.
      { text: 'Mrs Dunn has moved into Rowan House [[care home]] and hates it.' },
      // Round 5: everyday words owned by someone.
      { text: "Mrs Dale has asked for a wet room since her [[husband's stroke]]." },
      // Someone picked out by what they did, which neighbours saw.
      { text: 'Word is the lad who crashed his van into the bus stop on Mill Road was [[over the limit]].' },
      { text: 'The bloke who was shouting at the kids outside the Co-op yesterday is [[on probation]].' },
    ],
    clean: [
      'We need more SEND places in the borough.',
      'Universal Credit sanctions are hurting families.',
      'Happy Eid to everyone celebrating!',
      'Mental health services are underfunded and waiting lists are far too long.',
      'Back at work after my own diabetes diagnosis, thank you for the messages.',
      'Cllr Brown should be arrested for what he has done to our parks budget.',
      'We condemn the racist attack in the town centre last night: hate crime has no place here.',
      'Great to see Sarah Jenkins and the team at the dementia cafe.',
      { text: 'If you or your family are affected by dementia, the helpline is open all week.', request: { surface: 'reply' } },
      'That social worker Kelly Adams took those kids away for no reason.',
      'Fantastic to see the new Polish Saturday school open at St Anne\'s.',
      'Thanks to Dr Patel and the team at the cancer unit for the tour.',
      'The flat above the chip shop on Market Street is being turned into offices.',
      'I spoke with Ms Khan about the bins on Elm Road.',
      'Greetings from the Crown, where the quiz raised £300 for the cancer unit.',
      'Sarah Wood has ripped off this town for years. Criminal.',
      'Wishing a happy Vaisakhi to all our Sikh neighbours.',
      'Asylum seekers in the borough wait months for a Home Office decision, and that has to change.',
      { text: 'The cancer ward at the General is closing and I am fighting it.', request: { surface: 'reply' } },
      // "Speeding" is not a first name, so "Speeding on Mill Road" places nobody.
      'Speeding on Mill Road is a worry for anyone in a wheelchair.',
      'Mr Dale has lost his black lab near the reservoir, please keep an eye out.',
      'The council is dealing with the complaint from Jo Hart about the bins.',
      // A building project is not a resident's care, even beside a named objector.
      'Jan Reid from Mill Lane objected to the care home extension at Thornton Park.',
      'Tom Hart voiced his caution about the budget, and he was right.',
      // A council's contact centre is customer service, not a child contact centre.
      'Tom Hart at the contact centre sorted my missed bin in a day.',
      // The relative of someone unnamed and unplaced is nobody in particular.
      "A dad on the Brook estate told me his daughter's been waiting 18 months for a CAMHS appointment.",
      'Eid Mubarak to all our Muslim residents (Shame about the rain, mind).',
      // Round 4 look-alikes: the same words with nobody identifiable, or not about a person at all.
      'Can the council give a breakdown of the costs for Mill Road?',
      'Ray Lewis holds the record for the fastest parkrun at Heaton Park.',
      'The head of planning is off to a conference next week.',
      // An allegation against a senior officer in their role is the respect rules' business.
      'The chief executive should be jailed for this budget.',
      'Drinking heavily at Christmas? The NHS alcohol line can help.',
      "I've been off sick with stress myself this month, thanks for the kind words.",
      'The only café on the Brookfield estate is closing, which is a blow.',
      { text: 'For anything about your benefits, please ring me on 07700 900555.', request: { surface: 'dm' } },
      // Round 5: the word inside a post's or a workplace's name, not anyone's circumstances.
      'Thanks to Sue Patel, manager of Rowan House care home, for the tour of the garden.',
      'Please welcome Anna Kowalska, our new Refugee Resettlement Officer.',
      // Round 5 look-alikes: a building knocked down, a union's action, "op-ed".
      'The old Co-op was knocked down last year and Tom Hart wants flats there.',
      'Tom Hart says the union will support the strike at the depot.',
      'Mark Dale said his op-ed on the bypass was misquoted.',
      // The act that picks them out is the allegation itself: a retort, nobody identified.
      'Says the woman who pocketed the raffle money last year!',
      'The people who complained about the bins were on benefits themselves, apparently.',
      'Staff at the Hollies nursing home raised £400 for new garden benches, well done Jo Reid and team.',
      ...SENSITIVE.flatMap((entry) => entry.falsePositives.map((fp) => fp.example)),
    ],
  },
  check({ input, doc }) {
    const hits = findSensitiveTerms(doc);
    if (hits.length === 0) return [];
    const people = privatePeople(doc, input);
    const findings: RawFinding[] = [];
    for (const hit of hits) {
      const subject = subjectOf(doc, input, hit, people);
      if (!subject || subject.kind === 'recipient') continue; // DMs about the recipient: dm-sensitive-details
      if (subject.kind !== 'named' && isOwnDisclosure(doc, hit)) continue;
      const clear = subject.kind === 'named' || subject.kind === 'located' || subject.kind === 'addressee';
      // "diagnosed with dementia": two terms about the same person a few words apart are one finding.
      const previous = findings[findings.length - 1];
      if (previous && previous.data?.who === subject.who && hit.start - previous.end <= 12 && doc.sentenceAt(hit.start).start <= previous.start) {
        previous.end = hit.end;
        continue;
      }
      findings.push({
        start: hit.start,
        end: hit.end,
        messageId: subject.kind === 'named' ? 'named' : subject.kind === 'addressee' ? 'reply' : 'context',
        data: { label: hit.entry.label, who: subject.who },
        ...(clear ? {} : { severity: 'medium' as const }),
      });
    }
    return findings;
  },
});
