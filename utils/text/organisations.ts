/**
 * Businesses whose names read like a person's ("Halfords", "Caffè Nero", "John Lewis"):
 * UK brands from OpenStreetMap's name-suggestion-index and cspell's company list,
 * built by `npm run build:vocab`. Matched as a word trie, once per document.
 */
import type { Doc } from '../engine/doc';
import { GENERATED_ORGANISATIONS } from './lexicon/organisations.generated';
import { PhraseMatcher } from './phrases';
import type { Span } from './tokens';

let matcher: PhraseMatcher<true> | undefined;
const spansByDoc = new WeakMap<Doc, Span[]>();

/** Spans of known organisation names in the text, longest first at each start. */
export function organisationSpans(doc: Doc): Span[] {
  let spans = spansByDoc.get(doc);
  if (!spans) {
    matcher ??= new PhraseMatcher(GENERATED_ORGANISATIONS.split('|').map((name) => [name, true] as [string, true]));
    // Written with a capital, as a name is: "next to Aldi", not "the family at".
    spans = matcher
      .find(doc)
      .filter(({ text }) => /^\p{Lu}/u.test(text))
      .map(({ start, end }) => ({ start, end }));
    spansByDoc.set(doc, spans);
  }
  return spans;
}

/** True when a known organisation name covers the character at `offset`. */
export const inOrganisationName = (doc: Doc, offset: number): boolean =>
  organisationSpans(doc).some((span) => span.start <= offset && offset < span.end);
