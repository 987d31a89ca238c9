/**
 * The settings the options page shows and saves. It shows the effective settings (the council's
 * managed policy laid over the user's own) with the policy's paths locked; it saves the user's own
 * settings only, with managed values taken back out. Every save goes through saveSettings, which
 * validates first: a failed save writes nothing, and the form keeps what the user typed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { RULES } from '../../rules';
import type { Settings } from '../../utils/context/settings';
import { applyManagedPolicy, readManagedPolicy, type ManagedPolicy } from '../../utils/storage/managed-policy';
import { loadSettings, saveSettings, watchSettings, type SaveOutcome } from '../../utils/storage/settings-store';
import { withoutManagedValues } from './managed-values';

export interface SettingsState {
  /** What the page shows: the user's settings with managed values in place. */
  settings: Settings;
  /** Settings paths the council set by policy ('council.name', 'accounts.x:handle', 'rules.<id>'…). */
  locked: ReadonlySet<string>;
  /** Why the stored settings could not be read, when defaults are in use instead. */
  problem?: string;
  /** Why the council's policy could not be applied (its details, untranslated). */
  policyProblem?: string;
}

export type Save = (next: Settings) => Promise<SaveOutcome>;

interface Loaded {
  own: Settings;
  policy: ManagedPolicy | null;
  problem?: string;
  policyProblem?: string;
}

const RULE_IDS = RULES.map((rule) => rule.id);

function present({ own, policy, problem, policyProblem }: Loaded): SettingsState {
  const { settings, locked } = applyManagedPolicy(own, policy);
  return { settings, locked, ...(problem ? { problem } : {}), ...(policyProblem ? { policyProblem } : {}) };
}

export function useSettings(): { state: SettingsState | null; save: Save } {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // A reload that began before a later save or reload must not land: it read older storage, and
  // the next edit would be built on it and undo the save.
  const generation = useRef(0);

  useEffect(() => {
    let live = true;
    const reload = async () => {
      const mine = ++generation.current;
      const [stored, reading] = await Promise.all([loadSettings(), readManagedPolicy(RULE_IDS)]);
      if (!live || mine !== generation.current) return;
      setLoaded({
        own: stored.settings,
        policy: reading.policy,
        ...(stored.problem ? { problem: stored.problem } : {}),
        ...(reading.problem ? { policyProblem: reading.problem.detail } : {}),
      });
    };
    void reload();
    const stopSettings = watchSettings(() => void reload());
    // IT may push a new policy while the page is open.
    const onManaged = (_changes: unknown, area: string) => area === 'managed' && void reload();
    browser.storage.onChanged.addListener(onManaged);
    return () => {
      live = false;
      stopSettings();
      browser.storage.onChanged.removeListener(onManaged);
    };
  }, []);

  const save: Save = async (next) => {
    if (!loaded) return { ok: false, error: 'settings are still loading' };
    const { locked } = applyManagedPolicy(loaded.own, loaded.policy);
    generation.current++;
    const outcome = await saveSettings(withoutManagedValues(next, loaded.own, locked));
    if (outcome.ok) setLoaded((current) => (current ? { ...current, own: outcome.settings } : current));
    return outcome;
  };

  return { state: loaded ? present(loaded) : null, save };
}
