/**
 * Words for the home-address rule: street types that make "14 Maple Close" an
 * address, and the words around a number that make it a count instead. Each
 * entry keeps its known false-positive contexts beside it; every `example` is
 * run through the rule by tests/unit/contacts.test.ts and must stay clean.
 */
import type { CueEntry } from './contacts';

/** Street-type words, capitalised as written in addresses (abbreviations without the dot). */
export const STREET_TYPES: CueEntry[] = [
  {
    terms: ['Road', 'Rd', 'Street', 'St', 'Close', 'Avenue', 'Ave', 'Lane', 'Ln', 'Drive', 'Way', 'Court', 'Ct', 'Crescent', 'Cres', 'Gardens', 'Gdns', 'Grove', 'Terrace', 'Tce', 'Place', 'Pl', 'Walk', 'Mews', 'Row', 'Rise', 'Hill', 'Park', 'Square', 'Sq', 'View', 'Green', 'Parade', 'Vale', 'Meadow', 'Meadows', 'Fields', 'Chase', 'Croft', 'Wharf', 'Yard', 'Gate', 'Grange', 'Boulevard', 'Approach', 'Wynd', 'Brae', 'Glen', 'End', 'Bank', 'Heights', 'Lea', 'Circus', 'Crofts', 'Dale', 'Hollow', 'Orchard', 'Paddock', 'Path', 'Quay', 'Ridge', 'Villas', 'Cottages', 'Buildings', 'Side', 'Race', 'Reach', 'Nook', 'Fold', 'Garth', 'Loke'],
    note: 'Royal Mail thoroughfare descriptors: with a house number before them they make a full postal address.',
    source: 'Royal Mail Programmers\u2019 Guide to PAF (thoroughfare descriptors); BS 7666-1',
    falsePositives: [
      { context: 'a street name without a house number', rule: 'home-address', example: 'Potholes on Maple Close reported again today.' },
      { context: 'a count of residents on a street', rule: 'home-address', example: 'Over 200 Station Road residents signed the petition.' },
      { context: 'a count of streets', rule: 'home-address', example: 'Resurfacing 3 roads in the ward this summer.' },
      { context: '"Park" as a count of parks', rule: 'home-address', example: 'We have 4 Green Flag parks in Millbrook.' },
      { context: 'a capitalised phrase ending in a street word after "only"', rule: 'home-address', example: 'There is only 1 Right Way to fix this: fund it.' },
    ],
  },
];

/** Plural nouns right after the street that make the number a count ("200 Station Road residents"). Lower case. */
export const COUNT_NOUNS: CueEntry[] = [
  {
    terms: ['residents', 'households', 'homes', 'houses', 'properties', 'families', 'people', 'tenants', 'neighbours', 'flats', 'businesses', 'shops', 'traders', 'signatures', 'signatories', 'objections', 'letters', 'responses', 'complaints', 'cars', 'vehicles', 'trees', 'streetlights', 'lights', 'bins', 'potholes', 'children', 'pupils', 'members', 'users', 'properties', 'addresses', 'doors', 'years', 'days', 'weeks', 'times', 'schemes', 'junctions', 'crossings', 'bus', 'buses', 'stops', 'spaces', 'bays', 'percent', 'per'],
    note: 'A number followed by a street and a plural noun counts things on that street.',
    source: 'Judgement from council posts ("200 Station Road residents", "12 High Street businesses")',
    falsePositives: [{ context: 'count of businesses', rule: 'home-address', example: 'All 12 High Street businesses have signed up to the scheme.' }],
  },
];

/** Words just before the number that make it a count or something other than a house number. Lower case. */
export const COUNT_WORDS_BEFORE: CueEntry[] = [
  {
    terms: ['over', 'about', 'around', 'nearly', 'almost', 'some', 'than', 'approximately', 'approx', 'roughly', 'all', 'these', 'those', 'another', 'extra', 'more', 'least', 'most', 'route', 'bus', 'junction', 'platform', 'exit', 'page', 'item', 'section', 'paragraph', 'para', 'chapter', 'year', 'aged', 'age', 'unit', 'units', 'plot', 'plots', 'only', 'just'],
    // Not "to", "from", "and": "send it to 14 Maple Close" is an address.
    note: 'Quantities and other numbered things ("over 200", "bus 14", "item 7", "Unit 4" on an industrial estate).',
    source: 'Judgement from council posts',
    falsePositives: [
      { context: 'bus route', rule: 'home-address', example: 'The bus 14 Station Road stop moves on Monday.' },
      { context: 'agenda item', rule: 'home-address', example: 'Item 7 Castle Hill car park charges was deferred.' },
      { context: 'industrial unit', rule: 'home-address', example: 'Unit 4 Riverside Park is now let to a bakery.' },
    ],
  },
];

