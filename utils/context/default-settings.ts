/**
 * The settings before the user sets anything, written out rather than parsed from the schema so
 * the content scripts, which start with them, need no zod. A unit test holds this equal to what
 * the schema's own defaults give (context-settings.test.ts).
 */
import type { Settings } from './settings';

export const SETTINGS_VERSION = 3;

export const defaultSettings = (): Settings => ({
  version: SETTINGS_VERSION,
  setupComplete: false,
  setupSkipped: false,
  language: 'auto',
  council: { name: '' },
  decisionLog: { enabled: false, includeText: false },
  profile: { role: 'councillor', name: '', committees: [], imprint: '', ownContacts: [] },
  accounts: [],
  defaultAccountKind: 'councillor',
  elections: [],
  meetings: [],
  watchTerms: [],
  dismissed: [],
  rules: {},
});
