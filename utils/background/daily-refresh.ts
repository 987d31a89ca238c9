/**
 * The daily meetings refresh, while the browser is open. Scheduled only when a Modern.gov site or
 * a calendar link is set and the user granted its host permission; otherwise any alarm is
 * removed, so the extension never tries to reach a site nobody asked it to. The first run after a
 * browser start waits for the rest of the day since the last attempt, so restarts do not multiply
 * requests. Each source refreshes on its own: one failing keeps its previous meetings and says
 * why, and does not stop the other.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Settings } from '../context/settings';
import { loadEffectiveSettings } from '../storage/effective-settings';
import { loadMeetingsSync } from '../storage/meetings-sync';
import { missingPermission } from './permission';
import { CALENDAR_FEED, MODERN_GOV, refreshMeetings, type RefreshOptions } from './refresh';

export const DAILY_REFRESH_ALARM = 'meetings-daily-refresh';
const DAY_MINUTES = 24 * 60;
/** Soon after start-up, but not in the browser's busiest first minute. */
const MIN_DELAY_MINUTES = 1;
const SOURCES = [MODERN_GOV, CALENDAR_FEED];

/** The sources set in the settings whose host the user allowed. */
async function activeSources(settings: Settings): Promise<{ source: (typeof SOURCES)[number]; base: string }[]> {
  const active = [];
  for (const source of SOURCES) {
    const address = source.address(settings);
    const base = address ? source.base(address) : undefined;
    if (base && !(await missingPermission(base))) active.push({ source, base });
  }
  return active;
}

/** Creates, keeps or clears the alarm to match the settings. Returns whether a refresh is scheduled. */
export async function scheduleDailyRefresh(now: Date = new Date()): Promise<boolean> {
  const { settings } = await loadEffectiveSettings();
  const active = await activeSources(settings);
  if (active.length === 0) {
    await browser.alarms.clear(DAILY_REFRESH_ALARM);
    return false;
  }
  if (await browser.alarms.get(DAILY_REFRESH_ALARM)) return true;
  // Due when the source refreshed longest ago is due; one never tried is due now.
  const lastAttempts = await Promise.all(
    active.map(async ({ source, base }) => {
      const sync = await loadMeetingsSync(source.sync);
      return sync?.site === base ? Date.parse(sync.lastAttempt) : Number.NaN;
    }),
  );
  const last = Math.min(...lastAttempts);
  const dueIn = Number.isNaN(last) ? 0 : (last + DAY_MINUTES * 60_000 - now.getTime()) / 60_000;
  browser.alarms.create(DAILY_REFRESH_ALARM, { delayInMinutes: Math.max(MIN_DELAY_MINUTES, dueIn), periodInMinutes: DAY_MINUTES });
  return true;
}

export async function onRefreshAlarm(alarm: Pick<Browser.alarms.Alarm, 'name'>, options: RefreshOptions = {}): Promise<void> {
  if (alarm.name !== DAILY_REFRESH_ALARM) return;
  const { settings } = await loadEffectiveSettings();
  // The outcome, success or failure, is recorded per source for the options page. One after the
  // other, not together: both save into the same settings.
  for (const { source } of await activeSources(settings)) await refreshMeetings(options, source);
}
