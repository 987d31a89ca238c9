/**
 * Finds digital imprints ("Promoted by NAME (on behalf of NAME), ADDRESS") in a
 * text. Elections Act 2022 s.41-44 and the Electoral Commission's statutory
 * guidance on digital imprints (2023): an imprint names the promoter (and anyone
 * on whose behalf the material is published) and gives their postal address.
 * "Printed by" alone is a printer's credit, not a digital imprint.
 *
 * Shared: the imprint rule uses it to decide whether election material carries
 * an imprint; address-finding rules can use `findImprints` to skip the
 * promoter's published address (it is meant to be public).
 * One bounded pass: a literal search for "promoted by", then at most
 * WINDOW characters scanned for the address.
 */
import { STREET_SUFFIXES } from '../data/places';
import { STREET_TYPES, WELSH_STREET_TYPES } from '../data/addresses';

/** Street words after a house number: the home-address rule's and the people finder's ("5 Mill Wynd", "10 Union St"). */
const STREET_WORDS: ReadonlySet<string> = new Set([...STREET_SUFFIXES, ...STREET_TYPES.flatMap((entry) => entry.terms.map((term) => term.toLowerCase()))]);
/** Welsh street words come first ("2 Stryd y Bont", "12 Heol Las"). */
const WELSH_STREET_WORDS: ReadonlySet<string> = new Set(WELSH_STREET_TYPES.flatMap((entry) => entry.terms.map((term) => term.toLowerCase())));

export interface ImprintMatch {
  /** UTF-16 span in the text, from "Promoted" to the end of the address (or of the sentence when there is none). */
  start: number;
  end: number;
  /** The promoter as written ("A. Khan on behalf of M. Rahman"), '' when missing. */
  promoter: string;
  /** The address part, '' when none was found. */
  address: string;
  /** A name and a postal address: what the law asks for. */
  complete: boolean;
}

/** How far after "promoted by" the name and address may run. */
const WINDOW = 240;
// "Promoted by", "Printed and promoted by", "Promoted and published by", and the Welsh forms
// councillors in Wales use ("Hyrwyddwyd gan", "Argraffwyd a hyrwyddwyd gan", "Hyrwyddwyd a
// chyhoeddwyd gan"): literal words, no nested quantifiers.
const OPENING =
  /\b(?:(?:printed and )?promoted(?: and (?:published|printed))? by|(?:argraffwyd a )?hyrwyddwyd(?: a (?:chyhoeddwyd|argraffwyd))? gan)[ \t]+/gi;
