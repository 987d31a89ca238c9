/**
 * The user's own settings as stored, kept current when another context (the popup, the daily
 * meetings refresh) saves them. Every change goes through saveSettings, which validates first: a
 * failed save writes nothing, and the caller keeps what the user typed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../utils/context/settings';
import { loadSettings, saveSettings, watchSettings, type SaveOutcome } from '../../utils/storage/settings-store';

export interface SettingsState {
  settings: Settings;
  /** Why the stored settings could not be read, when defaults are in use instead. */
  problem?: string;
  /** Settings paths the council set by policy ('council.name', 'accounts', 'rules.<id>'…). */
  locked: ReadonlySet<string>;
}

export type Save = (next: Settings) => Promise<SaveOutcome>;

const NOTHING_LOCKED: ReadonlySet<string> = new Set();

export function useSettings(): { state: SettingsState | null; save: Save } {
  const [state, setState] = useState<SettingsState | null>(null);

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setState({ ...loaded, locked: NOTHING_LOCKED }));
    const stop = watchSettings((loaded) => live && setState({ ...loaded, locked: NOTHING_LOCKED }));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const save: Save = async (next) => {
    const outcome = await saveSettings(next);
    if (outcome.ok) setState((current) => ({ settings: outcome.settings, locked: current?.locked ?? NOTHING_LOCKED }));
    return outcome;
  };

  return { state, save };
}
