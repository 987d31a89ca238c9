/**
 * Shared by the special-category rules: finds sensitive terms (rules/data/special-category.ts)
 * and decides whom each is about: a named private person, someone identifiable from
 * context ("the woman at number 14", "my neighbour"), a relative ("her son"), or, in a
 * DM, the recipient. A term about nobody identifiable is general talk and is dropped.
 */
import type { Doc } from '../../utils/engine/doc';
import type { CheckInput } from '../../utils/engine/types';
import { GENERAL_PRECEDERS, JOB_BEFORE_PLACE, POST_HEADS, POLICY_FOLLOWERS, SENSITIVE, THINGS_AFTER, type SensitiveEntry } from '../data/special-category';
import { isGivenName, mayBeFirstName, peopleIn, type PersonMention } from './people';
import { ORGANISATION_SUFFIXES } from '../data/places';
import { PhraseMatcher } from '../../utils/text/phrases';
import { tokenAfter, type Span } from '../../utils/text/tokens';

export interface SensitiveHit {
  start: number;
  end: number;
  text: string;
  entry: SensitiveEntry;
}

/** `addressee`: "you" in a public reply or comment, i.e. the person replied to, in public. */
export type SubjectKind = 'named' | 'located' | 'relation' | 'recipient' | 'addressee';

export interface Subject {
  kind: SubjectKind;
  /** Who, as written ("Mrs Khan", "the woman at number 14", "your son"). */
  who: string;
  start: number;
  end: number;
}

let matcher: PhraseMatcher<SensitiveEntry> | undefined;
const getMatcher = () =>
  (matcher ??= new PhraseMatcher(SENSITIVE.flatMap((entry) => entry.terms.map((term) => [term, entry] as [string, SensitiveEntry]))));

/** Sensitive terms, longest match first, no overlaps, without policy-talk contexts. */
export function findSensitiveTerms(doc: Doc): SensitiveHit[] {
  const tokens = doc.tokens;
  const kept: SensitiveHit[] = [];
  let reach = -1;
  for (const hit of getMatcher().find(doc)) {
    if (hit.start < reach) continue;
    const after = tokenAfter(tokens, hit.end);
    const before = tokenAfter(tokens, hit.start) - 1;
    const nextWord = tokens[after]?.lower ?? '';
    const gapAfter = tokens[after] ? doc.text.slice(hit.end, tokens[after]!.start) : '';
    // "his autism support" is still his: a possessive in the term keeps it about a person.
    if (POLICY_FOLLOWERS.has(nextWord) && /^[ \t-]{0,2}$/.test(gapAfter) && !/^(?:his|her|your|their) /i.test(hit.text)) continue;
    if (before >= 0 && GENERAL_PRECEDERS.has(tokens[before]!.lower)) continue;
    // "For anything about your benefits, ring me": the safer pattern names a topic, not a detail. regex-safe: a 28-character slice.
    if (ANY_QUESTION_ABOUT.test(doc.text.slice(Math.max(0, hit.start - 28), hit.start))) continue;
    if (hit.value.weak && THINGS_AFTER.has(nextWord)) continue;
    // "Polish Saturday School", "Black Country Day": part of a name, not a description of someone.
    if (hit.value.weak && tokens[after]?.capitalised && /^[ \t]$/.test(gapAfter) && after > 0) continue;
    // "Refugee Resettlement Officer", "Rowan House care home" after its manager: the word names a post or a
    // workplace, not anyone's circumstances. regex-safe: a bounded slice, no nested quantifiers.
    if (insideProperName(doc, hit.start, after) || JOB_BEFORE_PLACE.test(doc.text.slice(Math.max(0, hit.start - 60), hit.start))) continue;
    // "with Ms Khan" is the honorific, not multiple sclerosis.
    if (/\bMs\.?$/.test(hit.text) && tokens[after]?.capitalised && /^[ \t.]{1,2}$/.test(gapAfter)) continue;
    kept.push({ start: hit.start, end: hit.end, text: hit.text, entry: hit.value });
    reach = hit.end;
  }
  return kept;
}

