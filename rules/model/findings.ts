/**
 * Turns the trained tier's scores into findings for one category: a sentence
 * (or a pair of sentences, when neither alone is enough) over the calibrated
 * thresholds becomes a finding on that span, medium or high, and a borderline
 * one a low hint that never interrupts. The words that weighed most are named
 * in the message data, so the person sees why.
 */
import type { Doc } from '../../utils/engine/doc';
import type { RawFinding, Severity } from '../../utils/engine/types';
import { judgeable } from '../../utils/model/units';
import { headIndex, languageModel, scoresOf, type DocScores, type ModelHead } from './scores';
import { UNIT_CONDITIONS } from './targets';

export interface ModelFindingOptions {
  messageId: string;
  /** Where the draft goes: whom "you" means (rules/model/targets.ts). */
  surface?: string;
}

const MAX_FINDINGS = 10;

export function modelFindings(doc: Doc, head: ModelHead, options: ModelFindingOptions): RawFinding[] {
  if (doc.text.trim() === '') return [];
  const scores = scoresOf(doc);
  const h = headIndex(head);
  const { low, medium, high } = languageModel().heads[h]!.thresholds;
  const condition = UNIT_CONDITIONS[head];
  const levelOf = (p: number): Severity | undefined => (p >= high ? 'high' : p >= medium ? 'medium' : p >= low ? 'low' : undefined);
  const taken: Array<{ start: number; end: number; severity: Severity; index: number }> = [];
  const rank = { high: 0, medium: 1, low: 2 } as const;
  // Single sentences first (the narrowest span), then pairs that say more together than apart.
  const bySize = scores.units.map((unit, index) => ({ unit, index })).sort((a, b) => Number(isPair(scores, a.index)) - Number(isPair(scores, b.index)) || a.index - b.index);
  for (const { unit, index } of bySize) {
    const severity = levelOf(scores.probabilities[index]![h]!);
    if (!severity) continue;
    if (!judgeable(scores.words, unit.from, unit.to)) continue;
    if (condition && !condition(scores.words.slice(unit.from, unit.to).map((w) => w.text), options.surface)) continue;
    const overlapping = taken.filter((t) => t.start < unit.end && unit.start < t.end);
    // A pair counts only when it says more than the sentences in it already do.
    if (overlapping.some((t) => rank[t.severity] <= rank[severity])) continue;
    for (const t of overlapping) taken.splice(taken.indexOf(t), 1);
    taken.push({ start: unit.start, end: unit.end, severity, index });
    // A long paste needs a few marked, not hundreds (and the overlap check stays short).
    if (taken.length >= MAX_FINDINGS) break;
  }
  return taken
    .sort((a, b) => a.start - b.start)
    .slice(0, MAX_FINDINGS)
    .map((t) => ({ start: t.start, end: t.end, severity: t.severity, messageId: options.messageId, data: { words: drivingWords(doc, scores, t.index, h) } }));
}

/**
 * The model reads the words, not what they do: a finding the rule's reading of its context clears (a refusal, an open
 * mind, a decision made, a denial, abuse quoted to condemn it) is held to a quiet hint, never an interruption.
 */
export function heldToHint(findings: RawFinding[], cleared: (finding: RawFinding) => boolean): RawFinding[] {
  return findings.map((finding) => (finding.severity !== 'low' && cleared(finding) ? { ...finding, severity: 'low' } : finding));
}

/** A pair is scored right after its first sentence, with the same first word (see utils/model/units.ts): O(1), not a search. */
const isPair = (scores: DocScores, index: number) => index > 0 && scores.units[index - 1]!.from === scores.units[index]!.from;

/**
 * The words that added most to the score, as typed: the stretch from the first to the last of the
 * (at most three) strongest words when it is short, else the strongest word alone. Always the
 * draft's own text, so it reads the same in any language.
 */
function drivingWords(doc: Doc, scores: DocScores, index: number, head: number): string {
  const unit = scores.units[index]!;
  const shares: Array<{ word: number; share: number }> = [];
  for (let w = unit.from; w < unit.to; w++) shares.push({ word: w, share: scores.contribution(w, head) });
  const top = shares.filter((s) => s.share > 0).sort((a, b) => b.share - a.share || a.word - b.word);
  const best = top[0]?.share ?? 0;
  const chosen = top.filter((s) => s.share >= best / 3).slice(0, 3).sort((a, b) => a.word - b.word);
  if (chosen.length === 0) return doc.text.slice(unit.start, unit.end);
  const first = scores.words[chosen[0]!.word]!;
  const last = scores.words[chosen[chosen.length - 1]!.word]!;
  const strongest = scores.words[top[0]!.word]!;
  return last.end - first.start <= 40 ? doc.text.slice(first.start, last.end) : doc.text.slice(strongest.start, strongest.end);
}
