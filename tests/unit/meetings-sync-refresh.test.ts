/**
 * Refresh now and the daily refresh: meetings are saved only when the whole fetch succeeded, a
 * failure keeps the previous meetings and records why, and the alarm exists only when a site is
 * set and its permission granted.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DAILY_REFRESH_ALARM, onRefreshAlarm, scheduleDailyRefresh } from '../../utils/background/daily-refresh';
import type { FetchLimits } from '../../utils/background/modern-gov-fetch';
import { refreshMeetings } from '../../utils/background/refresh';
import { defaultSettings, type Settings } from '../../utils/context/settings';
import { loadMeetingsSync, MEETINGS_SYNC_KEY, parseMeetingsSync } from '../../utils/storage/meetings-sync';
import { loadSettings, saveSettings } from '../../utils/storage/settings-store';
import { startModernGovServer, type ModernGovServer } from '../support/modern-gov-server';

const TODAY = new Date('2026-03-02T09:00:00Z');
const LATER = new Date('2026-03-03T09:00:00Z');
const LIMITS: FetchLimits = { timeoutMs: 1000, concurrency: 3, maxCommittees: 250, maxMeetings: 300 };

const CABINET = { committee: 'Cabinet', start: '2026-03-04T18:00:00Z', items: [] };
const OLD_PLANNING = { committee: 'Planning & Highways Committee', start: '2026-02-10T19:00:00Z', items: [{ title: 'Old item', restricted: false }] };

let server: ModernGovServer;
let host: string;
let granted: boolean;
beforeAll(async () => {
  server = await startModernGovServer({ today: TODAY });
  host = new URL(server.url).host;
});
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  server.heal();
  server.requests.length = 0;
  granted = true;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
});
afterEach(() => vi.restoreAllMocks());

async function withSite(site: string | null = server.url, meetings: Settings['meetings'] = [CABINET, OLD_PLANNING]): Promise<void> {
  const saved = await saveSettings({ ...defaultSettings(), council: { name: 'Anytown', ...(site ? { modernGovSite: site } : {}) }, meetings });
  if (!saved.ok) throw new Error(saved.error);
}
const refresh = (now = TODAY) => refreshMeetings({ now: () => now, limits: LIMITS });
const savedMeetings = async () => (await loadSettings()).settings.meetings.map((m) => `${m.committee} ${m.start} (${m.items.length} items)`);

describe('refresh now', () => {
  it('saves the fetched meetings, keeps meetings of committees the site does not list, and records the success', async () => {
    await withSite();
    expect(await refresh()).toEqual({ ok: true, meetings: 2, fetchedAt: '2026-03-02T09:00:00.000Z' });
    expect(await savedMeetings()).toEqual([
      'Cabinet 2026-03-04T18:00:00Z (0 items)',
      'Planning & Highways Committee 2026-03-09T18:30:00Z (7 items)',
      'Licensing Act 2003 Sub-Committee 2026-03-22T10:00:00Z (0 items)',
    ]);
    expect(await loadMeetingsSync()).toEqual({ site: server.url, lastAttempt: '2026-03-02T09:00:00.000Z', lastSuccess: '2026-03-02T09:00:00.000Z' });
  });

  it('keeps the previous meetings exactly when a later refresh fails, and records why', async () => {
    await withSite();
    await refresh();
    const before = (await loadSettings()).settings;
    server.fail('GetMeeting', 'malformed');
    const reply = await refresh(LATER);
    expect(reply.ok).toBe(false);
    expect((await loadSettings()).settings).toEqual(before);
    expect(await loadMeetingsSync()).toEqual({
      site: server.url,
      lastAttempt: '2026-03-03T09:00:00.000Z',
      lastSuccess: '2026-03-02T09:00:00.000Z',
      lastError: reply.ok ? undefined : reply.error,
    });
  });

  it.each([
    ['http500', `answered with an error (HTTP 500) when asked for the list of committees. The site may be down; try again later.`],
    ['timeout', `did not answer within 1 second. The site may be busy; try again later.`],
    ['html', `answered with a page that only moves on with JavaScript (a redirect or a bot check), not with meeting data. Open the address in your browser and use the address it ends up at; if it keeps happening, the site is blocking automatic requests.`],
    ['login', `asked for a sign-in instead of sending meeting data. The extension only reads the council’s public pages and never signs in: use the address of the public committee pages, not a members’ area.`],
    ['errorPage', `answered with an error page (“Runtime Error”) instead of meeting data. The site may be down, or the address is not the right one; try again later.`],
    ['page', `sent a web page instead of Modern.gov data. Check that this is your council’s Modern.gov site (the address of its committee pages), or the site may be blocking the request.`],
    ['empty', `answered, but lists no committees. Check that this is your council’s Modern.gov site.`],
  ] as const)('a %s failure changes no meeting', async (failure, words) => {
    await withSite();
    server.fail('*', failure);
    expect(await refresh()).toEqual({ ok: false, error: `${host} ${words}` });
    expect(await savedMeetings()).toEqual(['Cabinet 2026-03-04T18:00:00Z (0 items)', 'Planning & Highways Committee 2026-02-10T19:00:00Z (1 items)']);
    expect((await loadMeetingsSync())?.lastError).toBe(`${host} ${words}`);
  });

  it('refuses without the host permission, before any request', async () => {
    await withSite();
    granted = false;
    expect(await refresh()).toEqual({
      ok: false,
      error: `The extension does not have permission to contact ${host}. Press Import again and choose Allow when the browser asks.`,
    });
    expect(server.requests).toHaveLength(0);
  });

  it('says so when no site is set, and records nothing', async () => {
    await withSite(null);
    expect(await refresh()).toEqual({ ok: false, error: 'No Modern.gov site is set. Enter your council’s site address first.' });
    expect(await loadMeetingsSync()).toBeNull();
  });

  it('refuses a saved site over plain http, before any request', async () => {
    await withSite('http://democracy.example.gov.uk');
    expect(await refresh()).toEqual({
      ok: false,
      error: 'The Modern.gov site address “http://democracy.example.gov.uk” cannot be used: enter an address such as https://democracy.example.gov.uk.',
    });
    expect(fakeBrowser.permissions.contains).not.toHaveBeenCalled();
  });

  it('uses the site the council’s policy sets, over the user’s own', async () => {
    await withSite('https://democracy.elsewhere.gov.uk');
    await fakeBrowser.storage.managed.set({ modernGovSite: 'https://democracy.anytown.gov.uk' });
    granted = false;
    expect(await refresh()).toEqual({
      ok: false,
      error: 'The extension does not have permission to contact democracy.anytown.gov.uk. Press Import again and choose Allow when the browser asks.',
    });
  });

  it('does not write over stored settings it cannot read', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 3, council: { modernGovSite: server.url }, accounts: 'broken' } });
    // Unreadable settings read as defaults meanwhile, so no site is known and nothing is fetched or saved.
    expect(await refresh()).toEqual({ ok: false, error: 'No Modern.gov site is set. Enter your council’s site address first.' });
    expect(server.requests).toHaveLength(0);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ version: 3, council: { modernGovSite: server.url }, accounts: 'broken' });
  });
});

describe('the meetings-sync record', () => {
  it('reads an unreadable record as never refreshed', async () => {
    expect(parseMeetingsSync({ site: 'x', lastAttempt: 'yesterday' })).toBeNull();
    await fakeBrowser.storage.local.set({ [MEETINGS_SYNC_KEY.replace('local:', '')]: 42 });
    expect(await loadMeetingsSync()).toBeNull();
  });
});

describe('the daily refresh', () => {
  it('is not scheduled without a site, and an old alarm is removed', async () => {
    await withSite(null);
    fakeBrowser.alarms.create(DAILY_REFRESH_ALARM, { periodInMinutes: 1440 });
    expect(await scheduleDailyRefresh(TODAY)).toBe(false);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('is not scheduled without the host permission', async () => {
    await withSite();
    granted = false;
    expect(await scheduleDailyRefresh(TODAY)).toBe(false);
    expect(await fakeBrowser.alarms.get(DAILY_REFRESH_ALARM)).toBeUndefined();
  });

  it('runs daily, first soon after start when never refreshed', async () => {
    await withSite();
    vi.spyOn(Date, 'now').mockReturnValue(TODAY.getTime());
    expect(await scheduleDailyRefresh(TODAY)).toBe(true);
    expect(await fakeBrowser.alarms.get(DAILY_REFRESH_ALARM)).toEqual({
      name: DAILY_REFRESH_ALARM,
      scheduledTime: TODAY.getTime() + 60_000,
      periodInMinutes: 1440,
    });
  });

  it('waits out the day since the last attempt, so a browser restart does not refetch', async () => {
    await withSite();
    await refresh();
    const sixHoursLater = new Date(TODAY.getTime() + 6 * 3_600_000);
    vi.spyOn(Date, 'now').mockReturnValue(sixHoursLater.getTime());
    await scheduleDailyRefresh(sixHoursLater);
    expect((await fakeBrowser.alarms.get(DAILY_REFRESH_ALARM))?.scheduledTime).toBe(TODAY.getTime() + 24 * 3_600_000);
  });

  it('keeps an existing alarm rather than restarting its clock', async () => {
    await withSite();
    fakeBrowser.alarms.create(DAILY_REFRESH_ALARM, { when: 123, periodInMinutes: 1440 });
    expect(await scheduleDailyRefresh(TODAY)).toBe(true);
    expect((await fakeBrowser.alarms.get(DAILY_REFRESH_ALARM))?.scheduledTime).toBe(123);
  });

  it('refreshes when its alarm fires, and ignores other alarms', async () => {
    await withSite();
    await onRefreshAlarm({ name: 'something-else' }, { now: () => TODAY, limits: LIMITS });
    expect(server.requests).toHaveLength(0);
    await onRefreshAlarm({ name: DAILY_REFRESH_ALARM }, { now: () => TODAY, limits: LIMITS });
    expect(server.requests).toHaveLength(7);
    expect((await loadMeetingsSync())?.lastSuccess).toBe('2026-03-02T09:00:00.000Z');
  });
});


describe('overlapping refreshes', () => {
  it('joins a refresh already under way instead of asking the site twice', async () => {
    await withSite();
    const [first, second] = await Promise.all([refresh(), refresh()]);
    expect(second).toEqual(first);
    expect(first.ok).toBe(true);
    expect(server.requests).toHaveLength(7);
  });
});
