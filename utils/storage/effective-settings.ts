/**
 * The settings every checking context uses: what the user saved, with the council's managed
 * policy laid over it. Content scripts and the popup read these; the options page edits the
 * stored settings and shows the `locked` paths read-only.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../context/settings';
import { browserLanguages, createTranslator, resolveLocale } from '../i18n';
import { applyManagedPolicy, readManagedPolicy, type PolicyProblem } from './managed-policy';
import { RULE_IDS } from './rule-ids';
import { loadSettings, SETTINGS_KEY } from './settings-store';

export interface EffectiveSettings {
  settings: Settings;
  /** Settings paths the managed policy decides (see managed-policy.ts for the list). */
  locked: ReadonlySet<string>;
  /** Why stored settings or the policy could not be used, in the settings' language (both, when both failed). */
  problem?: string;
  /** The policy's part of `problem` alone, for the options page's managed-policy notice. */
  policyProblem?: string;
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [stored, reading] = await Promise.all([loadSettings(), readManagedPolicy(RULE_IDS)]);
  const { settings, locked } = applyManagedPolicy(stored.settings, reading.policy);
  const policyProblem = reading.problem ? describePolicyProblem(reading.problem, settings) : undefined;
  const problem = [stored.problem, policyProblem].filter(Boolean).join(' ');
  return { settings, locked, ...(problem ? { problem } : {}), ...(policyProblem ? { policyProblem } : {}) };
}

function describePolicyProblem(problem: PolicyProblem, settings: Settings): string {
  const t = createTranslator(resolveLocale(settings.language, browserLanguages()));
  return t('background.policy.invalid', { detail: problem.detail });
}

/**
 * Calls back with fresh effective settings whenever the stored settings or the managed policy
 * change (IT can push a new policy while the browser is open). Returns the unsubscribe function.
 */
export function watchEffectiveSettings(callback: (effective: EffectiveSettings) => void): () => void {
  const settingsKey = SETTINGS_KEY.replace(/^local:/, '');
  let latest = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'managed' && !(area === 'local' && settingsKey in changes)) return;
    // Changes can land faster than a reload finishes: only the newest reload is reported.
    const run = ++latest;
    void loadEffectiveSettings().then((effective) => {
      if (run === latest) callback(effective);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
