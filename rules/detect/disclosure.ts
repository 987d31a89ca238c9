/**
 * Decides what a confidentiality signal ("Part 2 report", "told me in
 * confidence", "can't say much but") means in its context: a disclosure
 * (the words around it reveal or hint at the content: high), a signal that
 * something confidential is being discussed (medium), or nothing (the
 * published agenda says an item is taken in private; criticism of secrecy;
 * a reminder of the rules). The context is the signal's sentence and the next
 * one: "Can't say much yet. But the leisure contract is in trouble."
 */
import type { Doc } from '../../utils/engine/doc';
import type { RawFinding, Severity } from '../../utils/engine/types';
import { phrasesOf, withoutAntipatterns, type LexiconEntry } from '../data/lexicon';
import {
  BUSINESS_CUES,
  CAUTION_CUES,
  CRITICISM_CUES,
  PROCEDURAL_CUES,
  PUBLISHED_CUES,
  REVEAL_CUES,
  UNANNOUNCED_CUES,
  VOICE_CUES,
  type SignalKind,
} from '../data/confidentiality';
import { PhraseMatcher, type PhraseHit } from '../../utils/text/phrases';
import { askedAndDenied } from './denial';

type Cue = 'reveal' | 'business' | 'procedural' | 'criticism' | 'caution' | 'unannounced' | 'published' | 'voice';

const CUE_LISTS: Record<Cue, readonly string[]> = {
  reveal: REVEAL_CUES,
  business: BUSINESS_CUES,
  procedural: PROCEDURAL_CUES,
  criticism: CRITICISM_CUES,
  caution: CAUTION_CUES,
  unannounced: UNANNOUNCED_CUES,
  published: PUBLISHED_CUES,
  voice: VOICE_CUES,
};

/** Cues that clear a signal may come a sentence before it: "Why is so much taken in private? I've asked for a review of Schedule 12A." */
const CLEARING: ReadonlySet<Cue> = new Set(['procedural', 'criticism', 'caution', 'published']);

const cueEntries: LexiconEntry<Cue>[] = (Object.keys(CUE_LISTS) as Cue[]).map((cue) => ({
  id: cue,
  kind: cue,
  terms: [...CUE_LISTS[cue]],
  note: '',
  source: '',
  falsePositives: [],
}));
const CUES = new PhraseMatcher(phrasesOf(cueEntries).map(([phrase, entry]): [string, Cue] => [phrase, entry.kind]));

/** Said in the few words before "in confidence": the author was told something. */
const TOLD = /\b(?:told|tell|tells|said|says|shared|given|passed|mentioned|heard|informed|whispered|briefed|shown|sent|spoke|spoken|confided|learned|learnt|revealed)\b/;
/** Before "legal advice": the council's own advice, not advice for residents. */
const OWNER = /\b(?:council'?s?|our|we'?ve|we have|we had|we got|received|officers'?|cabinet|privileged|confidential|the authority'?s?|its|their|got)\s+(?:\w+\s+){0,2}$/;

/** A sum, a percentage or a count of jobs: content, not a signal. */
const FIGURE = /[£$€]\s?\d|\d\s?%|\b\d+(?:\.\d+)?\s?(?:m|bn|k|million|billion|jobs|posts|staff)\b/i;

const CUE_HITS = Symbol('disclosure cues');

const cuesOf = (doc: Doc): Array<PhraseHit<Cue>> => doc.memo(CUE_HITS, () => CUES.find(doc));

export interface Signal {
  start: number;
  end: number;
  kind: SignalKind;
}

