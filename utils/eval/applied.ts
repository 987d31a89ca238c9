/**
 * Every suggestion the engine offers on a request, applied and re-checked: what the corpus test
 * holds to (nothing of that category left where the edit was, and the edited sentence reads well)
 * and what `npm run eval` shows a person as before/after pairs.
 */
import { editOf } from '../engine/edit';
import { check } from '../engine/engine';
import { readsWell, type Rewrite } from '../engine/suggestions';
import type { CheckRequest } from '../engine/request';
import type { Finding } from '../engine/types';
import { splitSentences } from '../text/tokens';
import { RULES } from '../../rules';

/** The trained tier's rules (they defer to a hand-written rule over the same words). */
const MODEL_RULES = new Set(RULES.filter((rule) => rule.defers).map((rule) => rule.id));

export interface Applied {
  finding: Finding;
  edit: Rewrite;
  /** The draft after the edit. */
  after: string;
  /** Findings of the finding's category that the edit left (or made) where it was. */
  /** Findings of the same category from the hand-written rules still over the edited words. */
  remaining: Finding[];
  /** The same from the trained tier, which judges the whole sentence and may still read the rest of it as a problem. */
  modelRemaining: Finding[];
  readsWell: boolean;
}

/** An imprint suggestion is a template: the person fills in their address before it counts. */
const FILLED = { '[your address]': '1 High Street, Anytown AN1 1AA' } as const;

export function applySuggestions(request: CheckRequest): Applied[] {
  const { findings } = check(request);
  const flaggedBefore = new Set(findings.map((f) => `${f.ruleId}:${request.text.slice(f.start, f.end)}`));
  const results: Applied[] = [];
  for (const finding of findings) {
    if (finding.in) continue;
    // Another rule's finding on the same words has its own suggestion; it is judged on its own.
    const overlapping = new Set(findings.filter((g) => g !== finding && !g.in && g.start < finding.end && g.end > finding.start).map((g) => g.ruleId));
    const edits: Rewrite[] = finding.suggestions.map((text) => editOf(request.text, finding, text));
    if (finding.rewrite) edits.push(finding.rewrite);
    for (const edit of edits) {
      const text = edit.text.replace('[your address]', FILLED['[your address]']);
      const after = request.text.slice(0, edit.start) + text + request.text.slice(edit.end);
      // Only what the edit changed: a rewritten sentence keeps words another finding may cover.
      const changed = changedRange(request.text, after);
      const to = changed.to;
      const still = check({ ...request, text: after }).findings.filter(
        (f) =>
          !f.in &&
          f.category === finding.category &&
          f.start <= to &&
          f.end >= changed.from &&
          // Another rule's finding on words the edit kept is that finding's business, not this one's.
          (f.ruleId === finding.ruleId || (!overlapping.has(f.ruleId) && !flaggedBefore.has(`${f.ruleId}:${after.slice(f.start, f.end)}`))),
      );
      const remaining = still.filter((f) => !MODEL_RULES.has(f.ruleId));
      const modelRemaining = still.filter((f) => MODEL_RULES.has(f.ruleId));
      results.push({ finding, edit, after, remaining, modelRemaining, readsWell: sentenceReadsWell(after, edit.start, edit.start + text.length) });
    }
  }
  return results;
}

/** The sanity check on the sentence(s) around the edit; removing a whole sentence leaves nothing to check. */
function sentenceReadsWell(text: string, from: number, to: number): boolean {
  const sentences = splitSentences(text);
  const first = sentences.find((s) => s.end >= from);
  const last = [...sentences].reverse().find((s) => s.start <= to);
  if (!first || !last || text.trim() === '') return true;
  if (from === to && (text.slice(0, from).trim() === '' || /[.!?\n]\s*$/.test(text.slice(0, from)))) return true;
  return readsWell(text.slice(first.start, last.end), from - first.start, to - first.start);
}

/** Where `after` differs from `before`, as offsets into `after` (common prefix and suffix left out). */
function changedRange(before: string, after: string): { from: number; to: number } {
  let from = 0;
  while (from < before.length && from < after.length && before[from] === after[from]) from++;
  let tail = 0;
  while (tail < before.length - from && tail < after.length - from && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { from, to: after.length - tail };
}
