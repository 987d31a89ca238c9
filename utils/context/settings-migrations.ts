/**
 * Each migration takes settings of version n to n + 1, as plain JSON, before
 * validation. They never touch their input: the caller passes a copy.
 */
type Json = Record<string, unknown>;

export const MIGRATIONS: Record<number, (settings: Json) => Json> = {
  // v1 kept committees as one comma-separated string typed by the user; v2 keeps a list,
  // because committee names are matched one by one against meeting calendars.
  1: (v1) => {
    const profile = isObject(v1.profile) ? { ...v1.profile } : v1.profile;
    if (isObject(profile) && typeof profile.committees === 'string') {
      profile.committees = profile.committees
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
    }
    return { ...v1, version: 2, profile };
  },
  // v3 added language, council, decision log and first-run state, all with defaults. Someone
  // upgrading already has settings, so first-run setup is not shown to them again.
  2: (v2) => ({ ...v2, version: 3, setupComplete: true }),
};

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
