/**
 * The user's settings in `browser.storage.local`, validated on the way in and out. Stored settings
 * that fail validation (a bug, a downgrade) are kept aside under another key rather than
 * overwritten, and the caller is told: nothing the user set up is silently lost.
 */
import { storage } from 'wxt/utils/storage';
import { defaultSettings, parseSettings, settingsSchema, type Settings } from '../context/settings';
import { describeIssues } from '../context/result';
import { browserLanguages, createTranslator, resolveLocale } from '../i18n';

export const SETTINGS_KEY = 'local:settings';
export const UNREADABLE_SETTINGS_KEY = 'local:settings-unreadable';

export interface LoadedSettings {
  settings: Settings;
  /** Why the stored settings could not be used (defaults are in force meanwhile). */
  problem?: string;
}

export async function loadSettings(): Promise<LoadedSettings> {
  return readStored(await storage.getItem<unknown>(SETTINGS_KEY));
}

async function readStored(raw: unknown): Promise<LoadedSettings> {
  if (raw === null || raw === undefined) return { settings: defaultSettings() };
  const parsed = parseSettings(raw);
  if (parsed.ok) return { settings: parsed.value };
  // Keep the first unreadable copy: a later save must not destroy what the user could still recover.
  if ((await storage.getItem(UNREADABLE_SETTINGS_KEY)) === null) await storage.setItem(UNREADABLE_SETTINGS_KEY, raw);
  // The stored language preference is unreadable too: follow the browser's.
  const t = createTranslator(resolveLocale('auto', browserLanguages()));
  return { settings: defaultSettings(), problem: t('common.settingsUnreadable', { error: parsed.error }) };
}

/** What the options page calls each field a person types into: its errors never show a field path. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  'council.policyUrl': 'The web address of your council’s social media policy',
  'council.modernGovSite': 'Your council’s Modern.gov site',
  'council.name': 'Your council’s name',
  'profile.name': 'Your name',
  'profile.imprint': 'Your imprint',
  'profile.committees': 'Your committees',
  'profile.ownContacts': 'Your own contact details',
  accounts: 'Your accounts',
  meetings: 'Your meetings',
  elections: 'Your elections',
  watchTerms: 'Your watch terms',
};

export type SaveOutcome = { ok: true; settings: Settings } | { ok: false; error: string };

/** Validates first: invalid settings are never written, and the stored ones stay as they were. */
export async function saveSettings(settings: unknown): Promise<SaveOutcome> {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues, 'settings', FIELD_NAMES) };
  await storage.setItem(SETTINGS_KEY, parsed.data);
  return { ok: true, settings: parsed.data };
}

/** Calls back with the new settings whenever any extension context saves them. */
export function watchSettings(callback: (loaded: LoadedSettings) => void): () => void {
  return storage.watch<unknown>(SETTINGS_KEY, (raw) => {
    void readStored(raw).then(callback);
  });
}
