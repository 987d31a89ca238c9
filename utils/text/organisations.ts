/**
 * Businesses whose names read like a person's ("Halfords", "Caffè Nero", "Costa Express"):
 * UK brands from OpenStreetMap's name-suggestion-index, built by `npm run build:vocab`.
 * Matched as a word trie, once per document; lookups are by offset, so a paste full of
 * names and brands stays linear.
 */
import type { Doc } from '../engine/doc';
import { GENERATED_ORGANISATIONS } from './lexicon/organisations.generated';
import { PhraseMatcher } from './phrases';
import { unpackWords } from './word-list';

let matcher: PhraseMatcher<true> | undefined;
/** Per document (Doc.memo, not a WeakMap keyed by a Doc: see Doc.memo): 1 at every character inside a known organisation name. */
const COVERED = Symbol('organisation names');

const covered = (doc: Doc): Uint8Array => doc.memo(COVERED, () => markNames(doc));

function markNames(doc: Doc): Uint8Array {
  matcher ??= new PhraseMatcher(unpackWords(GENERATED_ORGANISATIONS, '|').map((name) => [name, true] as [string, true]));
  const marks = new Uint8Array(doc.text.length);
  let reach = 0;
  for (const hit of matcher.find(doc)) {
    // Written with a capital, as a name is: "next to Aldi", not "the family at".
    if (!/^\p{Lu}/u.test(hit.text)) continue;
    // Hits come sorted by start: mark each character once, however many names overlap.
    for (let i = Math.max(hit.start, reach); i < hit.end; i++) marks[i] = 1;
    reach = Math.max(reach, hit.end);
  }
  return marks;
}

/** True when a known organisation name covers the character at `offset`. */
export const inOrganisationName = (doc: Doc, offset: number): boolean => covered(doc)[offset] === 1;

/** True when a known organisation name ends in the `reach` characters before `offset` ("Greggs, 12 Market Place"). */
export function organisationJustBefore(doc: Doc, offset: number, reach: number): boolean {
  const marks = covered(doc);
  const from = Math.max(doc.sentenceAt(offset).start, offset - reach);
  for (let i = offset - 1; i >= from; i--) if (marks[i] === 1) return true;
  return false;
}

/** Spans of known organisation names, for tests and explanations. */
export function organisationSpans(doc: Doc): Array<{ start: number; end: number }> {
  const marks = covered(doc);
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < marks.length; i++) {
    if (marks[i] !== 1) continue;
    const start = i;
    while (i < marks.length && marks[i] === 1) i++;
    spans.push({ start, end: i });
  }
  return spans;
}
