/**
 * "Refresh meetings": fetch from the council's site in the effective settings (a managed policy
 * may set it) and save the meetings only when the whole fetch succeeded. Every attempt is
 * recorded in local:meetings-sync; a failure leaves the saved meetings exactly as they were.
 */
import type { MeetingsRefreshReply } from '../messaging/protocol';
import { loadEffectiveSettings } from '../storage/effective-settings';
import { recordMeetingsSync } from '../storage/meetings-sync';
import { loadSettings, saveSettings } from '../storage/settings-store';
import { mergeFetchedMeetings } from './merge-meetings';
import { DEFAULT_LIMITS, fetchModernGov, type FetchLimits } from './modern-gov-fetch';
import { missingPermission } from './permission';
import { translateProblem, type Problem } from './problem';
import { siteBase } from './site';

export interface RefreshOptions {
  now?: () => Date;
  limits?: FetchLimits;
}

let running: Promise<MeetingsRefreshReply> | undefined;

/** A refresh already under way (the alarm fired as the user pressed Refresh) is joined, not repeated. */
export function refreshMeetings(options: RefreshOptions = {}): Promise<MeetingsRefreshReply> {
  running ??= refreshOnce(options).finally(() => {
    running = undefined;
  });
  return running;
}

async function refreshOnce(options: RefreshOptions): Promise<MeetingsRefreshReply> {
  const now = (options.now ?? (() => new Date()))();
  const { settings } = await loadEffectiveSettings();
  const say = (problem: Problem) => translateProblem(problem, settings.language);
  const site = settings.council.modernGovSite;
  if (!site) return { ok: false, error: say({ key: 'background.error.noSite' }) };
  const base = siteBase(site);
  if (!base.ok) return { ok: false, error: say({ key: 'background.error.badSite', params: { site } }) };

  const failed = async (problem: Problem): Promise<MeetingsRefreshReply> => {
    const error = say(problem);
    await recordMeetingsSync(base.base, now.toISOString(), { ok: false, error });
    return { ok: false, error };
  };

  const permission = await missingPermission(base.base);
  if (permission) return failed(permission);
  const fetched = await fetchModernGov(base.base, now, options.limits ?? DEFAULT_LIMITS);
  if (!fetched.ok) return failed(fetched.problem);

  // Saved into the user's own stored settings, never the effective ones: a policy must not be written back as the user's choice.
  const stored = await loadSettings();
  if (stored.problem) return failed({ key: 'background.error.saveFailed', params: { detail: stored.problem } });
  const meetings = mergeFetchedMeetings(stored.settings.meetings, fetched.preview);
  const saved = await saveSettings({ ...stored.settings, meetings });
  if (!saved.ok) return failed({ key: 'background.error.saveFailed', params: { detail: saved.error } });

  await recordMeetingsSync(base.base, fetched.preview.fetchedAt, { ok: true });
  return { ok: true, meetings: fetched.preview.meetings.length, fetchedAt: fetched.preview.fetchedAt };
}
