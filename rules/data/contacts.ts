/**
 * Words around a contact detail or identifier that say whose it is: an
 * organisation's line or mailbox (fine to publish), the author's own, the DM
 * recipient's own, or a third person's. Used by the personal-data identifier
 * rules through rules/detect/contacts.ts.
 *
 * Each entry keeps its known false-positive contexts beside it; every `example`
 * there is run through the named rule by tests/unit/contacts.test.ts and must
 * stay clean.
 */

export interface FalsePositive {
  /** What goes wrong without this entry (or despite it), in a few words. */
  context: string;
  /** The rule that must stay quiet on `example`. */
  rule: string;
  example: string;
  request?: Record<string, unknown>;
}

export interface CueEntry {
  terms: string[];
  /** Which details the cue speaks for: a phone number or email, or a street address. Default both. */
  for?: Array<'contact' | 'address'>;
  note: string;
  source: string;
  falsePositives: FalsePositive[];
}

/**
 * Words naming an organisation, a service or a line just before a number or
 * address ("the council switchboard on", "Riverside Library, 2 High Street").
 * Folded single words; phrases are matched word by word.
 */
export const ORGANISATION_CUES: CueEntry[] = [
  {
    // Not "call" or "contact": as verbs they precede a person's number too ("Call 07843 215690 to speak to Doreen").
    terms: ['council', 'councils', 'borough', 'switchboard', 'reception', 'enquiries', 'enquiry', 'customer', 'centre', 'center', 'hub', 'department', 'dept', 'directorate', 'team', 'service', 'services', 'office', 'offices'],
    for: ['contact'],
    note: 'The council and its services publish their numbers and mailboxes so residents can reach them.',
    source: 'Code of Recommended Practice on Local Authority Publicity (2011) para 15 (contact details for services)',
    falsePositives: [
      { context: 'council switchboard number', rule: 'phone-number', example: 'Call the council switchboard on 01632 960000 to report it.' },
      { context: 'service team line', rule: 'phone-number', example: 'Ring the housing team on 01632 960001 if your repair is urgent.' },
      { context: 'office landline (a personal cue nearer the number still wins: "office, her number is")', rule: 'phone-number', example: 'Our ward office line is 0113 496 0000.' },
    ],
  },
  {
    terms: ['helpline', 'hotline', 'line', 'freephone', 'textphone', 'minicom', 'crisis', 'duty', 'hours'],
    for: ['contact'],
    note: 'Helplines, advice and out-of-hours lines.',
    source: 'Ofcom numbering (helplines and 116 numbers); common council practice',
    falsePositives: [
      { context: 'out-of-hours line', rule: 'phone-number', example: 'Out of hours emergency line: 0161 496 0123.' },
      { context: 'advice line', rule: 'phone-number', example: 'The debt advice line is 0117 496 0123, open 9-5.' },
    ],
  },
  {
    terms: ['business', 'businesses', 'company', 'firm', 'ltd', 'limited', 'plc', 'llp', 'shop', 'store', 'stores', 'branch', 'agency', 'garage', 'cafe', 'pub', 'inn', 'arms', 'tavern', 'hotel', 'restaurant', 'takeaway', 'bakery', 'butchers', 'pharmacy', 'chemist', 'salon', 'barbers', 'studio', 'studios', 'market', 'bar', 'deli', 'delicatessen'],
    note: 'Businesses advertise their numbers, addresses and mailboxes; naming one next to the address or number makes it a business contact.',
    source: 'UK GDPR Art. 4(1) (data about a legal person is not personal data)',
    falsePositives: [
      { context: 'business named next to the address', rule: 'home-address', example: 'Congratulations to the Rose & Crown pub, 14 High Street, on its award.' },
      { context: 'shop line', rule: 'phone-number', example: 'The shop number is 01632 960123 for orders.' },
    ],
  },
  {
    // Not "fire" or "police" alone: "Fire at 14 Maple Close last night" is about a home.
    terms: ['library', 'school', 'primary', 'juniors', 'infants', 'academy', 'college', 'nursery', 'surgery', 'practice', 'clinic', 'hospital', 'station', 'hall', 'offices', 'centre', 'center', 'hub', 'church', 'chapel', 'mosque', 'temple', 'gurdwara', 'synagogue', 'museum', 'theatre', 'gallery', 'club', 'pavilion', 'stadium', 'pool', 'baths', 'depot', 'foodbank', 'bank', 'pantry', 'larder', 'bookmakers', 'bookies', 'supermarket', 'newsagent', 'newsagents', 'dentist', 'dentists', 'opticians', 'vets', 'launderette', 'laundrette', 'brewery', 'chippy', 'warehouse', 'charity', 'trust', 'foundation', 'association', 'society', 'venue', 'institute', 'cab', 'advice', 'shelter', 'jobcentre'],
    note: 'Public buildings and voluntary organisations: their addresses and numbers are published.',
    source: 'ICO guide to UK GDPR, "What is personal data?" (information about organisations)',
    falsePositives: [
      { context: 'a library address', rule: 'home-address', example: 'Riverside Library, 2 High Street, reopens on Monday.' },
      { context: 'a ward surgery venue', rule: 'home-address', example: 'My ward surgery is at the community centre, 22 Station Road, on Saturday 10-12.' },
      { context: 'the Town Hall', rule: 'home-address', example: 'Full council meets at the Town Hall, 1 Market Square, at 7pm.' },
      { context: 'an advice charity', rule: 'home-address', example: 'Citizens Advice Riverton, 14 Market Street, is open Mon-Thu 9.30-4.' },
      { context: 'school office number', rule: 'phone-number', example: 'Parents can ring the school office on 01632 960777.' },
    ],
  },
  {
    terms: ['us', 'our', 'we'],
    for: ['contact'],
    note: 'The author speaking for a group or organisation ("call us on", "our office").',
    source: 'Judgement: a line presented as "ours" is an organisation line or the author\u2019s own',
    falsePositives: [{ context: 'call us', rule: 'phone-number', example: 'Questions? Call us on 0121 496 0000.' }],
  },
];

