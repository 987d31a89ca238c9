/**
 * Finds people named or addressed in a text, in one pass over its tokens, from
 * cheap evidence only: honorifics and public titles, name data (compromise's
 * lexicon plus the UK lists in rules/data/names.ts), and context cues
 * ("my constituent X", "X's husband", "X, 74,", "Hi X"). Places, streets and
 * organisations that look like names are excluded. A full NLP parse is far
 * too slow for typing speed (~1.3 ms a sentence) and tags places as people.
 */
import { COMPROMISE_LISTS } from '../../utils/text/lexicon/compromise.generated';
import type { Doc } from '../../utils/engine/doc';
import { AMBIGUOUS_GIVEN, GIVEN_NAMES, NAME_PARTICLES, NOT_NAMES, SURNAMES } from '../data/names';
import { AMBIGUOUS_STREET_SUFFIXES, ORGANISATION_SUFFIXES, STREET_SUFFIXES, UK_PLACES } from '../data/places';
import { inOrganisationName } from '../../utils/text/organisations';
import type { Token } from '../../utils/text/tokens';
import { unpackWords } from '../../utils/text/word-list';

export interface PersonMention {
  start: number;
  end: number;
  text: string;
  /** `public`: a public figure or officer named in their role (Cllr, MP, Mayor…); `private`: anyone else. */
  role: 'public' | 'private';
  /** What made us think it is a person, for explanations and debugging. */
  evidence: 'honorific' | 'title' | 'name-data' | 'context';
  /** The name followed by a possessive 's ("Tom's landlord"): the span stops before it. */
  possessive?: boolean;
  /** Addressed at the start of a message ("Hi Tom,"): in a DM, the recipient. */
  addressed?: boolean;
}

// ---------------------------------------------------------------------------
// Lexicon: word → flags, built once on first use from compromise and our lists.

const GIVEN = 1;
const SURNAME = 2;
const PLACE = 4;
/** An ordinary word as well (compromise tags it as a noun, verb, month…, or we list it as ambiguous). */
const COMMON = 8;
const NOT_NAME = 16;

let lexicon: Map<string, number> | undefined;
let multiWordPlaces: Set<string> | undefined;

function buildLexicon(): Map<string, number> {
  const flags = new Map<string, number>();
  const add = (word: string, flag: number) => flags.set(word, (flags.get(word) ?? 0) | flag);
  // compromise's name, place and common-word knowledge, extracted at build time (see lexicon/from-compromise.ts).
  const lists: Array<[string, number]> = [
    [COMPROMISE_LISTS.given, GIVEN],
    [COMPROMISE_LISTS.surname, SURNAME],
    [COMPROMISE_LISTS.place, PLACE],
    [COMPROMISE_LISTS.common, COMMON],
  ];
  for (const [words, flag] of lists) for (const word of unpackWords(words, ' ')) add(word, flag);
  for (const word of GIVEN_NAMES) add(word, GIVEN);
  for (const word of SURNAMES) add(word, SURNAME);
  // Given names first, ordinary words too: "Ray Colquhoun", "little Ruby Ainsworth" are names; "Ray" opening a sentence needs more.
  for (const word of AMBIGUOUS_GIVEN) add(word, GIVEN | COMMON);
  for (const word of NOT_NAMES) add(word, NOT_NAME);
  multiWordPlaces = new Set();
  for (const place of UK_PLACES) {
    if (place.includes(' ')) multiWordPlaces.add(place);
    else add(place, PLACE);
  }
  return flags;
}

const flagsOf = (word: string): number => (lexicon ??= buildLexicon()).get(word) ?? 0;

/**
 * A capitalised word that may be someone's first name: not an ordinary word, a place or a
 * listed non-name ("Reza", "Gemma"; not "Flooding", "Leeds"). Unknown words count.
 */
export function mayBeFirstName(word: string): boolean {
  const flags = flagsOf(word.toLowerCase());
  return (flags & (COMMON | PLACE | NOT_NAME)) === 0;
}

/** A word the name lists hold as a given name, even one that is also an ordinary word ("Lily", "Tom"). */
export function isGivenName(word: string): boolean {
  return (flagsOf(word.toLowerCase()) & GIVEN) !== 0;
}

