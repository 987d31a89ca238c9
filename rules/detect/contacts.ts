/**
 * Shared by the personal-data identifier rules: whose is this number, email or
 * address (an organisation's, the author's own, the DM recipient's, a third
 * person's), and is it one of the author's own contacts from their profile.
 */
import type { Doc } from '../../utils/engine/doc';
import { peopleIn } from './people';
import type { CheckInput } from '../../utils/engine/types';
import { tokenBefore, tokenAfter, type Token } from '../../utils/text/tokens';
import { fold } from '../../utils/text/fold';
import {
  ORGANISATION_CUES,
  RECIPIENT_CUES,
  SELF_CUES,
  THIRD_PERSON_CUES,
  OFFICE_CUES,
  VENUE_CUES,
  type CueEntry,
} from '../data/contacts';
import { STREET_TYPES } from '../data/addresses';

export type Owner = 'organisation' | 'self' | 'recipient' | 'third' | 'unknown';
export type DetailKind = 'contact' | 'address';

const termsOf = (entries: CueEntry[], kind: DetailKind) =>
  entries.filter((entry) => !entry.for || entry.for.includes(kind)).flatMap((entry) => entry.terms);

function cueTable(kind: DetailKind): Map<string, Owner> {
  const table = new Map<string, Owner>();
  // Later sets win on a clash: a pronoun is stronger evidence than a generic noun.
  const organisation =
    kind === 'address' ? [...termsOf(ORGANISATION_CUES, kind), ...termsOf(VENUE_CUES, kind), ...termsOf(OFFICE_CUES, kind)] : termsOf(ORGANISATION_CUES, kind);
  for (const term of organisation) table.set(term, 'organisation');
  for (const term of termsOf(THIRD_PERSON_CUES, kind)) table.set(term, 'third');
  for (const term of termsOf(SELF_CUES, kind)) table.set(term, 'self');
  for (const term of termsOf(RECIPIENT_CUES, kind)) table.set(term, 'recipient');
  return table;
}
const TABLES: Record<DetailKind, Map<string, Owner>> = { contact: cueTable('contact'), address: cueTable('address') };


export { tokenAfter, tokenBefore } from '../../utils/text/tokens';

const POSSESSIVE = /^\p{Lu}\p{L}+['\u2019]s$/u;
const CALL_WORDS = new Set(['ring', 'call', 'phone', 'text', 'contact', 'try']);

/** A token's lower-case form for cue look-ups; only non-ASCII words pay for full folding. */
export const cueWord = (token: Token): string => (/^[\x00-\x7f]*$/.test(token.lower) ? token.lower : fold(token.lower).text);
const STREET_WORDS = new Set(STREET_TYPES.flatMap((entry) => entry.terms));

/** "Station" in "22 Station Road" or "Church" in "Church Hill Road" names a street, not a station or church. */
function isStreetName(tokens: Token[], i: number): boolean {
  if (!tokens[i]!.capitalised) return false;
  for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
    // "Primary, Church Lane": a comma ends the name, so the street is the next item of an address.
    if (tokens[k]!.start - tokens[k - 1]!.end > 1) return false;
    if (STREET_WORDS.has(tokens[k]!.text)) return true;
  }
  return false;
}

/**
 * Whose detail starts at `start`: the nearest cue word among the `maxWords`
 * words before it, within its sentence. "the council office, her number is"
 * is the third person's (her is nearer); "ring the housing team on" is the
 * organisation's; "call me on" the author's; "your number" the recipient's.
 */