/**
 * A capitalised term followed by capitalised words ending in an organisation's or a post's head word
 * ("Refugee Resettlement Officer", "Dementia Support Team"): part of a name.
 */
function insideProperName(doc: Doc, start: number, after: number): boolean {
  const tokens = doc.tokens;
  const first = tokens[tokenAfter(tokens, start)];
  if (!first?.capitalised) return false;
  for (let k = after; k < after + 4 && tokens[k]?.capitalised; k++) {
    if (!/^[ \t]$/.test(doc.text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    const word = tokens[k]!.lower;
    if (POST_HEADS.has(word) || ORGANISATION_SUFFIXES.has(word) || POLICY_FOLLOWERS.has(word)) return true;
  }
  return false;
}

const ANY_QUESTION_ABOUT = /\b(?:anything|any questions?|any queries|questions|queries|help) (?:about|on|with|regarding) $/iu;

// Context that makes someone identifiable without a name. Bounded, no nested quantifiers.
const STREET = '(?:Road|Street|Close|Avenue|Lane|Drive|Way|Crescent|Grove|Gardens|Court|Terrace|Place|Square|Mews|Walk|Row|Rise|Estate|Parade|View|Green|Hill|Park)';
const PERSON_NOUN =
  '(?:man|woman|lady|gentleman|family|couple|tenant|resident|lad|boy|girl|child|kid|household|occupant|neighbour|bloke|guy|chap|fella|fellow|mum|mother|dad|father|pensioner|widow|teenager|brother|sister|son|daughter|caretaker|cleaner|landlord|landlady|lollipop lady|lollipop man)s?';
const DETERMINER = '(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur)';
const ADJECTIVES = "(?:\\p{L}+ ){0,2}";
// A small shop or pub everyone in a village knows: "the lad from the chippy" is one person.
const VENUE =
  '(?:chippy|chip shop|corner shop|farm shop|paper shop|post office|pub|bakery|bookies|takeaway|garage|allotments|newsagents?|launderette|cafe|café|butchers|hairdressers|barbers|surgery|school|depot|shop)';
// "The couple in the bungalow opposite the Red Lion", "the lad in the flat above the bookies": a household
// placed by what is next to it is as identifiable to neighbours as a house number.
const HOME = '(?:flat|flats|bungalow|house|maisonette|caravan|cottage|bedsit|terrace|semi|houseboat)';
const NEXT_TO = '(?:above|below|over|under|opposite|next to|behind|beside|across from|facing|round the back of)';
// Words that open a sentence before "from the…" without being a name ("Greetings from the Crown").
const NOT_A_FIRST_NAME =
  '(?:Hello|Hi|Greetings|Thanks|Thank|Love|News|Help|Support|Everyone|Someone|Anyone|Volunteers|Staff|Officers|Photos|Pictures|Views|Letters|Residents|People|Members|Crews?|Teams?|Police|Nobody|Donations|Music|Food|Live|Fun|Quiz|Drinks|Tickets|Report|Reports|Update|Updates|Lessons|Leaflets|Money)';
const LOCATED = [
  new RegExp(`\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Oo]ur) (?:elderly |older |young |vulnerable |single |disabled |new )?${PERSON_NOUN} (?:in|at|from|living in|who live in|who lives in) the (?:top |bottom |upstairs |downstairs |end |corner |big |little )?${HOME} ${NEXT_TO} (?:the |a |an )?\\p{L}[\\p{L}'\u2019-]*(?: \\p{Lu}[\\p{L}'\u2019-]*)?`, 'gu'),
  new RegExp(`\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Oo]ur) (?:elderly |older |young |vulnerable |single |disabled )?${PERSON_NOUN} (?:at|in|from|on|of|who lives at|who lives in|who lives on|living at|living in|living on|who's moved into|who has moved into|who moved into) (?:(?:number |no\\.? ?|flat |house )?\\d{1,4}[a-z]?\\b|(?:\\p{Lu}\\p{L}+ ){1,2}${STREET}\\b)`, 'gu'),
  /\b(?:at|in|from|of|into) (?:number|no\.|flat) ?\d{1,4}[a-z]?\b/giu,
  /\b(?:at|in|from|of|into) \d{1,4}[a-z]? \p{Lu}\p{L}+/gu,
  /\bmy (?:neighbour|neighbours|next door neighbour|constituent|tenant)\b/giu,
  /\bnext door\b|\b(?:two|three|four|five|few) doors (?:down|up|along)\b/giu,
  /\b(?:the|a) (?:family|man|woman|lady|couple|tenant|gentleman) (?:next door|upstairs|downstairs|opposite|across the road)\b/giu,
  // "the fella in the end house on Gorse Lane", "the family who live above the takeaway", "the lad in room 14".
  new RegExp(`\\b${DETERMINER} ${ADJECTIVES}${PERSON_NOUN} (?:in|at|from) the (?:\\p{L}+ )?${HOME} (?:on|in) (?:\\p{Lu}\\p{L}+ ){1,2}${STREET}\\b`, 'gu'),
  new RegExp(`\\b${DETERMINER} ${ADJECTIVES}${PERSON_NOUN} (?:who lives?|living|renting|who rents?) ${NEXT_TO} the \\p{L}+`, 'gu'),
  new RegExp(`\\b${DETERMINER} ${ADJECTIVES}${PERSON_NOUN} in room \\d{1,4}\\b`, 'gu'),
  // "the couple from the farm shop", "the new caretaker at St Giles", "Gav from the chippy", "Lee from the Crown".
  new RegExp(`\\b${DETERMINER} ${ADJECTIVES}${PERSON_NOUN} (?:from|at|who runs|who works at) (?:the ${VENUE}\\b|(?:the )?\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)`, 'gu'),
  new RegExp(`(?<=^|[.!?]\\s{1,3}|\\b(?:on|to|for|and|with|see|saw|met|is|it's|told|says|said) )(?!${NOT_A_FIRST_NAME}\\b)\\p{Lu}\\p{Ll}{1,12} (?:from|at) the (?:${VENUE}\\b|\\p{Lu}[\\p{L}-]+)`, 'gu'),
  // "the Crofts' on Tenter Lane", "the Okonkwos at number 8": a family by its surname and its home.
  new RegExp(`\\bthe \\p{Lu}\\p{Ll}+s['\u2019]? (?:on|at|in|from) (?:number \\d|\\d{1,4} |\\p{Lu}\\p{L}+ ${STREET}\\b)`, 'gu'),
  // "the lady in the wheelchair who lives above the bookies": whoever lives next to a named shop is placed by it.
  new RegExp(`\\b(?:who lives?|living|renting|who rents?) ${NEXT_TO} the \\p{L}+`, 'gu'),
  // "Auchterlie's only Jewish family", "the only Sikh lad on the street": "only" makes them one household.
  new RegExp(`(?:\\b[Tt]he|\\p{Lu}\\p{L}+['\u2019]s) only (?:\\p{L}+ ){0,2}${PERSON_NOUN}\\b`, 'gu'),
  // "the Kilbrannoch Burgh Hall caretaker", "the refuse supervisor": one person holds a job at one place.
  new RegExp(`\\b${DETERMINER} (?:new |deputy |acting |interim |assistant |senior )?(?:\\p{Lu}\\p{L}+ ){0,3}(?:\\p{Ll}+ )?(?:caretaker|warden|supervisor|cleaner|receptionist|groundsman|handyman)\\b`, 'gu'),
  // "Poor Den", "little Oscar": an affectionate word before a single capitalised name is about a person.
  /\b(?:[Pp]oor|[Ll]ittle|[Pp]oor old) \p{Lu}\p{Ll}{1,12}(?=[,!]| (?:has|had|is|was|who|and|at|from|on|in|with|it)\b)/gu,
];
// "the lad who wrapped his Corsa round the bus shelter", "the bloke who was shouting outside the Co-op yesterday":
// one person picked out by something they did, which neighbours saw. Singular only: "the people who complained" is
// nobody in particular. Not when the act is the detail itself ("says the man who pocketed the money": a retort).
const DESCRIBED_BY_ACT = new RegExp(`\\b[Tt]he ${ADJECTIVES}(?:man|woman|lady|lad|boy|girl|bloke|guy|chap|fella|teenager|driver|youth) who (?:was |got |has been |had )?\\p{Ll}+(?:ed|ing)\\b`, 'gu');
// "the young lad on the Otterhay estate who's on a tag": a person placed on a named estate. Not for a weak word: "that
// Traveller family on the Stanwick estate" is talk about a group (the discrimination rules' business), not a household's data.
const ON_THE_ESTATE = new RegExp(`\\b${DETERMINER} ${ADJECTIVES}${PERSON_NOUN} (?:on|off|from) the \\p{Lu}\\p{L}+ (?:[Ee]state|[Ff]arm|[Pp]ark)\\b`, 'gu');
// "the deputy chief exec is off with stress": a senior post has one holder, so their health is theirs. Not for
// allegations: against an officer in their public role those are the respect rules' business.
const SENIOR_POST = new RegExp(`\\b${DETERMINER} (?:new |deputy |acting |interim |assistant |former )?(?:chief exec\\p{L}*|head of \\p{L}+|director of \\p{L}+|monitoring officer|finance director)\\b`, 'gu');
const PRIVATE_KINDS: ReadonlySet<string> = new Set(['health', 'mental-health', 'disability', 'sexuality', 'sex-life', 'religion', 'trade-union']);
// "Reza on Chapel Street", "Gemma in the Holt End school kitchen": a first name placed by a street or a
// venue is someone neighbours know. The word is checked in code: not an ordinary word or a place ("Flooding").
const FIRST_NAME_PLACED = new RegExp(
  `(?<=^|[^\\p{L}\\s]\\s{0,2}|\\b(?:and|to|for|with|see|saw|met|is|it's|told|says|said|thanks|congratulations) )(\\p{Lu}\\p{Ll}{1,12}) (?:on|in|from|at) (?:(?:\\p{Lu}\\p{L}+ ){1,2}${STREET}\\b|the (?:\\p{Lu}\\p{L}+ ){1,2}${VENUE}\\b)`,
  'gu',
);
const NOT_A_FIRST_NAME_WORD = new RegExp(`^${NOT_A_FIRST_NAME}$`, 'u');
// "his own lad", "her boy": everyday words for a child count as well.
const RELATION = /\b(?:his|her|their|whose) (?:own )?(?:lad|lads|lass|boy|boys|girl|girls|son|sons|daughter|daughters|wife|husband|partner|mum|mother|dad|father|child|children|kids|kid|brother|sister|baby|grandson|granddaughter|nan|gran|grandmother|grandfather|boyfriend|girlfriend|ex)\b/giu;
const YOUR_RELATION = /\byour (?:son|sons|daughter|daughters|wife|husband|partner|mum|mother|dad|father|child|children|kids|kid|brother|sister|baby|grandson|granddaughter|nan|gran|boyfriend|girlfriend|family|household|ex)\b/giu;
const SECOND_PERSON = /\b(?:you|your|you're|youre|you've|you'll|you'd|yourself|ur)\b/iu;
const PUBLIC_REPLY: ReadonlySet<string> = new Set(['reply', 'comment', 'quote']);
const YOUR_NEAR = /\b(?:your|you're|you've|you)\b/giu;
// "he's gay", "who's a Jehovah's Witness": the word is said of the person the clause is about.
const HE_OR_SHE_IS = /\b(?:he's|she's|he is|she is|he was|she was|who's|who is|who was)\s(?:an?\s)?$/iu;
/** How far into a sentence a detail still opens it, in characters ("Dad's on chemo", "Suspected breast cancer"). */
const OPENING = 12;
// An indefinite person before "his daughter": regex-safe, one bounded alternation on one sentence's opening.
const SOMEONE = /^\W{0,3}(?:[Aa]n?|[Oo]ne|[Ss]ome) (?:\p{L}+ )?(?:dad|mum|father|mother|parent|resident|constituent|man|woman|lady|gentleman|grandparent|grandmother|grandfather|nan|pensioner|carer)\b(?! (?:at|in|from) (?:number|no\.?|flat) ?\d)/u;
const HE_OR_SHE = /\b(?:he|she|he's|she's|his|her|him|hers)\b/iu;
// regex-safe: a 24-character slice, plain alternation.
const NOTE_OPENING = /^\W{0,3}(?:single (?:mum|mother|dad|father|parent)|mum of|mother of|dad of|father of|widow|widower|pensioner|aged \d)\b/iu;
const THIRD_PERSON = /\b(?:he|she|he's|she's|his|her|him|they|their|them)\b/iu;

/** The author's own name words, to leave them out of "named" subjects. */
export function authorWords(input: CheckInput): Set<string> {
  const name = input.profile?.name ?? '';
  return new Set(
    name
      .toLowerCase()
      .split(/[^\p{L}'-]+/u)
      .filter((w) => w.length > 2 && !['cllr', 'councillor', 'mrs', 'miss'].includes(w)),
  );
}

export function isAuthor(person: PersonMention, author: Set<string>): boolean {
  if (author.size === 0) return false;
  return person.text
    .toLowerCase()
    .split(/[^\p{L}'-]+/u)
    .some((w) => author.has(w));
}

/** Private people named in the text who are not the author (nor, in a DM, the recipient greeted at the top). */
export function privatePeople(doc: Doc, input: CheckInput): PersonMention[] {
  const author = authorWords(input);
  return peopleIn(doc).filter(
    (p) => p.role === 'private' && !isAuthor(p, author) && !(input.surface === 'dm' && p.addressed),
  );
}

function firstNamesPlaced(text: string, offset: number): Subject[] {
  const found: Subject[] = [];
  FIRST_NAME_PLACED.lastIndex = 0;
  for (const m of text.matchAll(FIRST_NAME_PLACED)) {
    const word = m[1]!;
    if (NOT_A_FIRST_NAME_WORD.test(word) || !mayBeFirstName(word)) continue;
    found.push({ kind: 'located', who: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return found;
}

// "Mr Kenneth Ashworth (NHS no. 945 807 3022) has waited…": the shared splitter ends a sentence at "no.";
// whom a detail is about reads on across an abbreviation that takes a number. regex-safe: a 6-character slice.
const NUMBER_ABBREVIATION = /\b(?:no|nos|tel|ref)\.\s*$/i;
function sentenceOf(doc: Doc, at: number): Span {
  const sentence = doc.sentenceAt(at);
  const previous = doc.sentences[doc.sentenceIndex(at) - 1];
  const joined =
    previous && /^\s*\d/.test(doc.text.slice(sentence.start, sentence.start + 4)) && NUMBER_ABBREVIATION.test(doc.text.slice(Math.max(previous.start, previous.end - 6), previous.end));
  return joined ? { start: previous.start, end: sentence.end } : sentence;
}

const distance = (a: Span, b: Span): number => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);

function matchesIn(text: string, offset: number, pattern: RegExp): Subject[] {
  const found: Subject[] = [];
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) found.push({ kind: 'located', who: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return found;
}

/**
 * Whom a sensitive term is about, or undefined when nobody identifiable: the
 * nearest cue in the same sentence; a he/she sentence right after a named
 * person inherits them. Weak terms need the cue within a few words.
 */
export function subjectOf(doc: Doc, input: CheckInput, hit: SensitiveHit, people: PersonMention[]): Subject | undefined {
  const sentence = sentenceOf(doc, hit.start);
  const text = doc.text.slice(sentence.start, sentence.end);
  const reach = hit.entry.weak ? 30 : Infinity;
  const candidates: Subject[] = [];

  for (const p of people) {
    if (p.start >= sentence.start && p.end <= sentence.end) candidates.push({ kind: 'named', who: p.text, start: p.start, end: p.end });
  }
  for (const pattern of LOCATED) candidates.push(...matchesIn(text, sentence.start, pattern));
  candidates.push(...firstNamesPlaced(text, sentence.start));
  candidates.push(...matchesIn(text, sentence.start, DESCRIBED_BY_ACT).filter((c) => c.end <= hit.start));
  if (!hit.entry.weak) candidates.push(...matchesIn(text, sentence.start, ON_THE_ESTATE));
  if (PRIVATE_KINDS.has(hit.entry.kind)) candidates.push(...matchesIn(text, sentence.start, SENIOR_POST));
  // "Lily's ADHD diagnosis", "Connor's caution": a given name owning the detail, even one that is also a word.
  const owner = possessiveNameBefore(doc, hit);
  if (owner) candidates.push(owner);
  for (const r of matchesIn(text, sentence.start, RELATION)) candidates.push({ ...r, kind: 'relation' });
  if (input.surface === 'dm') {
    for (const r of matchesIn(text, sentence.start, YOUR_RELATION)) candidates.push({ ...r, kind: 'recipient' });
    const you = SECOND_PERSON.exec(text);
    if (you) {
      const at = sentence.start + you.index;
      // Every second-person word counts for distance: look for the nearest.
      let best = { start: at, end: at + you[0].length };
      const all = new RegExp(SECOND_PERSON.source, 'giu');
      for (const m of text.matchAll(all)) {
        const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
        if (distance(span, hit) < distance(best, hit)) best = span;
      }
      candidates.push({ kind: 'recipient', who: 'the recipient', ...best });
    }
  }

  // In a public reply or comment, "your sight loss" is about the person replied to, in public.
  if (PUBLIC_REPLY.has(input.surface) && !/\b(?:if|anyone|whether|whoever|everyone)\b/iu.test(doc.text.slice(sentence.start, hit.start))) {
    for (const m of text.matchAll(YOUR_NEAR)) {
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      if (distance(span, hit) <= 25) candidates.push({ kind: 'addressee', who: 'the person you are replying to', ...span });
    }
  }

  // "He/she…" right after a sentence that named a private person; so does a note that opens with
  // the detail ("Audrey Kemp, 5 Hawthorn Drive. Diabetic, lives alone.", "… the Okonkwos. Dad's on chemo.").
  // A sentence that is only the word ("Criminal.") is a verdict on what went before, not a note about someone.
  // "Met Shelley Dyer today. Single mum of three in Kilnsey, sanctioned…": a note that opens by describing the person.
  const describesThem = NOTE_OPENING.test(doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 24)));
  // Counted in words too: the lists name "cancer", so "Suspected breast cancer" opens with it three words in.
  const wordsBefore = tokenAfter(doc.tokens, hit.start) - tokenAfter(doc.tokens, sentence.start);
  const opensWithIt = (hit.start - sentence.start <= OPENING || (wordsBefore <= 2 && hit.start - sentence.start <= 2 * OPENING) || describesThem) && /\p{L}/u.test(doc.text.slice(hit.end, sentence.end)) && !/\b(?:I|we|you|my|our)\b/iu.test(doc.text.slice(sentence.start, hit.start));
  if (!candidates.some((c) => c.kind === 'named') && (THIRD_PERSON.test(text) || opensWithIt)) {
    const previous = people.filter((p) => p.end <= sentence.start && sentence.start - p.end < 200);
    const last = previous[previous.length - 1];
    if (last && !hit.entry.weak) candidates.push({ kind: 'named', who: last.text, start: last.start, end: last.end });
  }

  // "apparently he's gay": a pronoun right before a weak term ties it to the person the sentence is about.
  const pronounBefore = hit.entry.weak && HE_OR_SHE_IS.test(doc.text.slice(Math.max(sentence.start, hit.start - 16), hit.start));
  const usable = candidates.filter((c) => pronounBefore || distance(c, hit) <= reach);
  if (usable.length === 0) return definiteAboutReader(doc, input, hit) ?? dmDetail(doc, input, hit, people);
  // Prefer a named person, then a location, then the recipient, then a relative; nearest within a kind.
  const order: SubjectKind[] = ['named', 'located', 'recipient', 'addressee', 'relation'];
  usable.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || distance(a, hit) - distance(b, hit));
  const best = usable[0]!;
  // "A dad on the Brook estate told me his daughter…": the relative of someone unnamed and unplaced is nobody in particular.
  if (best.kind === 'relation' && SOMEONE.test(doc.text.slice(sentence.start, best.start))) return undefined;
  return best;
}

/** A capitalised given name with 's right before the term, within one word ("Lily's ADHD", "Kyle's youth caution"). */
function possessiveNameBefore(doc: Doc, hit: SensitiveHit): Subject | undefined {
  const tokens = doc.tokens;
  const at = tokenAfter(tokens, hit.start) - 1;
  for (const k of [at, at - 1]) {
    const token = tokens[k];
    if (!token || !token.capitalised || k === 0) continue;
    const m = /^(\p{Lu}\p{Ll}{1,12})['\u2019]s$/u.exec(token.text);
    if (m && isGivenName(m[1]!)) return { kind: 'named', who: m[1]!, start: token.start, end: token.start + m[1]!.length };
  }
  return undefined;
}

const DEFINITE = new Set(['the', 'that', 'this']);
/** Words after "the chemo" that show the term heads its phrase ("the chemo is finished"), not a modifier ("the chemo unit"). */
const AFTER_HEAD = new Set(
  ('is was has had have will would can could should must ends ended ending finishes finished went goes going and but so on in at for to from ' +
    'this last next yesterday today tomorrow news results appointment came assessment referral claim case appeal tribunal treatment diagnosis ' +
    'letter decision hearing payment payments scan operation are were say says said').split(' '),
);

/**
 * In a DM or a public reply, "the miscarriage", "the chemo", "the referral order", with nobody
 * else in view, is the reader's own: the author is writing to the person it happened to.
 */
function definiteAboutReader(doc: Doc, input: CheckInput, hit: SensitiveHit): Subject | undefined {
  const dm = input.surface === 'dm';
  if (!dm && !PUBLIC_REPLY.has(input.surface)) return undefined;
  const tokens = doc.tokens;
  const before = tokenAfter(tokens, hit.start) - 1;
  if (before < 0 || !DEFINITE.has(tokens[before]!.lower)) return undefined;
  const after = tokenAfter(tokens, hit.end);
  const gap = tokens[after] ? doc.text.slice(hit.end, tokens[after]!.start) : '.';
  if (!/[.,;:!?]/.test(gap) && !AFTER_HEAD.has(tokens[after]?.lower ?? '')) return undefined;
  const span = { start: tokens[before]!.start, end: hit.end };
  return dm ? { kind: 'recipient', who: 'the recipient', ...span } : { kind: 'addressee', who: 'the person you are replying to', ...span };
}

/**
 * In a DM, a case detail with nobody else in the message ("the notice went out because of £2,310 rent
 * arrears") is the recipient's own: a councillor writes to the person whose case it is. Weak words
 * ("Polish") and policy talk (filtered before) are not.
 */
function dmDetail(doc: Doc, input: CheckInput, hit: SensitiveHit, people: PersonMention[]): Subject | undefined {
  if (input.surface !== 'dm' || hit.entry.weak) return undefined;
  const sentence = doc.sentenceAt(hit.start);
  // "she'll be pregnant": someone else. Not "they": in a DM that is the services ("so they understand").
  if (HE_OR_SHE.test(doc.text.slice(sentence.start, sentence.end))) return undefined;
  // Only a message written to someone ("Hi Darren", "you"): "The cancer ward is closing" is news, not a case.
  if (!peopleIn(doc).some((p) => p.addressed) && !SECOND_PERSON.test(doc.text)) return undefined;
  if (people.length > 0 || LOCATED.some((pattern) => (pattern.lastIndex = 0, pattern.test(doc.text)))) return undefined;
  return { kind: 'recipient', who: 'the recipient', start: hit.start, end: hit.end };
}

/** A sentence about the author only ("my own diabetes", "I was diagnosed…"). */
export function isOwnDisclosure(doc: Doc, hit: SensitiveHit): boolean {
  const sentence = doc.sentenceAt(hit.start);
  const before = doc.text.slice(Math.max(sentence.start, hit.start - 40), hit.start).toLowerCase();
  const own = /\b(?:my own|my|i|i'm|i've|i was|myself)\s+((?:\S+\s+){0,3})$/.exec(before);
  // "I've told them you're on ESA", "I know she's on PIP": someone else is the subject after the "I".
  if (!own || /\b(?:you|your|you're|he|she|he's|she's|his|her|they|they're|their)\b/.test(own[1]!)) return false;
  return !/\b(?:my|our) (?:neighbour|constituent|tenant|resident)/.test(before);
}
