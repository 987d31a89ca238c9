import { defineRule } from '../utils/engine/define';
import type { RawFinding } from '../utils/engine/types';
import { addressKey, isOwnAddress, isPrivateOwner, ownerOf, tokenAfter, tokenBefore, wordAfter } from './detect/contacts';
import type { Doc } from '../utils/engine/doc';
import { isValidPostcode } from '../utils/text/identifiers';
import { findSensitiveTerms } from './detect/sensitive';
import { organisationJustBefore } from '../utils/text/organisations';
import { BUILDING_TYPES, COUNT_NOUNS, COUNT_WORDS_BEFORE, MEASURE_WORDS, NOT_A_HOME, STREET_TYPES, VENUE_AFTER, WELSH_STREET_TYPES } from './data/addresses';

const terms = (entries: Array<{ terms: string[] }>) => entries.flatMap((entry) => entry.terms);
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const TYPES = byLength([...terms(STREET_TYPES), ...terms(BUILDING_TYPES)]);
const BUILDINGS = new Set(terms(BUILDING_TYPES).map((word) => word.toLowerCase()));

// An address quoted from an advert ("'Flat 3, 27 Dock Road…'") starts at its flat: the quote mark
// that may not stand before a house number ('90s) may stand before "Flat".
const QUOTE_BEFORE_FLAT = String.raw`(?<=['\u2018"\u201C])(?=(?:flat|fflat|apartment|apt|room)\b)`;

// Original text, case-insensitive (capitals are checked in code so "14 maple close" after "lives at" counts).
// Optional "Flat 3, " and "No. " before the house number, then one to three words and a street type.
// The name words are lazy and bounded, and each starts with a letter, so matching stays linear.
const ADDRESS = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}£$€/.,:'\u2019-])|${QUOTE_BEFORE_FLAT})((?:flat|apartment|apt|room)\.? ?\d{1,4}[a-z]?,? )?((?:no\.?|number) ?)?(\d{1,3}[a-z]?),? ((?:\p{L}[\p{L}'\u2019-]* ){1,3}?)(${TYPES})(?![\p{L}\p{N}])`,
  'giu',
);
// Welsh order: house number, street word, then "y"/"yr"/"'r" or capitalised words. Case-sensitive.
const WELSH = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}£$€/.,:'\u2019-])|${QUOTE_BEFORE_FLAT})((?:Flat|Fflat)\.? ?\d{1,4}[a-z]?,? )?()(\d{1,3}[a-z]?),? ()(${byLength(terms(WELSH_STREET_TYPES))})((?: (?:y|yr|'r|\p{Lu}[\p{L}'\u2019-]*)){1,3})(?![\p{L}\p{N}])`,
  'gu',
);
const POSTCODE = /(?<![\p{L}\p{N}])([a-z]{1,2}\d[a-z\d]?) ?(\d[a-z]{2})(?![\p{L}\p{N}])/giu;
const ORDINAL = /^\d(?:st|nd|rd|th)$/;
// "lives at 14 maple close": lower-case names count after these.
// regex-safe: only ever tested on the 30 characters before an address, so the adjacent \s* cannot grow.
const STRONG_CUE = /(?:\blives?|\bliving|\blived|\baddress(?: is)?|\bmoved (?:in)?to|\bat number)\s*(?:at|:)?\s*$/i;
const PLANNING_REF = /\b\d{2}\/\d{4,5}\/[a-z]{2,6}\b|\b[a-z]{1,3}\/\d{2,4}\/\d{3,5}\b/i;
// An imprint's address is the promoter's, published by law; the Welsh forms too ("Hyrwyddwyd gan", "Argraffwyd a hyrwyddwyd gan").
const IMPRINT = /\b(?:promoted|printed|published)\s+by\b|\b(?:hyrwyddwyd|argraffwyd|cyhoeddwyd)\s+gan\b/i;
// A licensing hearing or notice names the premises' address: it is on the public register (Licensing Act 2003 s.8).
// A planning application's site ("the HMO at 14 Pennant Street", "plans for 3 Mill Lane") is on the public register
// (Town and Country Planning (Development Management Procedure) Order 2015, art. 40), like a licensed premises' address.
// regex-safe: tested only on the 40 characters before an address; one alternation, then literals.
const SITE_BEFORE = /\b(?:application|app|hmo|plans?|proposals?|development|scheme|appeal|extension|demolition|conversion)\s(?:at|for|on)\s$/i;
const LICENSING_NOTICE = /\b(?:premises licen[cs]e|licensing (?:sub-?committee|committee|hearing|panel)|licen[cs]e (?:review|variation|application)|review of the (?:premises )?licen[cs]e)\b/i;
const ABOUT_THE_HOUSE = new Set(['know', 'knows', 'knew', 'asked', 'complained', 'complaint', 'complaints', 'heard', 'worried', 'concerns', 'concerned', 'talking', 'spoke', 'wrote', 'calls', 'called']);
// regex-safe: tested only on the 48 characters before an address.
const ACTED_ON =
  /(?:\bknows? about|\binspect(?:ed|ing)?|\binspectors? (?:to|at)|\bvisit(?:ed|ing)?|\braided|\b(?:police|ambulance|paramedics|fire crews?|firefighters)(?: and (?:an? )?\p{L}+)? (?:at|to|outside)) $/iu;
