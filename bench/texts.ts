/**
 * Realistic councillor texts for the bench: a 280-character post (X's limit), a
 * 2,000-character post and a 20,000-character paste (an e-mail thread or report
 * pasted into a Facebook post). Casework, planning, budget criticism, with phone
 * numbers, addresses and names, so every kind of rule has something to look at,
 * and most of it the ordinary political text a checker must pass quickly.
 *
 * Names, streets and numbers are invented; phone numbers are in Ofcom's drama
 * ranges (07700 900xxx, 0113 496 0xxx).
 */

export const POST_280 = fit(
  'Met Mrs Doreen Price at 14 Marlborough Rd about the damp in her flat - housing say a surveyor will visit Tuesday. ' +
    'Budget vote tonight: cutting \u00a31.25m from libraries while consultants get \u00a3400k is the wrong choice. ' +
    'Any ward issues? Call me on 07700 900123. #Headingley #HydePark \u{1F3E0}',
  280,
);

const POST_2000_PARAGRAPHS = [
  'Update from Thursday\u2019s full council. I voted against the budget, and I want to explain why. The administration is cutting \u00a31.2 million from libraries and youth services over two years while the consultancy line in the corporate services budget has gone up by \u00a3400,000. That is a political choice, not a necessity, and residents in Hyde Park and Woodhouse will feel it first.',
  'Casework: thank you to everyone who came to Saturday\u2019s surgery at St Michael\u2019s church hall. Mr Alan Whitcombe of Cardigan Lane raised the broken street lights again - I have chased Highways (ref HW/2026/0457) and been told a contractor is booked for the week of 9 March. If your street has the same problem, report it online or ring the contact centre on 0113 496 0000.',
  'Planning: application 25/04117/FUL for 48 flats on the old Kirkstall Road depot goes to the Plans Panel on 19 March. I am not on the panel, so I am free to say that the design ignores the conservation area and that the parking survey was done in August, when the university was closed. Comments close on 6 March; the case officer is Sarah Okafor and the documents are on the council\u2019s planning portal.',
  'Licensing: the application for a late-night licence at the former Skyrack on Otley Road is being reviewed after complaints from neighbours on Ash Grove about noise until 3am. Residents who want to make a representation must do so in writing by 27 February, quoting the premises licence number. I have offered to help anyone who finds the form confusing, and the council\u2019s licensing team is on 0113 496 0321.',
  'Finally, the bins. Since the round change, Brudenell Grove and Royal Park Terrace have been missed three weeks running. I have written to the Executive Member, Cllr James Holloway, and asked for a written answer at the next scrutiny board. You can reach me on 07700 900123 or at my surgery, first Saturday of the month, 10 till 12, at the community centre on Chapel Lane. No appointment needed, and there is step-free access from Chapel Lane.',
];

export const POST_2000 = fit(POST_2000_PARAGRAPHS.join('\n\n'), 2_000);

// ---------------------------------------------------------------------------
// The 20,000-character paste: varied paragraphs from templates, filled from
// pools with a seeded generator so that no paragraph repeats and every run of
// the bench sees the same text.

const FIRST = ['Doreen', 'Alan', 'Priya', 'Mohammed', 'Siobhan', 'Gareth', 'Aisha', 'Tomasz', 'Margaret', 'Kwame', 'Eilidh', 'Rhys', 'Fatima', 'Derek', 'Niamh', 'Callum'];
const LAST = ['Price', 'Whitcombe', 'Okafor', 'Hussain', 'O\u2019Neill', 'Jenkins', 'Begum', 'Nowak', 'Thornton', 'Mensah', 'MacLeod', 'Pritchard', 'Shah', 'Harrison', 'Doyle', 'Ferguson'];
const TITLE = ['Mrs', 'Mr', 'Ms', 'Miss', 'Dr'];
const STREET = ['Marlborough Road', 'Cardigan Lane', 'Brudenell Grove', 'Royal Park Terrace', 'Hessle Avenue', 'Thornville Street', 'Victoria Road', 'Ash Grove', 'Chapel Lane', 'Queens Road', 'Manor Drive', 'Kirkstall Lane'];
const POSTCODE = ['LS6 1AB', 'LS6 2QT', 'LS4 2EH', 'LS3 1JW', 'LS6 3BN', 'LS5 3DD'];
const SERVICE = ['libraries', 'youth services', 'children\u2019s centres', 'street cleaning', 'adult social care', 'parks and countryside', 'bus subsidies', 'school crossing patrols'];
const COMMITTEE = ['Plans Panel', 'Licensing Sub-Committee', 'Scrutiny Board (Environment)', 'Executive Board', 'Community Committee'];
const WEEKDAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'September', 'October', 'November'];

type Pick = <T>(items: readonly T[]) => T;
type Filler = (pick: Pick, n: (lo: number, hi: number) => number) => string;