// ---------------------------------------------------------------------------
// Cue words.

const PRIVATE_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'master', 'mstr']);
const PUBLIC_TITLES = new Set([
  'cllr', 'cllrs', 'councillor', 'councillors', 'mayor', 'minister', 'lord', 'baroness', 'sir', 'dame',
  'prof', 'professor', 'rev', 'revd', 'reverend', 'pc', 'sgt', 'sergeant', 'insp', 'inspector', 'supt', 'det',
]);
/** Role nouns that make a following or preceding name someone acting in a public role. */
const ROLE_NOUNS = new Set([
  'officer', 'officers', 'executive', 'director', 'manager', 'head', 'leader', 'chair', 'chairman', 'chairwoman',
  'chairperson', 'clerk', 'minister', 'secretary', 'mayor', 'mp', 'msp', 'mep', 'councillor', 'cllr',
  'spokesperson', 'spokesman', 'spokeswoman', 'inspector', 'superintendent', 'commissioner', 'chancellor',
  'president', 'holder', 'lead', 'member', 'solicitor', 'engineer', 'planner', 'ombudsman', 'candidate',
  'worker', 'nurse', 'teacher', 'headteacher', 'head teacher', 'doctor', 'gp', 'consultant', 'warden', 'caretaker', 'paramedic',
  'constable', 'detective', 'firefighter', 'librarian', 'surveyor', 'assessor', 'advisor', 'adviser', 'coordinator', 'navigator',
]);
/** Suffixes after a name that make it a public role ("Jane Smith MP"). */
const POST_NOMINAL_ROLES = new Set(['mp', 'msp', 'mep', 'ms', 'am', 'mla', 'qc', 'kc']);
/** Words before a name that make the person a private individual the author deals with. */
const PRIVATE_CUES = new Set([
  'constituent', 'constituents', 'resident', 'residents', 'neighbour', 'neighbours', 'neighbor', 'tenant', 'tenants',
  'client', 'claimant', 'pensioner', 'widow', 'widower', 'mum', 'mother', 'dad', 'father', 'son', 'daughter', 'wife',
  'husband', 'partner', 'brother', 'sister', 'grandson', 'granddaughter', 'nan', 'gran', 'grandmother', 'grandfather',
  'landlord', 'landlady', 'carer', 'friend', 'boyfriend', 'girlfriend', 'family', 'lady', 'gentleman', 'man', 'woman',
  'boy', 'girl', 'lad', 'child', 'named', 'called',
]);
/** Verbs before a name that take a person ("spoke to X", "met X"). */
const CONTACT_VERBS = new Set([
  'spoke', 'speaking', 'talked', 'talking', 'met', 'meeting', 'visited', 'visiting', 'phoned', 'called', 'emailed',
  'helped', 'helping', 'told', 'asked', 'thanked', 'congratulate', 'congratulations', 'thanks', 'thank', 'welcome',
  'sorry', 'condolences', 'rip', 'with', 'for', 'to', 'and', 'by', 'from', 'about',
]);
/** Verbs that need the contact cue to be the word right before ("spoke to", "talked with"). */
const CONTACT_DIRECT = new Set(['spoke', 'speaking', 'talked', 'talking', 'met', 'meeting', 'visited', 'visiting', 'phoned', 'called', 'emailed', 'helped', 'helping', 'told', 'asked', 'thanked', 'congratulate', 'congratulations', 'thanks', 'thank', 'welcome', 'sorry', 'condolences', 'rip']);
const GREETINGS = new Set(['hi', 'hello', 'dear', 'hey', 'morning', 'afternoon', 'evening', 'hiya']);
/** Nouns after "X's" that show X is a person ("Tom's landlord", "Mrs Khan's husband"). */
const POSSESSED_PERSONAL = new Set([
  'husband', 'wife', 'partner', 'son', 'daughter', 'sons', 'daughters', 'children', 'kids', 'child', 'baby', 'mum',
  'mother', 'dad', 'father', 'brother', 'sister', 'family', 'landlord', 'landlady', 'neighbour', 'neighbours', 'carer',
  'boyfriend', 'girlfriend', 'ex', 'grandson', 'granddaughter', 'house', 'home', 'flat', 'garden', 'car', 'case',
  'eviction', 'claim', 'benefits', 'health', 'diagnosis', 'condition', 'funeral', 'death', 'illness', 'behaviour',
  'application', 'appeal', 'complaint', 'arrest', 'conviction', 'rent', 'debts', 'arrears', 'care', 'funeral',
]);
const DESCRIBING = new Set(['young', 'little', 'old', 'poor', 'baby', 'wee', 'big', 'brave', 'tiny', 'lovely', 'dear']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'around', 'across', 'outside', 'inside', 'of', 'into', 'through', 'via', 'towards', 'toward', 'between', 'beyond']);

