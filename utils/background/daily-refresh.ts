/**
 * The daily meetings refresh, while the browser is open. Scheduled only when a Modern.gov site is
 * set and the user granted its host permission; otherwise any alarm is removed, so the extension
 * never tries to reach a site nobody asked it to. The first run after a browser start waits for
 * the rest of the day since the last attempt, so restarts do not multiply requests.
 */
import { browser, type Browser } from 'wxt/browser';
import { loadEffectiveSettings } from '../storage/effective-settings';
import { loadMeetingsSync } from '../storage/meetings-sync';
import { missingPermission } from './permission';
import { refreshMeetings, type RefreshOptions } from './refresh';
import { siteBase } from './site';

export const DAILY_REFRESH_ALARM = 'meetings-daily-refresh';
const DAY_MINUTES = 24 * 60;
/** Soon after start-up, but not in the browser's busiest first minute. */
const MIN_DELAY_MINUTES = 1;

/** Creates, keeps or clears the alarm to match the settings. Returns whether a refresh is scheduled. */
export async function scheduleDailyRefresh(now: Date = new Date()): Promise<boolean> {
  const { settings } = await loadEffectiveSettings();
  const base = settings.council.modernGovSite ? siteBase(settings.council.modernGovSite) : undefined;
  if (!base?.ok || (await missingPermission(base.base))) {
    await browser.alarms.clear(DAILY_REFRESH_ALARM);
    return false;
  }
  if (await browser.alarms.get(DAILY_REFRESH_ALARM)) return true;
  const sync = await loadMeetingsSync();
  const last = sync?.site === base.base ? Date.parse(sync.lastAttempt) : Number.NaN;
  const dueIn = Number.isNaN(last) ? 0 : (last + DAY_MINUTES * 60_000 - now.getTime()) / 60_000;
  browser.alarms.create(DAILY_REFRESH_ALARM, { delayInMinutes: Math.max(MIN_DELAY_MINUTES, dueIn), periodInMinutes: DAY_MINUTES });
  return true;
}

export async function onRefreshAlarm(alarm: Pick<Browser.alarms.Alarm, 'name'>, options: RefreshOptions = {}): Promise<void> {
  if (alarm.name !== DAILY_REFRESH_ALARM) return;
  // The outcome, success or failure, is recorded in local:meetings-sync for the options page.
  await refreshMeetings(options);
}