// A UK postcode shape (not PAF-validated: imprints in examples use made-up postcodes).
const POSTCODE = /\b[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}\b/g;
// A house number (optionally with a letter) and up to three words to a street type ("10 Union St").
const HOUSE_NUMBER = /\b\d{1,4}[A-Za-z]?,? (?:[A-Z][\w'\u2019-]*[.,]?(?: |$)){1,3}/g;
const PO_BOX = /\bP\.?O\.? Box \d{1,6}\b/gi;
const NOT_ADDRESS = /\[[^\]\n]{0,40}\]/; // a placeholder such as "[your address]"
// Where the promoter's name stops and the address begins.
const NAME_END = /,|\bboth (?:at|of)\b|\bof (?=\d)|\bat (?=\d)/i;

/** Every imprint in the text, in order. */
export function findImprints(text: string): ImprintMatch[] {
  const found: ImprintMatch[] = [];
  OPENING.lastIndex = 0;
  for (let match = OPENING.exec(text); match; match = OPENING.exec(text)) {
    const start = match.index;
    const bodyStart = start + match[0].length;
    const lineEnd = text.indexOf('\n', bodyStart);
    const windowEnd = Math.min(text.length, bodyStart + WINDOW, lineEnd < 0 ? Infinity : lineEnd);
    const body = text.slice(bodyStart, windowEnd);
    const address = addressIn(body);
    let end: number;
    let promoterText: string;
    if (address) {
      end = bodyStart + address.end;
      promoterText = body.slice(0, address.start);
    } else {
      end = bodyStart + sentenceEnd(body);
      promoterText = body.slice(0, end - bodyStart);
    }
    const nameEnd = NAME_END.exec(promoterText);
    const promoter = (nameEnd ? promoterText.slice(0, nameEnd.index) : promoterText).trim().replace(/[.,;:]+$/, '');
    const hasName = /\p{L}{2}/u.test(promoter);
    found.push({
      start,
      end: Math.max(end, bodyStart),
      promoter,
      address: address ? body.slice(address.start, address.end) : '',
      complete: hasName && address !== undefined,
    });
    OPENING.lastIndex = Math.max(OPENING.lastIndex, end);
  }
  return found;
}

/** The first complete imprint in the text, else the first incomplete one, else undefined. */
export function findImprint(text: string): ImprintMatch | undefined {
  const all = findImprints(text);
  return all.find((imprint) => imprint.complete) ?? all[0];
}

/** True when the text (a post or a profile's imprint field) holds a complete imprint. */
export const hasCompleteImprint = (text: string | undefined): boolean =>
  !!text && findImprints(text).some((imprint) => imprint.complete);

/** The address in an imprint's body: from the house number (or the first comma) to the postcode or street. */
function addressIn(body: string): { start: number; end: number } | undefined {
  if (NOT_ADDRESS.test(body.slice(0, 80)) && !/\d/.test(body)) return undefined;
  const house = firstHouseNumber(body);
  POSTCODE.lastIndex = 0;
  const pc = POSTCODE.exec(body);
  if (pc) {
    // The address starts at the house number, else after the first comma (a named building).
    const comma = body.indexOf(',');
    const from = house ?? (comma >= 0 && comma < pc.index ? comma + 1 : pc.index);
    return { start: skipSpace(body, from), end: pc.index + pc[0].length };
  }
  if (house !== undefined) {
    HOUSE_NUMBER.lastIndex = house;
    const street = HOUSE_NUMBER.exec(body);
    if (street) return { start: house, end: trimEnd(street[0], house) };
  }
  PO_BOX.lastIndex = 0;
  const box = PO_BOX.exec(body);
  if (box) return { start: box.index, end: box.index + box[0].length };
  return undefined;
}

/** Offset of a house number followed by a street ("10 Union St", "4 Bridge St"), if any. */
function firstHouseNumber(body: string): number | undefined {
  HOUSE_NUMBER.lastIndex = 0;
  for (let m = HOUSE_NUMBER.exec(body); m; m = HOUSE_NUMBER.exec(body)) {
    const words = m[0].toLowerCase().split(/[\s,]+/).filter(Boolean).slice(1);
    if (words.some((word) => STREET_WORDS.has(word.replace(/\.$/, ''))) || WELSH_STREET_WORDS.has(words[0] ?? '')) return m.index;
    HOUSE_NUMBER.lastIndex = m.index + 1;
  }
  return undefined;
}

/** End offset of a "10 Union St, " match without its trailing comma and space. */
function trimEnd(matched: string, at: number): number {
  const trimmed = matched.replace(/[.,\s]+$/, '');
  return at + trimmed.length;
}

const skipSpace = (body: string, from: number): number => {
  let at = from;
  while (at < body.length && /\s/.test(body[at]!)) at++;
  return at;
};

/** The end of the imprint's sentence: a full stop that does not follow an initial ("R. Jones") or "St". */
function sentenceEnd(body: string): number {
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === ')') return i;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    const next = body[i + 1];
    if (next !== undefined && !/\s/.test(next)) continue;
    if (ch === '.') {
      const word = /(\p{L}+)$/u.exec(body.slice(Math.max(0, i - 12), i))?.[1] ?? '';
      if (word.length === 1 || /^(?:st|rd|ltd|co|no)$/i.test(word)) continue;
    }
    return i;
  }
  return body.replace(/\s+$/, '').length;
}