// One to three capitalised words after "the", then a comma: "the Black Swan, ", "the Three Horseshoes, ".
// A single plural word ("the Fosters, ") is a family, so it is left out. regex-safe: bounded words, short slice.
// "The Bell & Anchor, " at a sentence start too; "&" joins two names into one.
const THE_VENUE = /\b[Tt]he (?:(?:\p{Lu}[\p{L}'\u2019&-]*|&) ){1,3}\p{Lu}[\p{L}'\u2019-]*,\s?(?:at\s)?$|\b[Tt]he \p{Lu}[\p{L}'\u2019-]*[^s\s],\s?(?:at\s)?$/u;
// regex-safe: tested only on the 48 characters before an address.
const FLAT_BEFORE = /\b(?:flat|flats|bedsit|maisonette) (?:at|in)\s$/i;
const CARE_HOME_BEFORE = /\b(?:care|nursing|residential) home,?\s(?:at\s)?$/i;
const MEASURES = new Set(terms(MEASURE_WORDS));
// A home placed by the business it is over: "live above the takeaway at 17 Bridge Street" is their home, not the shop.
// regex-safe: tested only on the 48 characters before an address; the word run is bounded.
const LIVES_BY = /\b(?:lives?|living) (?:above|over|below|behind|next to|opposite) the (?:[\p{L}'\u2019-]+ ){1,3}(?:at )?$/iu;
const STREET_NAMES = byLength(terms(STREET_TYPES));
// Without a house number, the same placing on a named street is as good as one: "she lives above the bakery on Dale Rd".
const PLACED_HOME = new RegExp(
  String.raw`\b(lives?|living) (?:above|over|below|behind|next to|opposite) the (?:[\p{L}'\u2019-]+ ){0,2}[\p{L}'\u2019-]+ (?:on|in) ((?:\p{Lu}[\p{L}'\u2019-]* ){1,3}(?:${STREET_NAMES}))(?![\p{L}\p{N}])`,
  'gu',
);
// "she still lives on her own at Rose Cottage, Church Lane": a named house someone lives in is their address, number or not.
// regex-safe: the gap is bounded and lazy, the name runs are bounded and end at a fixed word.
const NAMED_HOUSE = new RegExp(
  String.raw`\b(?:lives?|living)\b[^.!?\n]{0,24}? at ((?:\p{Lu}[\p{L}'\u2019-]* ){1,2}(?:Cottage|Farm|Farmhouse|Lodge|Barn|Villa|Bungalow)(?:, (?:\p{Lu}[\p{L}'\u2019-]* ){1,3}(?:${STREET_NAMES}))?)(?![\p{L}\p{N}])`,
  'gu',
);
// "the Eritrean lad in room 14 at the Mereside Hotel": a hotel room someone is housed in is their home.
const HOTEL_ROOM =
  /\b(?:lad|man|woman|family|girl|boy|couple|bloke|guy|chap|mum|dad|mother|father|lady|gentleman|resident|tenant|asylum seekers?|refugees?) (?:in|from) (room \d{1,4} at the (?:\p{Lu}[\p{L}'\u2019-]* ){1,3}(?:Hotel|Inn|Lodge|Hostel))(?![\p{L}\p{N}])/gu;
const BETWEEN_ADDRESS_AND_POSTCODE = /^[,\s]*(?:\p{L}[\p{L}'\u2019-]*[,\s]+){0,3}$/u;
const CAPITALISED = /^\p{Lu}/u;

const COUNT_AFTER = new Set(terms(COUNT_NOUNS));
const COUNT_BEFORE = new Set(terms(COUNT_WORDS_BEFORE));
// "she's 8, Fold Road": an age, not a house number. Tested only on the 12 characters before a match.
const AGE_BEFORE = /(?:\b(?:she|he)['\u2019]s|\baged?)\s$/i;
const FAMOUS = new Set(terms(NOT_A_HOME).map(addressKey));
const VENUE_WORDS_AFTER = new Set(terms(VENUE_AFTER));

interface Postcode {
  start: number;
  end: number;
  outward: string;
  used: boolean;
}

/** Homes placed without a house number: over a named business on a named street, or a numbered hotel room. */
function placedHomes(doc: Doc, found: RawFinding[]): RawFinding[] {
  const text = doc.text;
  const placed: RawFinding[] = [];
  const free = (start: number, end: number) => !found.some((f) => f.start < end && start < f.end);
  for (const m of text.matchAll(PLACED_HOME)) {
    const start = m.index;
    const end = start + m[0].length;
    // "Darren Mellor, who lives above the bookies on Wharf St, did 4 years for burglary": the placing is how the
    // sensitive detail's subject is known, so special-category-data's one finding covers it (DESIGN.md, Labelling).
    const sentence = doc.sentenceAt(start);
    if (findSensitiveTerms(doc).some((hit) => hit.start >= sentence.start && hit.end <= sentence.end)) continue;
    if (free(start, end)) placed.push({ start, end, messageId: 'address', severity: 'medium', suggestions: [`${m[1]} on ${m[2]}`] });
  }
  for (const m of text.matchAll(NAMED_HOUSE)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (free(start, end)) placed.push({ start, end, messageId: 'address', severity: 'medium', suggestions: ['the village'] });
  }
  for (const m of text.matchAll(HOTEL_ROOM)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (free(start, end)) placed.push({ start, end, messageId: 'address', severity: 'medium', suggestions: ['a local hotel'] });
  }
  return placed;
}

export default defineRule({
  id: 'home-address',
  category: 'personal-data',
  severity: 'high',
  description: 'A private home address (a house number and street, or a full postcode), other than your own or a business or public building.',
  source: 'UK GDPR Art. 5(1)(f) and 6(1); Members\u2019 Code of Conduct (confidentiality and data protection)',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/personal-information-what-is-it/',
  messages: {
    address: {
      message: 'This looks like someone\u2019s home address.',
      explanation:
        'A house number and street point to one household. Publishing it can identify the people who live there and expose them to unwanted visits. The street name alone is usually enough.',
    },
    postcode: {
      message: 'This full postcode may identify a household.',
      explanation:
        'A full postcode covers only a handful of homes, so with other details it can identify who lives there. The district (the first half) is usually enough.',
    },
  },
  examples: {
    flagged: [
      { text: 'Spoke to Mrs Price at [[14 Maple Close]] about the flooding.', suggestion: 'Maple Close' },
      { text: 'Mr Hale, 97, still lives alone at [[Ivy Cottage, Mill Lane]] and loves visitors.', suggestion: 'the village', severity: 'medium' },
      { text: 'The family at [[Flat 3, 22 Station Road]] have had no heating for a month.', suggestion: 'Station Road' },
      // Quoted from an advert: the flat belongs to the address, or "Station Road" leaves "Flat 3, Station Road".
      { text: "The landlord's ad says '[[Flat 3, 27 Dock Road]], no DSS'.", suggestion: 'Dock Road' },
      { text: 'Fly-tipping outside [[No. 7 Elm Grove]] again.', suggestion: 'Elm Grove' },
      // A numbered flat in a named block: a home when a flat is named or housing acts on it.
      { text: 'The young family in the top floor flat at [[2 Linden House]] have had no heating for a month.' },
      { text: 'Housing have agreed to inspect [[14 Alder House]] next week.' },
      // Rarer thoroughfare words ("Mill Race", "Canal Side").
      { text: 'Police and ambulance at [[2 Mill Race]] again last night.' },
      // A home placed by the business it is over, with or without a number; a hotel room someone is housed in.
      { text: 'The family who live above the chip shop at [[9 Kirk Street]] have had their car smashed up.' },
      { text: 'Poor Mrs Hart, she [[lives above the bakery on Dale Road]] and the noise is constant.', severity: 'medium', suggestion: 'lives on Dale Road' },
      { text: 'The young lad in [[room 12 at the Harbour Hotel]] is looking for a football team.', severity: 'medium', suggestion: 'a local hotel' },
      { text: 'She lives at [[14 maple close]], can someone visit?', suggestion: 'maple close' },
      { text: 'Fire at [[22a High Street, Millbrook MB1 2AB]] last night, thankfully no one hurt.', suggestion: 'High Street, Millbrook MB1' },
      { text: 'Please send the form to him at [[MB1 2AB]].', severity: 'medium', suggestion: 'MB1' },
      { text: 'The chap who complained is Gareth Pugh at [[5 Cwrt y Felin]].', suggestion: 'Cwrt y Felin' },
      { text: 'Tyrone still lives at [[7 Kestrel House]] on the estate.', suggestion: 'Kestrel House' },
      { text: 'Planning enforcement know about [[18 Lark Rise]] and are visiting this week.' },
      { text: 'Police and ambulance at [[2 Mill Lane]] last night, poor soul.' },
      { text: "Hi Sharon, your ex-husband's new address is [[4 Ferry Lane]], housing confirmed it.", request: { surface: 'dm' } },
    ],
    clean: [
      // An age before a comma and a street is not a house number.
      "Has anyone seen Maisie's cat? She's 8, Fold Road way, and very friendly.",
      'Potholes on Maple Close reported again today.',
      // A planning application's site is on the public register.
      'HMO at 14 Pennant Street? I\u2019ve lodged a formal objection as ward councillor.',
      'Update: the HMO app at 14 Pennant Street was withdrawn by the applicant yesterday.',
      // An imprint's address, in Welsh as in English, is the promoter's, published by law.
      'Pleidleisiwch dros Gethin Pryce! Hyrwyddwyd gan Gethin Pryce, 2 Stryd y Bont, Pontgarreg.',
      "Well done to Fenby's deli, 3 Bridge Street, on its food award.",
      'Well done to the staff at Oakfield care home, 40 Kettleby Road, rated Good by CQC.',
      'He now lives 300 yards from Mill End, apparently.',
      'The flat above the chip shop on Market Street is being turned into offices.',
      'The quiz is in room 3 at the Harbour Hotel on Friday.',
      // The placing is how the sensitive detail's subject is known: one special-category finding, not two.
      'The man who lives opposite the garage on Fern Street is on probation, apparently.',
      'Over 200 Station Road residents signed the petition.',
      'Resurfacing 3 roads in the ward this summer.',
      'Riverside Library, 2 High Street, reopens on Monday.',
      'Full council meets at the Town Hall, 1 Market Square, at 7pm.',
      'The planning application for 23 Church Lane (24/01234/FUL) goes to committee on Thursday.',
      'Join us at 14 Market Place on Saturday for the Christmas lights switch-on.',
      'Crime is up in SW1A and the M1 area.',
      'We delivered the petition to 10 Downing Street today.',
      { text: 'Come to my surgery at 14 Maple Close.', request: { profile: { ownContacts: ['14 Maple Close, Millbrook MB1 2AB'] } } },
      { text: 'Post it to MB1 2AB.', request: { profile: { ownContacts: ['14 Maple Close, Millbrook MB1 2AB'] } } },
      'The council offices are at Civic Centre, 1 Civic Way, MB1 1AA.',
      'Meet on the 1st and 2nd of May.',
      'It was 14 degrees on Maple Close.',
      'Vote Green on 7 May! Promoted by A. Khan on behalf of Riverton Greens, both at 4 Bridge St, Riverton RT1 2AB.',
      'The team is based at 2 Civic House these days.',
      'Over 40 Maes y Coed residents came to the meeting.',
      'Citizens Advice Riverton, 14 Market Street, is open Mon-Thu 9.30-4.',
      'The food bank at 24 Mill Road is open Tuesdays and Fridays, 10 till 2.',
      'Quiz night at the Black Swan, 2 Quay Street tomorrow from 8 in aid of the air ambulance.',
      'Great turnout at The Rose & Crown, 4 Quay Street, for the community quiz.',
      'The tea rooms at Ivy Cottage, Mill Lane open on Saturday.',
      'We are living proof that Holt Farm works, say the volunteers.',
      'Age UK runs a free drop-in at 10 Abbey Walk every Wednesday.',
      'PUBLIC NOTICE: Licensing Sub-Committee hearing on an application for the Red Lion, High Street, Riverton RT1 2AB.',
      'St Mary\'s Primary, Church Lane, Riverton RT1 4AB have an open day on Wednesday.',
      'Boots at 7 High Street is closing; the nearest pharmacy is now on Mill Road.',
      'Thanks to Greggs, 12 Market Place, for the sausage rolls at the litter pick.',
      'The Licensing Sub-Committee will hear the review of the premises licence for the Red Lion, 14 High Street, on 3 June.',
      { text: 'Hi Mr Nowak, just checking I have the right address for the repair team: 22 Linden Avenue, M20 3PL? I will pass it on once you confirm.', request: { surface: 'dm', platform: 'facebook' } },
      { text: 'Hi Tom, is your address still 14 Maple Close?', request: { surface: 'dm', platform: 'facebook' } },
    ],
  },
  check({ input, doc }) {
    const text = input.text;
    const findings: RawFinding[] = [];
    const tokens = doc.tokens;

    const postcodes: Postcode[] = [];
    POSTCODE.lastIndex = 0;
    for (let m = POSTCODE.exec(text); m; m = POSTCODE.exec(text)) {
      const [whole, outward = '', inward = ''] = m;
      if (!isValidPostcode(whole) || (inward !== inward.toUpperCase() && ORDINAL.test(inward))) continue;
      postcodes.push({ start: m.index, end: m.index + whole.length, outward: outward.toUpperCase(), used: false });
    }

    const matches: RegExpExecArray[] = [];
    for (const pattern of [ADDRESS, WELSH]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) matches.push(m);
    }
    matches.sort((a, b) => a.index - b.index);
    let covered = 0;
    for (const m of matches) {
      if (m.index < covered) continue;
      const [whole, flat, numberWord, house = '', englishNames = '', type = '', welshNames = ''] = m;
      // English order: names then type ("Maple Close"); Welsh: type then names ("Cwrt y Felin").
      const welsh = m[6] !== undefined;
      const names = welsh ? '' : englishNames;
      const start = m.index;
      let end = start + whole.length;
      const nameWords = names.trim().split(' ');
      const capitalised = welsh || (nameWords.every((word) => CAPITALISED.test(word)) && CAPITALISED.test(type));
      const sentence = doc.sentenceAt(start);
      const strongCue = STRONG_CUE.test(text.slice(Math.max(sentence.start, start - 30), start));
      if (!capitalised && !strongCue) continue;
      const lead = text.slice(Math.max(sentence.start, start - 48), start);
      // "enforcement know about 18 Lark Rise", "police and ambulance at 2 Mill Race": the service
      // acts on the address, it does not own it, so the address is still somebody's home.
      const actedOn = ACTED_ON.test(lead);
      const livesBy = LIVES_BY.test(lead);
      // "7 Kestrel House" is a flat only when we are told someone lives there, a flat is named
      // ("the ground floor flat at 2 Ravenscroft House") or housing acts on it; otherwise it may be an office.
      if (BUILDINGS.has(type.toLowerCase()) && !strongCue && !flat && !actedOn && !FLAT_BEFORE.test(lead)) continue;
      // "200 yards from Holt End": a distance, not a house number.
      if (!numberWord && MEASURES.has(nameWords[0]!.toLowerCase())) continue;
      // A count, a route or an agenda item rather than a house number.
      const previous = tokenBefore(tokens, start);
      // "know about 18 Lark Rise" is the house; "about 18 Lark Rise residents" was a count (caught below too).
      const aboutTheHouse = tokens[previous]?.lower === 'about' && ABOUT_THE_HOUSE.has(tokens[previous - 1]?.lower ?? '');
      if (!flat && !numberWord && previous >= 0 && COUNT_BEFORE.has(tokens[previous]!.lower) && !aboutTheHouse) continue;
      if (!flat && !numberWord && !strongCue && AGE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      const next = tokenAfter(tokens, end);
      if (next < tokens.length && COUNT_AFTER.has(tokens[next]!.lower)) continue;

      const street = welsh ? `${type}${welshNames}` : `${names}${type}`;
      const key = addressKey(`${house} ${street}`);
      if (FAMOUS.has(key) || isOwnAddress(input, `${house} ${street}`)) continue;
      if (!actedOn && !livesBy && !isPrivateOwner(ownerOf(doc, start, 'address', input, 5), input)) continue;
      // "Quiz night at the Black Swan, 2 Quay Street": a name with "the" before it is a pub or a venue.
      if (!livesBy && (THE_VENUE.test(lead) || CARE_HOME_BEFORE.test(lead))) continue;
      if (wordAfter(doc, end, VENUE_WORDS_AFTER, 3)) continue;
      if (PLANNING_REF.test(text.slice(sentence.start, sentence.end)) || LICENSING_NOTICE.test(text.slice(sentence.start, sentence.end))) continue;
      if (!livesBy && SITE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
      // "Aldi, 3 High Street", "Greggs at 12 Market Place": a known business named just before.
      if (!livesBy && organisationJustBefore(doc, start, 40)) continue;
      // An election imprint must give the promoter's address (Elections Act 2022 s.41): not a disclosure.
      // Not bounded by the sentence: "Promoted by R. Jones" has a full stop after the initial.
      if (IMPRINT.test(text.slice(Math.max(0, start - 120), start))) continue;

      let suggestion = street;
      const postcode = postcodes.find((p) => !p.used && p.start >= end && p.start - end <= 45);
      if (postcode) {
        const between = text.slice(end, postcode.start);
        if (BETWEEN_ADDRESS_AND_POSTCODE.test(between)) {
          postcode.used = true;
          suggestion = `${street}${between}${postcode.outward}`;
          end = postcode.end;
        }
      }
      // "the street" reads only where a street can stand ("lives on the street"), not "outside the street".
      const onStreet = /\b(?:on|in|along|down|up)\s$/i.test(text.slice(Math.max(0, start - 7), start));
      findings.push({ start, end, messageId: 'address', suggestions: onStreet ? [suggestion, 'the street'] : [suggestion] });
      covered = end;
    }

    findings.push(...placedHomes(doc, findings));

    for (const postcode of postcodes) {
      if (postcode.used || findings.some((f) => f.start <= postcode.start && f.end >= postcode.end)) continue;
      const raw = text.slice(postcode.start, postcode.end);
      if (isOwnAddress(input, raw) || isOwnAddress(input, raw.replace(/\s+/g, ''))) continue;
      if (IMPRINT.test(text.slice(Math.max(0, postcode.start - 160), postcode.start))) continue;
      if (!isPrivateOwner(ownerOf(doc, postcode.start, 'address', input, 8), input)) continue;
      if (wordAfter(doc, postcode.end, VENUE_WORDS_AFTER, 3)) continue;
      const around = doc.sentenceAt(postcode.start);
      if (LICENSING_NOTICE.test(text.slice(around.start, around.end))) continue;
      findings.push({ start: postcode.start, end: postcode.end, messageId: 'postcode', severity: 'medium', suggestions: [postcode.outward] });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
});

