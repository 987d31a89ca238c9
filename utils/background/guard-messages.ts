/**
 * The background's side of utils/messaging/guard.ts: validates what a content script asks (zod,
 * here rather than in every X and Facebook tab) and answers from validated settings. Mutes are
 * saved onto the user's own stored settings, never the effective ones, so a managed value never
 * becomes theirs; a rule the council forces on cannot be muted.
 */
import { z } from 'zod';
import { describeIssues } from '../context/result';
import type { Settings } from '../context/settings';
import { browserLanguages, resolveLocale, type Locale } from '../i18n/locale';
import { toPortable, type PortableRuleTexts } from '../i18n/rules/portable';
import type { GuardState } from '../messaging/guard';
import type { RuleTexts } from '../engine/types';
import { appendDecision, decisionSchema } from '../storage/decision-log';
import { loadEffectiveSettings } from '../storage/effective-settings';
import { loadRuntimeState } from '../storage/runtime-state';
import { loadSettings, saveSettings } from '../storage/settings-store';

const ruleId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a rule id');

export const guardMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('guard:state'), policy: z.boolean(), languages: z.array(z.string().max(35)).max(32).optional() }),
  z.strictObject({ type: z.literal('guard:mute'), scope: z.enum(['finding', 'rule']), ruleId, text: z.string().max(500) }),
  // Checked even when the log is off: a malformed message is a bug to report, not to drop quietly.
  z.strictObject({ type: z.literal('guard:decision'), decision: decisionSchema }),
]);

export type GuardAnswer = { ok: true; state: GuardState } | { ok: true } | { ok: false; error: string };

/** The rules' texts per language (rules/i18n), passed in by the background entrypoint: utils never import rules. */
export type RuleTextsByLocale = Partial<Record<Locale, RuleTexts>>;

export async function handleGuardMessage(raw: unknown, ruleTexts: RuleTextsByLocale = {}): Promise<GuardAnswer> {
  const parsed = guardMessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues, 'message') };
  const message = parsed.data;
  switch (message.type) {
    case 'guard:state':
      return { ok: true, state: withRuleTexts(await guardState(message.policy), message.languages ?? browserLanguages(), ruleTexts) };
    case 'guard:mute':
      return mute(message.scope, message.ruleId, message.text);
    case 'guard:decision': {
      const { settings } = await loadEffectiveSettings();
      const outcome = await appendDecision(message.decision, settings);
      return outcome.ok ? { ok: true } : outcome;
    }
  }
}

async function guardState(policy: boolean): Promise<GuardState> {
  const runtime = await loadRuntimeState();
  if (!policy) {
    const stored = await loadSettings();
    return { settings: stored.settings, locked: [], runtime, ...(stored.problem ? { problem: stored.problem } : {}) };
  }
  const effective = await loadEffectiveSettings();
  return { settings: effective.settings, locked: [...effective.locked], runtime, ...(effective.problem ? { problem: effective.problem } : {}) };
}

/** Built once: the same texts answer every tab. */
const portable = new Map<Locale, PortableRuleTexts>();
function withRuleTexts(state: GuardState, languages: readonly string[], ruleTexts: RuleTextsByLocale): GuardState {
  const locale = resolveLocale(state.settings.language, languages);
  const own = ruleTexts[locale];
  if (locale === 'en-GB' || !own) return state;
  let texts = portable.get(locale);
  if (!texts) portable.set(locale, (texts = toPortable(own)));
  return { ...state, ruleTexts: { locale, texts } };
}

async function mute(scope: 'finding' | 'rule', ruleId: string, text: string): Promise<GuardAnswer> {
  if (scope === 'rule' && (await loadEffectiveSettings()).locked.has(`rules.${ruleId}`)) {
    return { ok: false, error: 'your council’s policy keeps this rule on' };
  }
  const stored = await loadSettings();
  if (stored.problem) return { ok: false, error: stored.problem };
  const own = stored.settings;
  const next: Settings =
    scope === 'rule'
      ? { ...own, rules: { ...own.rules, [ruleId]: { ...own.rules[ruleId], enabled: false } } }
      : { ...own, dismissed: withDismissal(own.dismissed, { ruleId, text }) };
  const saved = await saveSettings(next);
  return saved.ok ? { ok: true } : saved;
}

/** The same words muted twice (two tabs, two panels) are kept once. */
function withDismissal(list: Settings['dismissed'], entry: Settings['dismissed'][number]): Settings['dismissed'] {
  return list.some((one) => one.ruleId === entry.ruleId && one.text === entry.text) ? list : [...list, entry];
}
