/**
 * "Refresh meetings": fetch from the council's Modern.gov site, or its calendar link, as set in
 * the effective settings (a managed policy may set the site) and save the meetings only when
 * the whole fetch succeeded. Every attempt is recorded (local:meetings-sync for the site,
 * local:feed-sync for the calendar link); a failure leaves the saved meetings exactly as they were.
 */
import type { Settings } from '../context/settings';
import type { MeetingsRefreshReply } from '../messaging/protocol';
import { loadEffectiveSettings } from '../storage/effective-settings';
import { FEED_SYNC_KEY, MEETINGS_SYNC_KEY, recordMeetingsSync, type SyncKey } from '../storage/meetings-sync';
import { loadSettings, saveSettings } from '../storage/settings-store';
import { fetchFeed } from './feed-fetch';
import { mergeFetchedMeetings } from './merge-meetings';
import { DEFAULT_LIMITS, fetchModernGov, type FetchLimits, type FetchOutcome } from './modern-gov-fetch';
import { missingPermission } from './permission';
import { translateProblem, type Problem } from './problem';
import { feedAddress, siteBase } from './site';

export interface RefreshOptions {
  now?: () => Date;
  limits?: FetchLimits;
}

/** Where meetings come from: the address in the settings, how to fetch it, where its outcome is recorded. */
interface Source {
  sync: SyncKey;
  address(settings: Settings): string | undefined;
  missing: Problem;
  bad(address: string): Problem;
  /** The address to fetch, or undefined when it cannot be used. */
  base(address: string): string | undefined;
  fetch(base: string, now: Date, limits: FetchLimits): Promise<FetchOutcome>;
}

export const MODERN_GOV: Source = {
  sync: MEETINGS_SYNC_KEY,
  address: (settings) => settings.council.modernGovSite,
  missing: { key: 'background.error.noSite' },
  bad: (site) => ({ key: 'background.error.badSite', params: { site } }),
  base: (site) => {
    const base = siteBase(site);
    return base.ok ? base.base : undefined;
  },
  fetch: fetchModernGov,
};

export const CALENDAR_FEED: Source = {
  sync: FEED_SYNC_KEY,
  address: (settings) => settings.council.calendarFeed,
  missing: { key: 'background.error.noFeed' },
  bad: (feed) => ({ key: 'background.error.badFeed', params: { feed } }),
  base: feedAddress,
  fetch: fetchFeed,
};

const running = new Map<Source, Promise<MeetingsRefreshReply>>();

/** A refresh already under way (the alarm fired as the user pressed Refresh) is joined, not repeated. */
export function refreshMeetings(options: RefreshOptions = {}, source: Source = MODERN_GOV): Promise<MeetingsRefreshReply> {
  let refresh = running.get(source);
  if (!refresh) {
    refresh = refreshOnce(options, source).finally(() => running.delete(source));
    running.set(source, refresh);
  }
  return refresh;
}

export const refreshFeed = (options: RefreshOptions = {}): Promise<MeetingsRefreshReply> => refreshMeetings(options, CALENDAR_FEED);

async function refreshOnce(options: RefreshOptions, source: Source): Promise<MeetingsRefreshReply> {
  const now = (options.now ?? (() => new Date()))();
  const { settings } = await loadEffectiveSettings();
  const say = (problem: Problem) => translateProblem(problem, settings.language);
  const address = source.address(settings);
  if (!address) return { ok: false, error: say(source.missing) };
  const base = source.base(address);
  if (!base) return { ok: false, error: say(source.bad(address)) };

  const failed = async (problem: Problem): Promise<MeetingsRefreshReply> => {
    const error = say(problem);
    await recordMeetingsSync(base, now.toISOString(), { ok: false, error }, source.sync);
    return { ok: false, error };
  };

  const permission = await missingPermission(base);
  if (permission) return failed(permission);
  const fetched = await source.fetch(base, now, options.limits ?? DEFAULT_LIMITS);
  if (!fetched.ok) return failed(fetched.problem);

  // Saved into the user's own stored settings, never the effective ones: a policy must not be written back as the user's choice.
  const stored = await loadSettings();
  if (stored.problem) return failed({ key: 'background.error.saveFailed', params: { detail: stored.problem } });
  const meetings = mergeFetchedMeetings(stored.settings.meetings, fetched.preview);
  const saved = await saveSettings({ ...stored.settings, meetings });
  if (!saved.ok) return failed({ key: 'background.error.saveFailed', params: { detail: saved.error } });

  await recordMeetingsSync(base, fetched.preview.fetchedAt, { ok: true }, source.sync);
  return { ok: true, meetings: fetched.preview.meetings.length, fetchedAt: fetched.preview.fetchedAt };
}