/** The severity a signal deserves in its context, or null when it is not a disclosure. */
export function assessSignal(doc: Doc, signal: Signal): Severity | null {
  const sentence = doc.sentenceAt(signal.start);
  const next = doc.sentenceAfter(sentence);
  // A hint of secrecy may follow what it hints at: "...it's Harcourt Homes. Not public yet."
  const previous = signal.kind === 'secrecy' ? doc.sentenceBefore(sentence) : sentence;
  const from = previous.start;
  const to = next.end;
  if (askedAndDenied(doc, signal.start)) return null;
  const before1 = doc.sentenceBefore(sentence).start;
  const inWindow = cuesOf(doc).filter((hit) => hit.end <= to && (hit.start >= from || (CLEARING.has(hit.value) && hit.start >= before1)));
  const procedural = inWindow.filter((hit) => hit.value === 'procedural');
  // Words inside a procedural or cautionary phrase, or the author's own voice ("as the agenda says", "I'll say nothing", "I will say I disagree"), reveal nothing.
  const framing = inWindow.filter((hit) => hit.value === 'procedural' || hit.value === 'caution' || hit.value === 'voice');
  const has = (cue: Cue, from = 0) =>
    inWindow.some(
      (hit) =>
        hit.value === cue &&
        hit.start >= from &&
        !(hit.start < signal.end && hit.end > signal.start) &&
        !framing.some((p) => p !== hit && p.start <= hit.start && p.end >= hit.end),
    );
  // Content follows the signal: "the Part 2 report shows...", "...puts the offer at £4.2m".
  const after = doc.text.slice(signal.end, to);
  // After "I can't say more until it's published", only what follows the refusal can reveal anything.
  const caution = inWindow.find((hit) => hit.value === 'caution');
  const revealFrom = caution ? Math.max(signal.end, caution.end) : signal.end;
  // Within the refusal's own sentence, only what follows a "but" can reveal: "I can't tell you what was in it, and nor can anyone who wants to stay lawful".
  const refusalEnds = caution ? doc.sentenceAt(caution.start).end : revealFrom;
  const butAt = caution ? doc.text.slice(caution.end, refusalEnds).search(/\b(?:but|however|though|although|yet)\b/i) : -1;
  const revealStart = caution && revealFrom >= caution.end && butAt < 0 ? Math.max(revealFrom, refusalEnds) : revealFrom;
  const reveal = has('reveal', revealStart) || FIGURE.test(after);
  const at = doc.foldedOffset(signal.start);
  const before = doc.folded.text.slice(Math.max(doc.foldedOffset(from), at - 40), at);
  if (has('caution') && !reveal) return null;
  if (has('published')) return null;

  switch (signal.kind) {
    case 'secrecy':
    case 'confidential':
      if (!has('business')) return null;
      return reveal ? 'high' : 'medium';
    case 'confidence': {
      const opening = doc.text.slice(from, signal.start).trim() === '';
      const confided = /^confid/i.test(doc.text.slice(signal.start, signal.end));
      const own = doc.folded.text.slice(at, doc.foldedOffset(signal.end));
      if (!confided && !opening && !TOLD.test(`${before} ${own}`)) return null;
      return reveal || has('business') ? 'high' : 'medium';
    }
    case 'advice': {
      if (reveal) return 'high';
      const own = doc.folded.text.slice(at, doc.foldedOffset(signal.end));
      return OWNER.test(before) || /council|officer/.test(own) ? 'medium' : null;
    }
    case 'unannounced':
      if (!has('unannounced')) return null;
      return 'high';
    default:
      if (!reveal && procedural.length > 0) return null;
      if (!reveal && has('criticism')) return null;
      return reveal ? 'high' : 'medium';
  }
}


/**
 * The findings of a confidentiality-signal rule: its lexicon's hits minus their
 * antipatterns, the longest at each place, each kept only when assessSignal
 * says the draft reveals or hints at content.
 */
export function signalFindings<K extends Signal['kind']>(
  doc: Doc,
  matcher: PhraseMatcher<LexiconEntry<K>>,
  antipatterns: PhraseMatcher<LexiconEntry<K>>,
  messageIdOf: (kind: K) => string,
): RawFinding[] {
  const findings: RawFinding[] = [];
  let coveredTo = -1;
  for (const hit of withoutAntipatterns(matcher.find(doc), antipatterns.find(doc))) {
    // Hits come longest first at each start; skip shorter overlapping ones.
    if (hit.start < coveredTo) continue;
    const severity = assessSignal(doc, { start: hit.start, end: hit.end, kind: hit.value.kind });
    // The longest reading decides: once "confidential report" is cleared, its bare "confidential" is too.
    coveredTo = hit.end;
    if (!severity) continue;
    findings.push({ start: hit.start, end: hit.end, messageId: messageIdOf(hit.value.kind), severity });
  }
  return findings;
}

/**
 * Whether a span the trained tier reads as a disclosure says nothing confidential, read as the rules
 * read a signal: it points to what is published ("as the council announced", "in the public Cabinet
 * report"), or it refuses ("I can't tell you what was in it") or states the published procedure ("will
 * be taken in private under paragraph 3") with nothing revealed after (no reveal cue, no figure).
 * Clearing cues may stand a sentence before the span, as they may before a signal.
 */
export function nothingDisclosed(doc: Doc, start: number, end: number): boolean {
  if (askedAndDenied(doc, start)) return true;
  const sentence = doc.sentenceAt(start);
  const before1 = doc.sentenceBefore(sentence).start;
  // What follows in the next sentence can still reveal: "Agenda says exempt, para 1, but it's the Head of Finance. £180k."
  const to = doc.sentenceAfter(doc.sentenceAt(Math.max(start, end - 1))).end;
  const inWindow = cuesOf(doc).filter((hit) => hit.end <= to && (hit.start >= start || (CLEARING.has(hit.value) && hit.start >= before1)));
  if (inWindow.some((hit) => hit.value === 'published' && hit.end <= end)) return true;
  const clearing = inWindow.filter((hit) => hit.value === 'caution' || hit.value === 'procedural');
  if (clearing.length === 0 || FIGURE.test(doc.text.slice(start, to))) return false;
  const framing = inWindow.filter((hit) => hit.value === 'procedural' || hit.value === 'caution' || hit.value === 'voice');
  // After a refusal in the span only what follows it can reveal; a procedural statement, or a refusal after the span
  // ("...is confidential for now. I'll tell you as soon as it's public."), leaves the whole span to read.
  const refusal = clearing.find((hit) => hit.value === 'caution' && hit.start < end);
  const revealFrom = refusal ? refusal.end : start;
  return !inWindow.some(
    (hit) => hit.value === 'reveal' && hit.start >= revealFrom && !framing.some((f) => f.start <= hit.start && f.end >= hit.end),
  );
}