/** Units right after the number that make it a distance or a time ("200 yards from Holt End"). Lower case. */
export const MEASURE_WORDS: CueEntry[] = [
  {
    terms: ['yards', 'yds', 'metres', 'meters', 'miles', 'mile', 'feet', 'ft', 'km', 'minutes', 'mins', 'hours', 'hrs', 'seconds', 'steps', 'paces'],
    note: 'A number followed by a unit measures a distance or a time, even when a place with a street-type word follows.',
    source: 'Judgement from council posts',
    falsePositives: [{ context: 'a distance from a place', rule: 'home-address', example: 'He is living 200 yards from Holt End now, I hear.' }],
  },
];

/** Famous, public or fictional addresses that are not a private person's home (addressKey form). */
export const NOT_A_HOME: CueEntry[] = [
  {
    terms: ['10 downing street', '11 downing street', '221b baker street', '742 evergreen terrace', '123 fake street', '1 fake street', '123 any street', '1 any street', '1 example road', '123 example street', '62 west wallaby street', '4 privet drive'],
    note: 'Official residences and well-known fictional addresses.',
    source: 'Judgement',
    falsePositives: [
      { context: 'the Prime Minister\u2019s office', rule: 'home-address', example: 'We delivered the petition to 10 Downing Street today.' },
      { context: 'a placeholder address', rule: 'home-address', example: 'Scam letters addressed to "123 Fake Street" are doing the rounds.' },
    ],
  },
];

/** Words right after an address that make it a business or venue ("14 High Street reopens"). Lower case. */
export const VENUE_AFTER: CueEntry[] = [
  {
    terms: ['opens', 'opening', 'reopens', 'reopening', 'reopened', 'closing', 'closes', 'shop', 'store', 'cafe', 'pub', 'restaurant', 'library', 'offices', 'premises', 'takeaway', 'salon', 'unit'],
    note: 'A business or public building described right after its address.',
    source: 'Judgement from council posts',
    falsePositives: [{ context: 'shop reopening', rule: 'home-address', example: 'Great to see 14 High Street reopening as a bakery.' }],
  },
];

/**
 * Welsh thoroughfare words, which come first ("5 Cwrt y Felin", "4 Glan yr Afon", "12 Heol Las").
 * Matched only as: house number, one of these capitalised, then "y"/"yr"/"'r" or capitalised words.
 */
export const WELSH_STREET_TYPES: CueEntry[] = [
  {
    terms: ['Heol', 'Ffordd', 'Stryd', 'Lôn', 'Lon', 'Rhodfa', 'Cwrt', 'Clos', 'Maes', 'Cilgant', 'Teras', 'Glan', 'Bryn', 'Llys', 'Parc', 'Cae', 'Pant', 'Bro', 'Plas', 'Llwyn', 'Tŷ', 'Ty'],
    note: 'Welsh street descriptors (heol road, ffordd way, stryd street, lôn lane, rhodfa avenue, cwrt court, clos close, maes field, cilgant crescent, teras terrace, glan bank, bryn hill, llys court, parc park).',
    source: 'Welsh Language Commissioner, standardised Welsh place-names and street-naming guidance; Royal Mail PAF',
    falsePositives: [
      { context: 'a Welsh word after a count', rule: 'home-address', example: 'Over 40 Maes y Coed residents came to the meeting.' },
      { context: 'a person named Bryn', rule: 'home-address', example: 'Congratulations to the 2 Bryn brothers on their win.' },
    ],
  },
];

/**
 * Named buildings ("7 Kestrel House"): homes in a block of flats, but also offices ("2 Civic House").
 * Counted only after "lives at" / "address" or with a "Flat 3," prefix.
 */
export const BUILDING_TYPES: CueEntry[] = [
  {
    terms: ['House', 'Lodge', 'Cottage', 'Mansions', 'Tower', 'Towers', 'Point', 'Flats', 'Apartments', 'Farm'],
    note: 'Blocks of flats and named houses.',
    source: 'Royal Mail Programmers\u2019 Guide to PAF (building names)',
    falsePositives: [{ context: 'an office building', rule: 'home-address', example: 'The team is based at 2 Civic House these days.' }],
  },
];