// ---------------------------------------------------------------------------

interface Candidate {
  /** Token indexes of the name words, [first, last]. */
  first: number;
  last: number;
  /** Index of a title or honorific before the name, if any. */
  title?: number;
  evidence: PersonMention['evidence'];
  role: PersonMention['role'];
}

const FIRM_AFTER = /^\s?(?:&|and)\s(?:Sons?|Daughters?|Co|Partners)\b|^\s(?:Bros|Brothers)\b/u;
const stripPossessive = (lower: string): string => lower.replace(/['\u2019]s$/, '').replace(/['\u2019]$/, '');
const ABBREVIATED = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'cllr', 'prof', 'rev', 'revd', 'sgt', 'insp', 'supt', 'det', 'pc', 'mstr']);
const PRONOUN_I = /^I(?:['\u2019][a-z]{1,2})?$/;
// "HMOs", "MPs": an acronym's plural is not a name.
const ALL_CAPS = /^[\p{Lu}\p{N}]{2,}s?$/u;
const POSSESSIVE = /['\u2019]s?$/;

const PEOPLE = Symbol('people');

/** Private individuals and public figures named or addressed in the text, found once per draft. */
export function peopleIn(doc: Doc): PersonMention[] {
  return doc.memo(PEOPLE, () => findPeople(doc));
}

export function findPeople(doc: Doc): PersonMention[] {
  const text = doc.text;
  const tokens = doc.tokens;
  const n = tokens.length;
  const mentions: PersonMention[] = [];
  /** Name words already seen, with the role of the person they belonged to ("Cllr Jane Smith … Smith said"). */
  const known = new Map<string, PersonMention['role']>();

  const gap = (i: number): string =>
    i <= 0 ? text.slice(0, tokens[0]?.start ?? 0) : i >= n ? text.slice(tokens[n - 1]!.end) : text.slice(tokens[i - 1]!.end, tokens[i]!.start);
  const sentenceStart = (i: number): boolean => i === 0 || /[.!?\n:;"()\u2022|]/.test(gap(i));
  /** Words i-1 and i are joined by plain space only (no comma or sentence break). */
  const joined = (i: number): boolean => i > 0 && /^[ \t]{1,2}$/.test(gap(i));
  const word = (i: number): string => (i >= 0 && i < n ? tokens[i]!.lower : '');
  const bare = (i: number): string => stripPossessive(word(i));
  const isTitleAt = (i: number): boolean => {
    const w = word(i);
    return PRIVATE_HONORIFICS.has(w) || PUBLIC_TITLES.has(w);
  };
  /** A name-like word: capitalised (or a lower-case particle inside a name), not all caps, not a title. */
  const nameShaped = (i: number): boolean => {
    const token = tokens[i]!;
    return token.capitalised && !ALL_CAPS.test(token.text.replace(POSSESSIVE, '')) && !isTitleAt(i) && !PRONOUN_I.test(token.text);
  };

  const placeSpans = findMultiWordPlaces(tokens);

  for (let i = 0; i < n; i++) {
    // 1. Title or honorific, then the name.
    let title: number | undefined;
    let first = i;
    if (isTitleAt(i) && i + 1 < n && (/^[ \t]{1,2}$/.test(gap(i + 1)) || (ABBREVIATED.has(word(i)) && /^\.[ \t]{1,2}$/.test(gap(i + 1)))) && nameShaped(i + 1)) {
      title = i;
      first = i + 1;
    } else if (!nameShaped(i)) {
      continue;
    }

    // 2. The run of name-shaped words (particles allowed inside), up to four, joined by spaces.
    let last = first;
    while (last + 1 < n && last - first < 3 && joined(last + 1) && !POSSESSIVE.test(tokens[last]!.text)) {
      if (nameShaped(last + 1)) last++;
      else if (NAME_PARTICLES.has(word(last + 1)) && last + 2 < n && joined(last + 2) && nameShaped(last + 2)) last += 2;
      else break;
    }

    const candidate = classify({ first, last, title });
    if (candidate) {
      const start = tokens[candidate.title ?? candidate.first]!.start;
      const lastToken = tokens[candidate.last]!;
      const possessive = POSSESSIVE.test(lastToken.text) && lastToken.text.length > 2;
      const end = possessive ? lastToken.end - (lastToken.text.match(POSSESSIVE)![0].length) : lastToken.end;
      const mention: PersonMention = { start, end, text: text.slice(start, end), role: candidate.role, evidence: candidate.evidence };
      if (possessive) mention.possessive = true;
      if (addressedAt(candidate.title ?? candidate.first)) mention.addressed = true;
      mentions.push(mention);
      for (let k = candidate.first; k <= candidate.last; k++) if (!known.has(bare(k))) known.set(bare(k), candidate.role);
    }
    i = Math.max(i, last);
  }
  return mentions;

  // -------------------------------------------------------------------------

  function addressedAt(i: number): boolean {
    const before = i - 1;
    return before >= 0 && GREETINGS.has(word(before)) && sentenceStart(before) && before <= 2;
  }

  function classify(run: { first: number; last: number; title?: number }): Candidate | undefined {
    let { first, last } = run;
    const { title } = run;
    // Trim ordinary capitalised words ("Thanks Sarah Jenkins", "Great to see Tom").
    if (title === undefined) {
      // "Young Ellis Dunne", "Little Jayden Price": a word for age or affection before a given name is not part of it.
      if (last > first && DESCRIBING.has(bare(first)) && isGiven(first + 1)) first++;
      while (first <= last && isOrdinary(first) && !(first === last && known.has(bare(first)))) first++;
      while (last > first && isOrdinary(last) && !(flagsOf(bare(last)) & SURNAME)) last--;
      if (first > last) return undefined;
      // What is left of a longer capitalised phrase ("The Post Office") is a name only if a list says so.
      if (first > run.first && !(flagsOf(bare(first)) & (GIVEN | SURNAME))) return undefined;
    }
    // "Aldi", "Halfords Autocentre", "Caffè Nero": a known business, not a resident.
    // "Kyle Bentley": a brand that is only the surname, after a first name that is not a brand's, is a person.
    const brandFirst = inOrganisationName(doc, tokens[first]!.start);
    const brandLast = inOrganisationName(doc, tokens[last]!.start);
    const surnameOnly = !brandFirst && last > first && isGiven(first) && !(flagsOf(bare(first)) & COMMON);
    if (title === undefined && (brandFirst || (brandLast && !surnameOnly))) return undefined;
    // "J. Walker & Sons", "Patel and Daughters", "Khan Bros": a family firm.
    if (FIRM_AFTER.test(text.slice(tokens[last]!.end, tokens[last]!.end + 16))) return undefined;
    // "10 Abbey Walk", "4 Florence Street": a house number before the words makes them a street's name.
    if (title === undefined && /^\d{1,4}[a-z]?$/i.test(tokens[first - 1]?.text ?? '') && joined(first) && STREET_SUFFIXES.has(bare(last + 1))) return undefined;
    // "St Patrick's Day", "St Anne's": a saint, so a church, school or festival.
    if (/^(?:st|saint|ste)$/.test(word((title ?? first) - 1)) && joined(title ?? first)) return undefined;
    if (first === last && title === undefined && (ORGANISATION_SUFFIXES.has(bare(first)) || STREET_SUFFIXES.has(bare(first))) && !(flagsOf(bare(first)) & (GIVEN | SURNAME))) return undefined;
    // "Nkechi Eze Bridge End": a name run straight into a street; keep the name.
    const streetAfter = title === undefined && last - first >= 2 && STREET_SUFFIXES.has(bare(last)) && isGiven(first);
    if (streetAfter) last -= 2;
    // "Anytime Yusuf.": an unknown word opening a sentence before a given name.
    if (title === undefined && last === first + 1 && sentenceStart(first) && flagsOf(bare(first)) === 0 && isGiven(last) && !(flagsOf(bare(last)) & SURNAME)) first++;
    // "Ex-offender Lee Farrow": the same before a given name and a surname (a hyphenated label is never a first name).
    else if (title === undefined && last === first + 2 && sentenceStart(first) && tokens[first]!.text.includes('-') && flagsOf(bare(first)) === 0 && isGiven(first + 1)) first++;
    const lastWord = bare(last);
    const next = last + 1 < n ? bare(last + 1) : '';

    // Streets and organisations: "Maple Close", "Jenkins Road", "Khan Ltd", "Riverside Primary School".
    const suffixAfter = !streetAfter && joined(last + 1) && tokens[last + 1]?.capitalised ? next : '';
    for (const suffix of [lastWord, suffixAfter]) {
      if (!suffix || (suffix === lastWord && first === last && title === undefined && !STREET_SUFFIXES.has(suffix))) continue;
      const isStreet = STREET_SUFFIXES.has(suffix);
      const isOrg = ORGANISATION_SUFFIXES.has(suffix);
      if (!isStreet && !isOrg) continue;
      if (suffix === lastWord && first === last) continue;
      const ambiguous = AMBIGUOUS_STREET_SUFFIXES.has(suffix) || (flagsOf(suffix) & SURNAME) !== 0;
      const before = suffix === lastWord ? last - 1 : last;
      if (ambiguous && isGiven(before) && !(flagsOf(bare(before)) & (PLACE | COMMON))) continue;
      return undefined;
    }
    if (placeSpans.has(first) || placeSpans.has(last)) {
      if (title === undefined && !strongPrivateCue(first, last)) return undefined;
    }

    const role = roleOf(first, last, title);
    if (title !== undefined) {
      const isPublicTitle = PUBLIC_TITLES.has(word(title));
      return { first, last, title, evidence: isPublicTitle ? 'title' : 'honorific', role: isPublicTitle ? 'public' : role };
    }

    const length = last - first + 1;
    const atStart = sentenceStart(first);
    const f0 = flagsOf(bare(first));
    const fl = flagsOf(lastWord);

    // A name seen before in the text keeps its role.
    if (length === 1 && known.has(lastWord)) return { first, last, evidence: 'name-data', role: roleOf(first, last) === 'public' ? 'public' : known.get(lastWord)! };

    const atStartNow = sentenceStart(first);
    // A street after the word ("X from Maple Close") is weak evidence at a sentence start ("Potholes on Maple Close").
    const contextual = strongPrivateCue(first, last) || contactCue(first) || addressedAt(first) || (!atStartNow && privateCue(first, last));

    // Places: "Ashton", "Chelsea", "Preston" are people only with a strong cue.
    const allPlace = rangeEvery(first, last, (k) => (flagsOf(bare(k)) & PLACE) !== 0 && !(flagsOf(bare(k)) & SURNAME && k > first));
    if (allPlace && !strongPrivateCue(first, last) && !(title !== undefined)) {
      if (!(length >= 2 && isGiven(first) && fl & SURNAME && !(fl & PLACE))) return undefined;
    }
    if (PLACE_PREPOSITIONS.has(word(first - 1)) && f0 & PLACE && !(f0 & GIVEN && length >= 2)) return undefined;

    if (length >= 2) {
      const restOk = rangeEvery(first + 1, last, (k) => NAME_PARTICLES.has(word(k)) || !isOrdinary(k) || (flagsOf(bare(k)) & SURNAME) !== 0);
      if (!restOk) return undefined;
      if (isGiven(first) && !(f0 & NOT_NAME) && (!(f0 & COMMON) || fl & (SURNAME | GIVEN) || !atStart)) return { first, last, evidence: 'name-data', role };
      if (fl & SURNAME && !(f0 & (COMMON | NOT_NAME | PLACE))) return { first, last, evidence: 'name-data', role };
      if (contextual && !(f0 & NOT_NAME)) return { first, last, evidence: 'context', role };
      if (role === 'public' && (isGiven(first) || fl & SURNAME)) return { first, last, evidence: 'title', role };
      return undefined;
    }

    // A single word.
    if (f0 & NOT_NAME) return undefined;
    if (isGiven(first) && !(f0 & COMMON) && !(f0 & PLACE)) {
      const possessive = POSSESSIVE.test(tokens[first]!.text) && tokens[first]!.text.length > 3;
      if (!atStart || contextual || possessive || /^[ \t]*,/.test(text.slice(tokens[first]!.end))) return { first, last, evidence: 'name-data', role };
      // At a sentence start a lone given name still usually is one ("Tom has been waiting…").
      if (nextIsVerbish(first)) return { first, last, evidence: 'name-data', role };
      return undefined;
    }
    if (isGiven(first) && f0 & COMMON && !atStart && (contextual || possessiveName(first) || listedWithName(first))) return { first, last, evidence: 'name-data', role };
    if (!atStart && !(f0 & (COMMON | PLACE)) && listedWithName(first)) return { first, last, evidence: 'name-data', role };
    if (contextual && !(f0 & COMMON) && !(f0 & PLACE)) return { first, last, evidence: 'context', role };
    if (strongPrivateCue(first, last)) return { first, last, evidence: 'context', role };
    return undefined;
  }

  /** "Dawn, Pete and Shaheen": next to a listed given name by a comma or "and". */
  function listedWithName(i: number): boolean {
    const linked = (a: number, b: number): boolean => {
      if (a < 0 || b >= n) return false;
      const between = text.slice(tokens[a]!.end, tokens[b]!.start);
      return /^(?:, ?| and | & )$/.test(between) || (b === a + 2 && /^ $/.test(gap(a + 1)) && /^ $/.test(gap(b)) && word(a + 1) === 'and');
    };
    const solid = (k: number) => k >= 0 && k < n && tokens[k]!.capitalised && (flagsOf(bare(k)) & GIVEN) !== 0 && !(flagsOf(bare(k)) & (COMMON | NOT_NAME));
    return (linked(i, i + 1) && solid(i + 1)) || (linked(i - 1, i) && solid(i - 1)) || (linked(i, i + 2) && solid(i + 2)) || (linked(i - 2, i) && solid(i - 2));
  }

  function isGiven(i: number): boolean {
    return i >= 0 && i < n && (flagsOf(bare(i)) & GIVEN) !== 0;
  }

  /** An ordinary capitalised word rather than a name: a common word, not a listed given name or surname. */
  function isOrdinary(i: number): boolean {
    const flags = flagsOf(bare(i));
    if (flags & NOT_NAME) return true;
    if (flags & (GIVEN | SURNAME)) return (flags & COMMON) !== 0 && sentenceStart(i) && !(flags & SURNAME);
    return (flags & COMMON) !== 0;
  }

  function rangeEvery(from: number, to: number, test: (k: number) => boolean): boolean {
    for (let k = from; k <= to; k++) if (!test(k)) return false;
    return true;
  }

  function possessiveName(i: number): boolean {
    const token = tokens[i]!;
    return POSSESSIVE.test(token.text) && token.text.length > 2 && POSSESSED_PERSONAL.has(word(i + 1));
  }

  /** "Tom has", "Tom was", "Tom is", "Tom and…": a lone capitalised given name followed by a typical next word. */
  function nextIsVerbish(i: number): boolean {
    return /^(?:has|had|is|was|and|said|says|told|called|rang|came|lives|lived|needs|wants|asked|will|would|could|can|does|did|got|gets|from|at|who|whose)$/.test(word(i + 1)) && joined(i + 1);
  }

  /** "my constituent X", "resident X", "X's husband", "X, 74,", "X from Maple Close", "X at number 14". */
  function strongPrivateCue(first: number, last: number): boolean {
    const before = word(first - 1);
    if (before === 'the' && /^(?:family|household|twins|brothers|sisters|boys|girls|kids)$/.test(word(last + 1)) && joined(last + 1)) return true;
    if (PRIVATE_CUES.has(before) && !['to', 'with'].includes(before)) return true;
    if (possessiveName(last)) return true;
    const after = text.slice(tokens[last]!.end, tokens[last]!.end + 24);
    if (/^,? ?(?:aged )?\d{1,3},/.test(after)) return true;
    // "Tyler (Year 11, Kestrel Rise High)", "Ava (7)": an age or a year group in brackets is said of a person.
    if (/^ ?\((?:aged )?\d{1,2}\)|^ ?\((?:aged \d{1,2}|Year \d{1,2}|Y\d{1,2})\b/.test(after)) return true;
    if (/^,? (?:at|from) (?:number|no\.?|flat) /i.test(after)) return true;
    return false;
  }

  function privateCue(first: number, last: number): boolean {
    if (strongPrivateCue(first, last)) return true;
    const after = text.slice(tokens[last]!.end, tokens[last]!.end + 40);
    // "X from Maple Close", "X of 14 Maple Close", "X in Flat 3".
    return /^,? (?:from|of|on|in|at) (?:\d{1,4}[a-z]? )?\p{Lu}\p{L}+ (?:road|street|close|avenue|lane|drive|way|crescent|grove|gardens|court|terrace|place|square|mews|walk|row|rise|estate|house|flats?)\b/iu.test(after);
  }

  /** "spoke to X", "met X", "thanks X": the cue word is right before, or one preposition back. */
  function contactCue(first: number): boolean {
    const before = word(first - 1);
    if (CONTACT_DIRECT.has(before)) return true;
    if (CONTACT_VERBS.has(before) && CONTACT_DIRECT.has(word(first - 2))) return true;
    return false;
  }

  function roleOf(first: number, last: number, title?: number): PersonMention['role'] {
    if (title !== undefined && PUBLIC_TITLES.has(word(title))) return 'public';
    const before = word(first - 1);
    if (PRIVATE_CUES.has(before)) return 'private';
    // "the planning officer Sarah Jenkins", "Chief Executive John Smith", "Leader of the Council, Cllr…".
    for (let k = (title ?? first) - 1; k >= Math.max(0, (title ?? first) - 3); k--) {
      if (ROLE_NOUNS.has(word(k)) || ROLE_NOUNS.has(bare(k))) return 'public';
      if (sentenceStart(k + 1) && k + 1 !== (title ?? first)) break;
      if (/[.!?\n]/.test(gap(k + 1))) break;
    }
    // "Jane Smith MP", "Sarah Jenkins, Head of Planning", "John Smith (Chief Executive)".
    const raw = text.slice(tokens[last]!.end, tokens[last]!.end + 48);
    if (/^[ ,(]{1,3}(?:MP|MSP|MEP|MS|AM|MLA|KC|QC)\b/.test(raw)) return 'public';
    if (/^ (?:in|from) (?:Planning|Housing|Highways|Licensing|Waste|Parking|Environmental Health|Building Control|Democratic Services|Legal|Finance|Revenues|Benefits|Children's Services|Adult Social Care|Customer Services|Regeneration|Estates)\b/.test(raw)) return 'public';
    const m = /^[ ,(]{1,3}(?:the |our |your |their |its |council'?s |acting |interim |deputy |assistant |senior |principal |chief |cabinet |planning |housing |licensing |enforcement |environmental )*([a-z]+)/.exec(raw.toLowerCase());
    if (m && ROLE_NOUNS.has(m[1]!) && !['am', 'ms', 'member'].includes(m[1]!)) return 'public';
    if (m && m[1] === 'member' && /^[ ,(]{1,3}cabinet member/i.test(raw)) return 'public';
    return 'private';
  }
}

/** Token indexes covered by a multi-word UK place ("Bury St Edmunds", "Hampton Wick"). */
function findMultiWordPlaces(tokens: Token[]): Set<number> {
  const covered = new Set<number>();
  if (!lexicon) lexicon = buildLexicon();
  const places = multiWordPlaces!;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capitalised) continue;
    let phrase = tokens[i]!.lower;
    for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
      phrase += ` ${tokens[j]!.lower}`;
      if (places.has(phrase)) for (let k = i; k <= j; k++) covered.add(k);
    }
  }
  return covered;
}