const TEMPLATES: Filler[] = [
  (p, n) =>
    `Casework update: ${p(TITLE)} ${p(FIRST)} ${p(LAST)} from ${n(2, 140)} ${p(STREET)} contacted me about a leaking roof that has been reported ${n(3, 9)} times since ${p(MONTH)}. I have escalated it to the housing repairs manager and asked for a date in writing. If you are having the same problem, please get in touch.`,
  (p, n) =>
    `The ${p(SERVICE)} budget is being cut by \u00a3${n(120, 980)},000 next year, while the council is spending \u00a3${n(2, 9)}.${n(1, 9)} million on an office refurbishment nobody asked for. I will be moving an amendment at full council on ${p(WEEKDAY)} ${n(1, 28)} ${p(MONTH)} to reverse it, and I would urge colleagues of every party to support it.`,
  (p, n) =>
    `Planning application ${n(23, 26)}/0${n(1000, 9999)}/FUL proposes ${n(6, 120)} flats on the former garage site off ${p(STREET)}. Residents have raised parking, overlooking and the loss of the tree belt. The consultation closes on ${n(1, 28)} ${p(MONTH)}; you can comment on the planning portal or write to the case officer. I will make sure every objection is read.`,
  (p, n) =>
    `Thank you to the ${n(12, 60)} volunteers who turned out for the litter pick on ${p(STREET)} on ${p(WEEKDAY)}. We filled ${n(20, 90)} bags, reported ${n(2, 9)} fly-tips and found a shopping trolley in the beck again. Next one is ${p(WEEKDAY)} ${n(1, 28)} ${p(MONTH)}, meet outside the community centre at 10am.`,
  (p, n) =>
    `My ward surgery this month is on ${p(WEEKDAY)} ${n(1, 28)} ${p(MONTH)} at the library on ${p(STREET)}, ${p(POSTCODE)}, from 10 until 12. If you cannot make it, you can call me on 07700 900${n(100, 999)} or leave a message with Member Services on 0113 496 0${n(100, 999)} and I will ring you back.`,
  (p, n) =>
    `The ${p(COMMITTEE)} meets on ${p(WEEKDAY)} at ${n(2, 6)}pm in the civic hall. The agenda includes the bus lane scheme, the review of ${p(SERVICE)} and a report on the ${n(2, 9)}% rise in temporary accommodation costs. Meetings are public and webcast, and you can ask to speak by emailing democratic services at least three working days before.`,
  (p, n) =>
    `I asked the Executive Member, Cllr ${p(FIRST)} ${p(LAST)}, why ${n(30, 400)} potholes reported since ${p(MONTH)} are still open. The answer was that the highways budget was cut by ${n(8, 25)}% in 2024 and the backlog has grown ever since. That is the cost of decisions made in this chamber, and I will keep asking until it is fixed.`,
  (p, n) =>
    `Good news for ${p(STREET)}: after a ${n(2, 4)}-year campaign the council has agreed a 20mph limit and ${n(2, 6)} new crossing points outside the primary school. Thank you to the parents who surveyed traffic every morning for a month, and to the officers in the road safety team who turned their data into a scheme.`,
  (p, n) =>
    `Residents of ${p(STREET)} have told me that the new waste rounds mean collections are missed ${n(2, 5)} weeks out of ${n(6, 8)}. I have sent the addresses to the waste team with photographs, asked for the round to be re-timed, and raised it at scrutiny. Please keep reporting missed bins online so there is a record.`,
  (p, n) =>
    `Spoke to ${p(FIRST)} ${p(LAST)} at the food bank on ${p(STREET)} this week. They are now feeding ${n(150, 480)} families a week, up from ${n(60, 140)} two years ago, and the council grant has not gone up once. I will be asking the Executive Board to use the household support fund to help, and I will report back here.`,
  (p, n) =>
    `The council\u2019s own figures show \u00a3${n(2, 19)}.${n(1, 9)} million of capital receipts went into balances last year instead of the housing programme. That money could have bought ${n(20, 90)} homes for families on the waiting list. I have tabled a question for the next meeting and will publish the answer in full.`,
  (p, n) =>
    `Flooding update: the drains on ${p(STREET)} near number ${n(2, 90)} were jetted on ${p(WEEKDAY)} after ${n(3, 12)} reports. The Environment Agency is looking at the culvert under the railway. If water comes into your property, call the council\u2019s out-of-hours line on 0113 496 0${n(100, 999)} and then let me know.`,
  (p, n) =>
    `Thank you to ${p(TITLE)} ${p(LAST)} and the staff at ${p(LAST)} Park primary school for showing me the new reading garden. ${n(40, 300)} children helped plant it, and the parent-teacher association raised \u00a3${n(2, 9)},${n(100, 999)} with a sponsored walk. This is what a community looks like when it pulls together.`,
  (p, n) =>
    `A reminder that the consultation on the Local Plan review closes on ${n(1, 28)} ${p(MONTH)}. It sets where ${n(10, 60)},000 homes will go by 2040, which green spaces are protected and what developers must pay towards schools and GP surgeries. It is long, but the summary is ${n(8, 24)} pages and worth reading.`,
];

export const PASTE_20000 = fit(generate(20_000), 20_000);

function generate(target: number): string {
  // mulberry32: tiny, seeded, good enough for picking words.
  let seed = 0x5eed2026;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick: Pick = (items) => items[Math.floor(random() * items.length)]!;
  const n = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const paragraphs: string[] = [];
  let length = 0;
  // Cycle the templates in a shuffled order each round so neighbours differ.
  while (length < target + 500) {
    const order = TEMPLATES.map((template) => ({ template, key: random() }));
    order.sort((a, b) => a.key - b.key);
    for (const { template } of order) {
      const paragraph = template(pick, n);
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
  }
  return paragraphs.join('\n\n');
}

/** Cuts a text to exactly `length` UTF-16 units (as a paste or a platform's limit would), never inside a surrogate pair. */
function fit(text: string, length: number): string {
  if (text.length < length) throw new Error(`bench text is ${text.length} characters, shorter than ${length}`);
  let cut = text.slice(0, length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = `${cut.slice(0, -1)} `;
  return cut;
}

export const TEXTS = [
  { name: 'post-280', text: POST_280 },
  { name: 'post-2000', text: POST_2000 },
  { name: 'paste-20000', text: PASTE_20000 },
] as const;
