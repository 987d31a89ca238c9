/**
 * Reading settings from storage, an import file or the CLI: migrate, then
 * validate, and either return complete settings or a plain-words error.
 */
import { describeIssues, fail, ok, type Result } from './result';
import { MIGRATIONS, isObject } from './settings-migrations';
import { SETTINGS_VERSION, settingsSchema, type Settings } from './settings';

/** Accepts parsed JSON or the text of a settings file. */
export function parseSettings(json: unknown): Result<Settings> {
  let raw = json;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch (error) {
      return fail(`settings: not valid JSON (${(error as Error).message})`);
    }
  }
  if (!isObject(raw)) return fail('settings: expected an object');

  // The first release wrote no version, so a file without one is read as version 1.
  const version = raw.version ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('version: expected a whole number from 1');
  }
  if (version > SETTINGS_VERSION) {
    return fail(`version: ${version} is newer than this version understands (${SETTINGS_VERSION}); update the extension`);
  }

  let migrated: Record<string, unknown> = structuredClone(raw);
  for (let from = version; from < SETTINGS_VERSION; from++) {
    const migrate = MIGRATIONS[from];
    if (!migrate) return fail(`version: no way to upgrade settings from version ${from}`);
    migrated = migrate(migrated);
  }

  const parsed = settingsSchema.safeParse(migrated);
  return parsed.success ? ok(parsed.data) : fail(describeIssues(parsed.error.issues));
}

export type ImportOutcome = { ok: true; settings: Settings } | { ok: false; settings: Settings; error: string };

/**
 * Replaces the settings wholesale with an imported file, or, if anything in
 * it is wrong, keeps `current` exactly as it was and says what was wrong.
 */
export function importSettings(current: Settings, json: unknown): ImportOutcome {
  const parsed = parseSettings(json);
  return parsed.ok ? { ok: true, settings: parsed.value } : { ok: false, settings: current, error: parsed.error };
}

export const serialiseSettings = (settings: Settings): string => `${JSON.stringify(settings, null, 2)}\n`;
