/**
 * Is a span reported, quoted or challenged rather than asserted? Shared by the
 * discrimination rules so "I condemn the graffiti calling Travellers vermin"
 * and "the stereotype that Travellers cause crime is wrong" stay clean.
 * Everything is computed once per text in linear passes (rules ask per span).
 * Quotation marks are read from the folded text, where they survive (the
 * matching view turns apostrophes into spaces); offsets are the same.
 */
import type { Doc } from '../../../utils/engine/doc';
import type { CheckInput } from '../../../utils/engine/types';
import type { MatchView } from '../../../utils/text/evasion';
import { PhraseMatcher } from '../../../utils/text/phrases';
import { CONDEMNATION_CUES, REPORTING_CUES } from './generalisation';

// One trie, one pass: condemnation cues anywhere, reporting cues before a span.
const cueMatcher = new PhraseMatcher<'condemn' | 'report'>([
  ...CONDEMNATION_CUES.map((cue) => [cue, 'condemn'] as [string, 'condemn']),
  ...REPORTING_CUES.map((cue) => [cue, 'report'] as [string, 'report']),
]);
/** How far (in characters) before a span a reporting word still governs it. */
const REPORTING_REACH = 60;

interface Cues {
  condemns: boolean;
  /** Ends of reporting words, ascending. */
  reportingEnds: number[];
  /** 1 where the position is inside an open quotation. */
  open: Uint8Array;
  /** The next closing quotation mark at or after each position (or Infinity). */
  nextClose: Float64Array;
}

const CUES = Symbol('quotation and condemnation cues');
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

const cues = (view: MatchView, folded: string): Cues => view.doc.memo(CUES, () => findCues(view, folded));

function findCues(view: MatchView, folded: string): Cues {
  const n = folded.length;
  const open = new Uint8Array(n + 1);
  const closes = new Uint8Array(n + 1);
  const sentences = view.doc.sentences;
  let next = 0;
  let double = false;
  let single = false;
  for (let i = 0; i < n; i++) {
    while (next < sentences.length && sentences[next]!.start <= i) {
      if (sentences[next]!.start === i) double = single = false;
      next++;
    }
    open[i] = double || single ? 1 : 0;
    const ch = folded[i];
    if (ch === '"') {
      if (double) closes[i] = 1;
      double = !double;
    } else if (ch === "'") {
      if (!isWordChar(folded[i - 1]) && isWordChar(folded[i + 1])) single = true;
      else if (single && !isWordChar(folded[i + 1])) {
        single = false;
        closes[i] = 1;
      }
    }
  }
  const nextClose = new Float64Array(n + 1).fill(Infinity);
  for (let i = n - 1; i >= 0; i--) nextClose[i] = closes[i] ? i : nextClose[i + 1]!;
  const hits = cueMatcher.find(view.doc);
  return {
    condemns: hits.some((hit) => hit.value === 'condemn'),
    reportingEnds: hits.filter((hit) => hit.value === 'report').map((hit) => hit.end).sort((a, b) => a - b),
    open,
    nextClose,
  };
}

/** Whether the post as a whole condemns or reports something (anywhere). */
export const condemns = (view: MatchView, folded: string): boolean => cues(view, folded).condemns;

/** A reporting or challenging word shortly before, in the same sentence ("the myth that…", "calling them…"). */
export function reportedBefore(view: MatchView, folded: string, start: number): boolean {
  const ends = cues(view, folded).reportingEnds;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  const end = ends[lo - 1];
  return end !== undefined && end >= view.sentence(start).start && start - end <= REPORTING_REACH;
}

/** Inside quotation marks that open before and close after, within the sentence. */
export function insideQuotes(view: MatchView, folded: string, start: number, end: number): boolean {
  const { open, nextClose } = cues(view, folded);
  return open[start] === 1 && open[end - 1] === 1 && nextClose[end - 1]! < view.sentence(start).end + 1;
}

/** Quoted or reported, in a post that condemns it: the author is not asserting it. */
export function condemnsQuotedSpan(view: MatchView, folded: string, start: number, end: number): boolean {
  return condemns(view, folded) && (insideQuotes(view, folded, start, end) || reportedBefore(view, folded, start));
}

/** Surfaces where the other post goes out again under the author's name. */
export const isRepublished = (surface: CheckInput['surface']): boolean => surface === 'quote' || surface === 'repost' || surface === 'share';

export type { Doc };