export function ownerBefore(doc: Doc, start: number, kind: DetailKind, maxWords = 6): Owner {
  const tokens = doc.tokens;
  const sentenceStart = doc.sentenceAt(start).start;
  const table = TABLES[kind];
  for (let i = tokenBefore(tokens, start), seen = 0; i >= 0 && seen < maxWords; i--, seen++) {
    const token = tokens[i]!;
    if (token.start < sentenceStart) break;
    const owner = table.get(cueWord(token));
    if (owner && !(owner === 'organisation' && isStreetName(tokens, i))) return owner;
    if (POSSESSIVE.test(token.text)) return 'third';
    // "ring Mandy on 07700 900528": a name the reader is told to ring owns the number, whatever came before.
    if (kind === 'contact' && seen === 1 && token.capitalised && tokens[i + 1]?.lower === 'on' && CALL_WORDS.has(tokens[i - 1]?.lower ?? '') && peopleIn(doc).some((p) => p.role === 'private' && p.start <= token.start && token.end <= p.end)) return 'third';
    // "Colin Fairweather, 0113 496 0732": a name (not a cue word) right before, set off by a comma or colon.
    // A street's last word only with a person in the sentence: "Citizens Advice, 8 Chapel Walk, 01632 960330" is a
    // listing; "Mrs Dunn, 8 Chapel Walk, 01632 960331" is hers.
    if (kind === 'contact' && seen === 0 && token.capitalised && token.start > sentenceStart && /^\s*[,:\u2013-]\s*$/.test(doc.text.slice(token.end, start))) {
      const street = STREET_WORDS.has(token.text);
      if (!street || peopleIn(doc).some((p) => p.role === 'private' && p.start >= sentenceStart && p.end <= start)) return 'third';
    }
  }
  return 'unknown';
}

/** True when any of `words` (folded) occurs among the `maxWords` words before `start` in its sentence. */
export function wordBefore(doc: Doc, start: number, words: ReadonlySet<string>, maxWords: number): boolean {
  const tokens = doc.tokens;
  const sentenceStart = doc.sentenceAt(start).start;
  for (let i = tokenBefore(tokens, start), seen = 0; i >= 0 && seen < maxWords; i--, seen++) {
    const token = tokens[i]!;
    if (token.start < sentenceStart) break;
    if (words.has(cueWord(token)) && !isStreetName(tokens, i)) return true;
  }
  return false;
}

/** True when any of `words` occurs among the `maxWords` words from `end` on, within its sentence. */
export function wordAfter(doc: Doc, end: number, words: ReadonlySet<string>, maxWords: number): boolean {
  const tokens = doc.tokens;
  const sentenceEnd = doc.sentenceAt(Math.max(0, end - 1)).end;
  for (let i = tokenAfter(tokens, end), seen = 0; i < tokens.length && seen < maxWords; i++, seen++) {
    const token = tokens[i]!;
    if (token.start >= sentenceEnd) break;
    if (words.has(cueWord(token))) return true;
  }
  return false;
}

/**
 * A phone number as national digits, so "07700 900123", "+44 7700 900123",
 * "+44 (0)7700 900123" and "0044 7700 900123" all give "07700900123".
 * Undefined when there are too few digits to be a phone number.
 */
export function phoneKey(raw: string): string | undefined {
  let digits = raw.replace(/\D/g, '');
  const international = /^\s*(?:\+|00)/.test(raw);
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (international || (digits.startsWith('44') && digits.length >= 12)) {
    if (!digits.startsWith('44')) return digits.length >= 7 ? `+${digits}` : undefined;
    digits = digits.slice(2);
    if (!digits.startsWith('0')) digits = `0${digits}`;
  }
  return digits.length >= 7 ? digits : undefined;
}

export const emailKey = (raw: string): string => fold(raw.trim()).text;

/** Letters and digits only, single-spaced: "14, Maple Close" and "14 maple close" compare equal. */
export const addressKey = (raw: string): string =>
  fold(raw)
    .text.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export interface OwnContacts {
  phones: Set<string>;
  emails: Set<string>;
  /** addressKey of each own contact, for addresses and postcodes. */
  texts: string[];
}

/**
 * Keyed by the profile's list, not by the request: the content scripts pass the same list on
 * every check (settings are prepared once), so this holds one entry per settings change rather
 * than one per check, which every garbage collection would have to trace (see Doc.memo).
 */
const cache = new WeakMap<readonly string[], OwnContacts>();
const NO_CONTACTS: OwnContacts = { phones: new Set(), emails: new Set(), texts: [] };

