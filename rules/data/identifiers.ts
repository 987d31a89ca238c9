/**
 * Cue words for the personal-data identifier rules that need context to tell
 * an identifier from an ordinary date, code or number: date-of-birth,
 * vehicle-registration and case-reference. Each entry keeps its known
 * false-positive contexts beside it; every `example` there is run through the
 * named rule by tests/unit/contacts.test.ts and must stay clean.
 */
import type { CueEntry } from './contacts';

/** Words just before (or after) a date that make it a date of birth. Folded. */
export const BIRTH_CUES: CueEntry[] = [
  {
    terms: ['dob', 'd.o.b', 'd.o.b.', 'date of birth', 'birth date', 'birthdate', 'born', 'born on', 'birthday'],
    note: 'A full date next to one of these is a date of birth, a key identifier for identity fraud.',
    source: 'ICO guide to UK GDPR, "What is personal data?" (date of birth combined with other details identifies a person)',
    falsePositives: [
      { context: 'the author\u2019s own birthday', rule: 'date-of-birth', example: 'I was born on 4 May 1961 in this ward and I have lived here ever since.' },
      { context: 'a historical figure (born over 110 years ago)', rule: 'date-of-birth', example: 'The park is named after Ada Jones, born 3 March 1870.' },
      { context: 'a plain date with no birth cue', rule: 'date-of-birth', example: 'The meeting on 12/03/2026 was cancelled.' },
      { context: 'an age alone', rule: 'date-of-birth', example: 'Happy 100th birthday to Ethel, who turns 100 today!' },
    ],
  },
];

/** Words in the same sentence that make a plate-shaped code a vehicle registration. Folded. */
export const VEHICLE_CUES: CueEntry[] = [
  {
    terms: ['car', 'cars', 'van', 'vans', 'vehicle', 'vehicles', 'reg', 'registration', 'plate', 'plates', 'numberplate', 'parked', 'parking', 'parks', 'drove', 'driven', 'driving', 'driver', 'drives', 'motorbike', 'motorcycle', 'moped', 'scooter', 'lorry', 'truck', 'taxi', 'cab', 'minicab', 'pickup', '4x4', 'suv', 'campervan', 'caravan', 'trailer', 'hatchback', 'dvla', 'abandoned', 'dumped', 'speeding', 'pavement', 'driveway', 'kerb', 'bmw', 'audi', 'ford', 'vauxhall', 'mercedes', 'volkswagen', 'vw', 'toyota', 'nissan', 'honda', 'kia', 'tesla', 'transit', 'rover', 'landrover', 'jaguar', 'mini', 'fiat', 'peugeot', 'renault', 'citroen', 'skoda', 'seat', 'volvo', 'hyundai', 'mazda', 'lexus', 'porsche', 'owner', 'keeper', 'verge', 'tyres', 'clamped'],
    note: 'Context that a code like AB12 CDE is a number plate; a plate identifies the keeper through the DVLA.',
    source: 'ICO, "Personal data: vehicle registration numbers" (a VRN can identify the keeper)',
    falsePositives: [
      { context: 'an ordinary word in capitals is not plate-shaped', rule: 'vehicle-registration', example: 'PARKED CARS ON THE VERGE AGAIN! Enforcement please.' },
      { context: 'a postcode looks similar but has a digit in the inward part', rule: 'vehicle-registration', example: 'Cars parked all along AB12 3CD again.' },
    ],
  },
];

/** Strong cues: only these make an older-format plate ("P123 ABC", "ABC 123D") count. */
export const STRONG_VEHICLE_CUES = new Set(['reg', 'registration', 'plate', 'plates', 'numberplate', 'dvla']);

/** Words that introduce a case or reference number. Folded. */
export const CASE_REFERENCE_CUES: CueEntry[] = [
  {
    terms: ['ref', 'reference', 'case', 'claim', 'application', 'complaint', 'account', 'tenancy', 'customer', 'housing', 'register', 'enquiry', 'ticket', 'crime', 'incident', 'log', 'booking', 'member', 'membership', 'urn', 'pcn', 'penalty', 'fine', 'request', 'logged', 'job', 'repair', 'repairs'],
    note: 'A reference that files one person\u2019s housing, benefits, complaint or crime case identifies them to anyone with access to the system, and often reveals their circumstances.',
    source: 'UK GDPR Art. 4(1) (identifier); ICO guidance on online identifiers and reference numbers',
    falsePositives: [
      { context: 'planning application reference (a public register)', rule: 'case-reference', example: 'Her objection to application 24/01234/FUL has been received.' },
      { context: 'FOI reference published by the council', rule: 'case-reference', example: 'The council answered my FOI request ref FOI-2024-0567 for Mr Jones\u2019s group.' },
      { context: 'a reference with no person', rule: 'case-reference', example: 'Pothole reported, ref 1234567, repair due Friday.' },
    ],
  },
];