/**
 * Offices and professional firms, for addresses only: "her constituency office is at 12 High
 * Street", "Thornton & Lowe Solicitors, 22 Market Place", "a drop-in at 10 Abbey Walk".
 * (For phone numbers "office" stays a contact cue only: "home office" lines are people's.)
 */
export const OFFICE_CUES: CueEntry[] = [
  {
    terms: ['office', 'solicitors', 'accountants', 'architects', 'surveyors', 'agents', 'drop-in', 'dropin', 'headquarters', 'hq'],
    for: ['address'],
    note: 'A place of work or a published service point, not a home.',
    source: 'ICO guide to UK GDPR, "What is personal data?" (information about organisations)',
    falsePositives: [
      { context: 'an MP\u2019s constituency office', rule: 'home-address', example: 'Our MP\u2019s constituency office is at 12 High Street, open Tuesdays.' },
      { context: 'a firm named before its address', rule: 'home-address', example: 'Thanks to Thornton & Lowe Solicitors, 22 Market Place, for the free will-writing.' },
      { context: 'a drop-in', rule: 'home-address', example: 'Castlemere Mind runs a free drop-in at 10 Abbey Walk every Wednesday.' },
    ],
  },
];

/** Words that put an event or a public venue at the address ("held at", "join us at"). */
export const VENUE_CUES: CueEntry[] = [
  {
    terms: ['held', 'join', 'venue', 'drop', 'pop', 'along', 'open', 'opens', 'opened', 'opening', 'reopen', 'reopens', 'reopened', 'event', 'meeting', 'surgery', 'surgeries', 'workshop', 'exhibition', 'consultation', 'launch', 'fair', 'sale', 'session', 'sessions'],
    note: 'Events and public meetings are announced with their venue address.',
    source: 'Judgement: a venue address invites the public, it does not identify a resident',
    falsePositives: [
      { context: 'event venue', rule: 'home-address', example: 'Join us at 14 Market Place on Saturday for the Christmas lights switch-on.' },
      { context: 'consultation event', rule: 'home-address', example: 'The consultation event is held at 3 Church Lane from 2pm.' },
    ],
  },
  {
    terms: ['application', 'applications', 'planning', 'premises', 'licence', 'license', 'site', 'development', 'proposal', 'proposals', 'scheme', 'appeal', 'enforcement'],
    note: 'Planning and licensing applications are public registers; the site address is published by the council.',
    source: 'Town and Country Planning (Development Management Procedure) (England) Order 2015 art. 40 (planning register); Licensing Act 2003 s.8',
    falsePositives: [
      { context: 'planning application site', rule: 'home-address', example: 'The planning application for 23 Church Lane (24/01234/FUL) goes to committee on Thursday.' },
      { context: 'premises licence', rule: 'home-address', example: 'A premises licence application for 5 Market Street is out to consultation.' },
    ],
  },
];