/** The author's own contact details from their profile, normalised once per list. */
export function ownContacts(input: CheckInput): OwnContacts {
  const list = input.profile?.ownContacts;
  if (!list?.length) return NO_CONTACTS;
  let own = cache.get(list);
  if (own) return own;
  own = { phones: new Set(), emails: new Set(), texts: [] };
  for (const contact of list) {
    if (contact.includes('@')) own.emails.add(emailKey(contact));
    const phone = /\d[\d\s()\-.]{5,}\d/.exec(contact);
    if (phone && !contact.includes('@')) {
      const key = phoneKey(contact.slice(Math.max(0, phone.index - 1)));
      if (key) own.phones.add(key);
    }
    own.texts.push(addressKey(contact));
  }
  cache.set(list, own);
  return own;
}

export const isOwnPhone = (input: CheckInput, raw: string): boolean => {
  const key = phoneKey(raw);
  return key !== undefined && ownContacts(input).phones.has(key);
};

export const isOwnEmail = (input: CheckInput, raw: string): boolean => ownContacts(input).emails.has(emailKey(raw));

/** An address or postcode the author listed as their own (whole words, anywhere in an own contact). */
export const isOwnAddress = (input: CheckInput, raw: string): boolean => {
  const key = addressKey(raw);
  return key.length > 0 && ownContacts(input).texts.some((own) => ` ${own} `.includes(` ${key} `));
};

/**
 * Should a detail with this owner be flagged? Organisation lines and the
 * author's own are fine; in a DM, the recipient's own details sent back to them
 * are fine too (DESIGN.md, personal-data).
 */
export function isPrivateOwner(owner: Owner, input: CheckInput): boolean {
  if (owner === 'organisation' || owner === 'self') return false;
  if (owner === 'recipient' && input.surface === 'dm') return false;
  return true;
}

// "I've passed your details to waste services (01632 960 123 ...)": the organisation named last
// is where the details went, not whose they are.
const PERSONAL_DETAILS = /\b(your|her|his|their)\s+(?:contact\s+|personal\s+|phone\s+|mobile\s+|email\s+)?(?:details|number|no|mobile|email|address|info)\b/gi;
// A DM checking the recipient's own details with them: "the right address", "once you confirm".
const CONFIRMING = /\b(?:right|correct|current|latest|best)\s+(?:address|number|email|details|contact)\b|\bconfirm\b|\bis\s+(?:this|that|it)\s+(?:still\s+)?(?:right|correct)\b/i;

/**
 * ownerBefore, corrected by two sentence-level signals: "your/her details" before an
 * organisation word still makes the detail a person's; and in a DM that asks the
 * recipient to confirm their details, an unowned detail is the recipient's own.
 */
const CONFIRMING_DM = Symbol('a DM confirming details');
const isConfirmingDm = (doc: Doc, input: CheckInput): boolean =>
  input.surface === 'dm' && doc.memo(CONFIRMING_DM, () => CONFIRMING.test(input.text));

export function ownerOf(doc: Doc, start: number, kind: DetailKind, input: CheckInput, maxWords = 6): Owner {
  const owner = ownerBefore(doc, start, kind, maxWords);
  // Bounded look-back: a long paste with no full stops must not make this quadratic.
  const sentenceStart = Math.max(doc.sentenceAt(start).start, start - 160);
  if (owner === 'organisation') {
    const before = doc.text.slice(sentenceStart, start);
    let last: RegExpExecArray | null = null;
    PERSONAL_DETAILS.lastIndex = 0;
    for (let m = PERSONAL_DETAILS.exec(before); m; m = PERSONAL_DETAILS.exec(before)) last = m;
    if (last) return last[1]!.toLowerCase() === 'your' ? 'recipient' : 'third';
  }
  if (owner === 'unknown' && isConfirmingDm(doc, input)) return 'recipient';
  return owner;
}

// A DM to a family about their own member: "Hi both", "your son's ...". DESIGN.md treats the DM
// recipient and their family together: their own identifiers sent back to them are not flagged.
const FAMILY_DM = /^\s*(?:hi|hello|dear|morning|afternoon|evening)\s+(?:both|all|you\s+both|mum|dad)\b|\byour\s+(?:son|daughter|child|children|kids?|mum|mother|dad|father|husband|wife|partner|baby|grandson|granddaughter)\b/i;
export const isFamilyDm = (input: CheckInput): boolean => input.surface === 'dm' && FAMILY_DM.test(input.text.slice(0, 2000));
