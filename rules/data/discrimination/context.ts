/**
 * Is a span reported, quoted or challenged rather than asserted? Shared by the
 * discrimination rules so "I condemn the graffiti calling Travellers vermin"
 * and "the stereotype that Travellers cause crime is wrong" stay clean.
 * Works on the evasion view (offsets = folded offsets) plus the folded text,
 * where quotation marks survive (the view turns apostrophes into spaces).
 */
import type { Doc } from '../../../utils/engine/doc';
import type { CheckInput } from '../../../utils/engine/types';
import { PhraseMatcher } from '../../../utils/text/phrases';
import { CONDEMNATION_CUES, REPORTING_CUES } from './generalisation';

const condemnation = new PhraseMatcher<true>(CONDEMNATION_CUES.map((cue) => [cue, true]));
const reporting = new PhraseMatcher<true>(REPORTING_CUES.map((cue) => [cue, true]));
/** How far before a span a reporting word still governs it. */
const REPORTING_REACH = 60;

const cache = new WeakMap<Doc, { condemns: boolean; reportingEnds: number[] }>();
function cues(view: Doc) {
  let found = cache.get(view);
  if (!found) {
    found = { condemns: condemnation.find(view).length > 0, reportingEnds: reporting.find(view).map((hit) => hit.end) };
    cache.set(view, found);
  }
  return found;
}

/** Whether the post as a whole condemns or reports something (anywhere). */
export const condemns = (view: Doc): boolean => cues(view).condemns;

/** A reporting or challenging word earlier in the same sentence ("the myth that…", "calling them…"). */
export function reportedBefore(view: Doc, start: number): boolean {
  const sentence = view.sentenceAt(start);
  return cues(view).reportingEnds.some((end) => end <= start && end >= sentence.start && start - end <= REPORTING_REACH);
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Inside quotation marks that open and close within the sentence. */
export function insideQuotes(view: Doc, folded: string, start: number, end: number): boolean {
  const sentence = view.sentenceAt(start);
  let double = false;
  let single = false;
  for (let i = sentence.start; i < start; i++) {
    const ch = folded[i];
    if (ch === '"') double = !double;
    else if (ch === "'") {
      if (!isWordChar(folded[i - 1]) && isWordChar(folded[i + 1])) single = true;
      else if (single && !isWordChar(folded[i + 1])) single = false;
    }
  }
  if (!double && !single) return false;
  const rest = folded.slice(end, sentence.end + 1);
  return double ? rest.includes('"') : /'(?![\p{L}\p{N}])/u.test(rest);
}

/** Quoted or reported, in a post that condemns it: the author is not asserting it. */
export function condemnsQuotedSpan(view: Doc, folded: string, start: number, end: number): boolean {
  return condemns(view) && (insideQuotes(view, folded, start, end) || reportedBefore(view, start));
}

/** Surfaces where the other post goes out again under the author's name. */
export const isRepublished = (surface: CheckInput['surface']): boolean => surface === 'quote' || surface === 'repost' || surface === 'share';