/** Words that say the detail belongs to a third person, nearest the detail. */
export const THIRD_PERSON_CUES: CueEntry[] = [
  {
    terms: ['her', 'his', 'him', 'she', 'he', 'their', 'hers', 'theirs', 'mobile', 'mob', 'personal', 'private', 'home', 'landline', 'resident', "resident's", 'residents', 'neighbour', "neighbour's", 'tenant', "tenant's", 'constituent', "constituent's", 'ex', "ex's", 'ex-husband', "ex-husband's", 'ex-wife', "ex-wife's", 'ex-partner', "ex-partner's", 'son', 'daughter', 'mum', 'dad', 'wife', 'husband', 'partner', 'lives', 'living', 'live', 'moved', 'house', 'mr', 'mrs', 'ms', 'miss', 'mx'],
    note: 'A pronoun, relation or "lives at" nearer the detail than any organisation word makes it a person\u2019s.',
    source: 'UK GDPR Art. 4(1) (identified or identifiable natural person)',
    falsePositives: [
      { context: '"home" in a care home or "home office" is still an organisation when the organisation word is nearer', rule: 'phone-number', example: 'His care home has a reception line: 01632 960444.' },
    ],
  },
];

/** The author speaking about their own details ("call me on", "my email"). */
export const SELF_CUES: CueEntry[] = [
  {
    // Not "I": "I spoke to Doreen on 07843 215690" is about Doreen's number.
    terms: ['my', 'mine'],
    note: 'The author\u2019s own contact details are theirs to publish (DESIGN.md, personal-data).',
    source: 'UK GDPR Art. 2(2)(c) and the author\u2019s own choice; DESIGN.md',
    falsePositives: [
      { context: 'own number not listed in the profile', rule: 'phone-number', example: 'Any problems, ring me on 07700 900555.' },
      { context: 'own email', rule: 'email-address', example: 'You can email me at jo.bloggs.ward@gmail.com' },
    ],
  },
  {
    // Only for numbers and emails: "Mrs Price told me about 14 Maple Close" is her address, not mine.
    terms: ['me', 'myself'],
    for: ['contact'],
    note: '"Call me on", "email me at": the author giving their own line.',
    source: 'DESIGN.md (the author\u2019s own contact details are fine to publish)',
    falsePositives: [{ context: 'text me', rule: 'phone-number', example: 'Text me on 07700 900321 if the bin is missed again.' }],
  },
];

/** The DM recipient's own details sent back to them (DESIGN.md: not flagged in a DM). */
export const RECIPIENT_CUES: CueEntry[] = [
  {
    terms: ['you', 'your', 'yours'],
    note: 'In a DM, "your number" / "your case ref" are the recipient\u2019s own details sent back to them.',
    source: 'DESIGN.md (personal-data: in a DM, the recipient\u2019s own details are not flagged)',
    falsePositives: [
      {
        context: 'DM recipient\u2019s own case reference',
        rule: 'case-reference',
        example: 'Hi Tom, your housing application number 445521 has been passed to the allocations team.',
        request: { surface: 'dm', platform: 'facebook' },
      },
    ],
  },
];

