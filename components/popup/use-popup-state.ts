/**
 * What the popup shows: the effective settings (the council's managed policy applied, as the
 * content scripts see them), the runtime switches and the active tab, each kept current.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../utils/context/settings';
import { loadEffectiveSettings, watchEffectiveSettings } from '../../utils/storage/effective-settings';
import { loadRuntimeState, watchRuntimeState, type RuntimeState } from '../../utils/storage/runtime-state';

export interface PopupState {
  settings: Settings;
  runtime: RuntimeState;
  /** The active tab's address: readable because opening the popup grants activeTab. */
  tabUrl: string | undefined;
}

export function usePopupState(): PopupState | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [runtime, setRuntime] = useState<RuntimeState>({});
  const [tabUrl, setTabUrl] = useState<string | undefined>();

  useEffect(() => {
    void loadEffectiveSettings().then((loaded) => setSettings(loaded.settings));
    void loadRuntimeState().then(setRuntime);
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then((tabs) => setTabUrl(tabs[0]?.url))
      .catch(() => setTabUrl(undefined));
    const stopSettings = watchEffectiveSettings((loaded) => setSettings(loaded.settings));
    const stopRuntime = watchRuntimeState(setRuntime);
    return () => {
      stopSettings();
      stopRuntime();
    };
  }, []);

  return settings ? { settings, runtime, tabUrl } : null;
}
