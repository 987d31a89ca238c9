/**
 * The local record of "posted anyway" decisions, kept only when the user turned it on in the
 * options page. It holds when, where, which categories and rules, and the reason the person
 * typed; the draft's text only with a second, explicit opt-in. It never leaves the browser
 * except as a file the user exports themselves.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { PLATFORMS, SURFACES } from '../engine/request';
import { CATEGORIES } from '../engine/types';
import { describeIssues } from '../context/result';
import type { Settings } from '../context/settings';

export const DECISION_LOG_KEY = 'local:decision-log';
/** Enough for years of use; the oldest go first so storage cannot grow without bound. */
export const DECISION_LOG_LIMIT = 1000;
export const REASON_LIMIT = 500;

export const decisionSchema = z.strictObject({
  at: z.iso.datetime({ offset: true }),
  platform: z.enum(PLATFORMS),
  surface: z.enum(SURFACES),
  categories: z.array(z.enum(CATEGORIES)).min(1, 'expected at least one category').max(CATEGORIES.length),
  ruleIds: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a rule id')).min(1, 'expected at least one rule id').max(100),
  reason: z.string().trim().max(REASON_LIMIT, `must be at most ${REASON_LIMIT} characters`).optional(),
  text: z.string().max(200_000).optional(),
});

export type Decision = z.output<typeof decisionSchema>;
export type DecisionInput = z.input<typeof decisionSchema>;

export interface LoadedDecisions {
  entries: Decision[];
  /** How many stored entries could not be read and were left out. */
  unreadable: number;
}

/** Entry by entry: one damaged record must not hide the rest of the log. */
export function parseDecisionLog(raw: unknown): LoadedDecisions {
  if (!Array.isArray(raw)) return { entries: [], unreadable: raw === null || raw === undefined ? 0 : 1 };
  const entries: Decision[] = [];
  let unreadable = 0;
  for (const item of raw) {
    const parsed = decisionSchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
    else unreadable++;
  }
  return { entries, unreadable };
}

export async function loadDecisionLog(): Promise<LoadedDecisions> {
  return parseDecisionLog(await storage.getItem<unknown>(DECISION_LOG_KEY));
}

export type AppendOutcome = { ok: true; recorded: boolean } | { ok: false; error: string };

/**
 * Records one decision if the user turned the log on. The text is dropped unless they also chose
 * to keep it, whatever the caller passed: the settings decide, not the content script.
 */
export async function appendDecision(
  decision: DecisionInput,
  settings: Pick<Settings, 'decisionLog'>,
): Promise<AppendOutcome> {
  if (!settings.decisionLog.enabled) return { ok: true, recorded: false };
  const { text, ...rest } = decision;
  const candidate = settings.decisionLog.includeText && text !== undefined ? { ...rest, text } : rest;
  const parsed = decisionSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues, 'decision') };
  // A reason of only spaces is no reason: leave the field out rather than store "".
  const { reason, ...kept } = parsed.data;
  const entry: Decision = reason ? { ...kept, reason } : kept;
  const { entries } = await loadDecisionLog();
  await storage.setItem(DECISION_LOG_KEY, [...entries, entry].slice(-DECISION_LOG_LIMIT));
  return { ok: true, recorded: true };
}

export async function clearDecisionLog(): Promise<void> {
  await storage.removeItem(DECISION_LOG_KEY);
}

/** The file the user downloads: plain JSON, newest last, as stored. */
export const exportDecisionLog = (entries: readonly Decision[]): string => `${JSON.stringify(entries, null, 2)}\n`;

export function watchDecisionLog(callback: (loaded: LoadedDecisions) => void): () => void {
  return storage.watch<unknown>(DECISION_LOG_KEY, (raw) => callback(parseDecisionLog(raw)));
}