/** Free webmail and consumer ISP domains: an address there is almost always a person's. */
export const PERSONAL_EMAIL_DOMAINS: CueEntry[] = [
  {
    terms: ['gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.co.uk', 'outlook.com', 'outlook.co.uk', 'live.com', 'live.co.uk', 'msn.com', 'yahoo.com', 'yahoo.co.uk', 'ymail.com', 'rocketmail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'aol.co.uk', 'protonmail.com', 'proton.me', 'gmx.com', 'gmx.co.uk', 'mail.com', 'zoho.com'],
    note: 'International free webmail providers.',
    source: 'Provider sign-up pages (consumer accounts)',
    falsePositives: [
      { context: 'a parish clerk or ward mailbox on webmail is a role address', rule: 'email-address', example: 'Contact the parish clerk at clerk.millbrookparish@gmail.com' },
      { context: 'a councillor\u2019s public webmail address', rule: 'email-address', example: 'Cllr Shah can be reached at cllr.shah.northward@gmail.com' },
    ],
  },
  {
    terms: ['btinternet.com', 'btopenworld.com', 'talk21.com', 'sky.com', 'talktalk.net', 'tiscali.co.uk', 'virginmedia.com', 'ntlworld.com', 'blueyonder.co.uk', 'plus.net', 'plusnet.com', 'orange.net', 'fsmail.net', 'o2.co.uk', 'tesco.net', 'freeserve.co.uk', 'waitrose.com'],
    note: 'UK consumer broadband providers\u2019 mailboxes.',
    source: 'ISP customer help pages (BT, Sky, TalkTalk, Virgin Media, Plusnet)',
    falsePositives: [{ context: 'ISP customer service address (role mailbox)', rule: 'email-address', example: 'Complaints go to complaints@sky.com according to their website.' }],
  },
];

/**
 * Local parts of role mailboxes (the part before @), folded. A local part that
 * equals one of these, or starts with one followed by . _ - or a digit, is a role.
 */
export const ROLE_MAILBOXES: CueEntry[] = [
  {
    terms: ['info', 'information', 'enquiries', 'enquiry', 'inquiries', 'contact', 'contactus', 'hello', 'hi', 'admin', 'office', 'mail', 'post', 'general', 'team', 'help', 'helpdesk', 'support', 'customerservices', 'customer.services', 'customerservice', 'cs', 'feedback', 'complaints', 'comments', 'reception', 'bookings', 'booking', 'events', 'sales', 'accounts', 'finance', 'hr', 'jobs', 'careers', 'recruitment', 'press', 'media', 'news', 'comms', 'communications', 'pr', 'noreply', 'no-reply', 'donotreply', 'webmaster', 'web', 'secretary', 'chair', 'chairman', 'treasurer', 'clerk', 'parish', 'council', 'town', 'ward', 'cllr', 'councillor', 'mayor', 'planning', 'housing', 'licensing', 'elections', 'electoral', 'democratic', 'democraticservices', 'democracy', 'committee', 'committees', 'members', 'foi', 'dataprotection', 'dpo', 'privacy', 'environmental', 'highways', 'streetscene', 'waste', 'recycling', 'parking', 'revenues', 'benefits', 'counciltax', 'library', 'libraries', 'school', 'head', 'headteacher', 'reservations', 'orders', 'shop', 'volunteer', 'volunteers', 'membership', 'group', 'friends', 'residents', 'association', 'campaign'],
    note: 'Role and department mailboxes, published so the public can reach an organisation or office-holder.',
    source: 'RFC 2142 (mailbox names for common services); council websites',
    falsePositives: [
      { context: 'council department mailbox', rule: 'email-address', example: 'Send objections to planning@millbrook.gov.uk by Friday.' },
      { context: 'residents\u2019 association mailbox on webmail', rule: 'email-address', example: 'Email residents.elmgrove@gmail.com to join the association.' },
    ],
  },
];

/** Domains of public bodies whose staff addresses are published in their public role. */
export const PUBLIC_SECTOR_DOMAIN_SUFFIXES = ['.gov.uk', '.gov', '.nhs.uk', '.nhs.net', '.police.uk', '.parliament.uk', '.mod.uk', '.sch.uk', '.ac.uk', '.gov.scot', '.gov.wales', '.llyw.cymru', '.nhs.scot'];
