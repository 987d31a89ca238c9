/**
 * The calendar-link route: a council's iCalendar feed or CMIS meetings list, fetched from a real
 * HTTP server on 127.0.0.1. Meetings are saved only when the whole fetch succeeded; each failure
 * says what happened in plain words and changes nothing; the daily refresh covers it too.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DAILY_REFRESH_ALARM, onRefreshAlarm, scheduleDailyRefresh } from '../../utils/background/daily-refresh';
import { handleMessage } from '../../utils/background/messages';
import type { FetchLimits } from '../../utils/background/modern-gov-fetch';
import { refreshFeed } from '../../utils/background/refresh';
import { defaultSettings, type Settings } from '../../utils/context/settings';
import { FEED_SYNC_KEY, loadMeetingsSync, MEETINGS_SYNC_KEY } from '../../utils/storage/meetings-sync';
import { loadSettings, saveSettings } from '../../utils/storage/settings-store';
import { startFeedServer, type FeedFailure, type FeedServer } from '../support/feed-server';

const TODAY = new Date('2026-06-20T09:00:00Z');
const LIMITS: FetchLimits = { timeoutMs: 1000, concurrency: 3, maxCommittees: 250, maxMeetings: 300 };
const OPTIONS_PAGE = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/options.html' };

const CABINET = { committee: 'Cabinet', start: '2026-06-24T17:00:00Z', items: [] };
const OLD_PLANNING = { committee: 'Planning Committee', start: '2026-06-25T17:00:00Z', items: [{ title: 'Old item', restricted: false }] };

let server: FeedServer;
let host: string;
let granted: boolean;
beforeAll(async () => {
  server = await startFeedServer('cmis-real/listview.html');
  host = new URL(server.url).host;
});
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  server.heal();
  server.serve('cmis-real/listview.html');
  server.requests.length = 0;
  granted = true;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
});
afterEach(() => vi.restoreAllMocks());

async function withFeed(feed: string | null = server.url, meetings: Settings['meetings'] = [CABINET, OLD_PLANNING]): Promise<void> {
  const saved = await saveSettings({ ...defaultSettings(), council: { name: 'Birmingham', ...(feed ? { calendarFeed: feed } : {}) }, meetings });
  if (!saved.ok) throw new Error(saved.error);
}
const refresh = (now = TODAY) => refreshFeed({ now: () => now, limits: LIMITS });
const savedMeetings = async () => (await loadSettings()).settings.meetings.map((m) => `${m.committee} ${m.start}${m.end ? `–${m.end}` : ''}`);

describe('preview', () => {
  it('reads the real CMIS meetings list without saving anything', async () => {
    await withFeed(null);
    expect(await handleMessage({ type: 'feed:preview', feed: server.url }, OPTIONS_PAGE, { now: () => TODAY, limits: LIMITS })).toEqual({
      ok: true,
      preview: {
        site: server.url,
        committees: ['Planning Committee', 'Standards Committee'],
        meetings: [
          { committee: 'Planning Committee', start: '2026-07-09T10:00:00Z', items: [] },
          { committee: 'Standards Committee', start: '2026-07-23T13:00:00Z', items: [] },
        ],
        fetchedAt: '2026-06-20T09:00:00.000Z',
      },
    });
    expect((await loadSettings()).settings.meetings).toEqual([CABINET, OLD_PLANNING]);
    expect(server.requests).toEqual(['/calendar']);
  });

  it('reads an iCalendar feed, cancelled events left out', async () => {
    server.serve('ics/committee-calendar.ics');
    const reply = await handleMessage({ type: 'feed:preview', feed: server.url }, OPTIONS_PAGE, { now: () => new Date('2026-03-01T00:00:00Z'), limits: LIMITS });
    expect(reply.ok && 'preview' in reply && reply.preview.meetings.map((m) => `${m.committee} ${m.start}–${m.end}`)).toEqual([
      'Planning & Highways Committee 2026-03-11T18:30:00Z–2026-03-11T21:30:00Z',
      'Licensing Act 2003 Sub-Committee 2026-04-15T09:00:00Z–2026-04-15T11:00:00Z',
    ]);
  });

  it('refuses a plain-http address other than this machine, before any request', async () => {
    expect(await handleMessage({ type: 'feed:preview', feed: 'http://democracy.example.gov.uk/calendar.ics' }, OPTIONS_PAGE)).toEqual({
      ok: false,
      error: 'The extension received a request it does not understand (feed: expected a web address starting https://).',
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe('refresh', () => {
  it('replaces the meetings of the committees the calendar lists, keeps the rest, and records the success', async () => {
    await withFeed();
    expect(await refresh()).toEqual({ ok: true, meetings: 2, fetchedAt: '2026-06-20T09:00:00.000Z' });
    expect(await savedMeetings()).toEqual(['Cabinet 2026-06-24T17:00:00Z', 'Planning Committee 2026-07-09T10:00:00Z', 'Standards Committee 2026-07-23T13:00:00Z']);
    expect(await loadMeetingsSync(FEED_SYNC_KEY)).toEqual({ site: server.url, lastAttempt: '2026-06-20T09:00:00.000Z', lastSuccess: '2026-06-20T09:00:00.000Z' });
    // The Modern.gov record is another source's and is left alone.
    expect(await loadMeetingsSync(MEETINGS_SYNC_KEY)).toBeNull();
  });

  it.each<[FeedFailure | 'empty', string]>([
    ['http500', 'answered with an error (HTTP 500) when asked for the calendar. The site may be down; try again later.'],
    ['redirect', 'sent the request on to another address. Enter the address your browser ends up at when you open the council’s committee pages.'],
    ['login', 'asked for a sign-in instead of sending meeting data. The extension only reads the council’s public pages and never signs in: use the address of the public committee pages, not a members’ area.'],
    ['jsRedirect', 'answered with a page that only moves on with JavaScript (a redirect or a bot check), not with meeting data. Open the address in your browser and use the address it ends up at; if it keeps happening, the site is blocking automatic requests.'],
    ['page', 'sent a web page instead of a calendar. Use the calendar (iCal, .ics) link from the council’s meetings pages, or the address of a CMIS meetings list.'],
    ['empty', 'has no meetings in the next 90 days. Check that this is the council’s committee calendar.'],
  ])('a %s answer keeps the previous meetings and says why', async (failure, words) => {
    await withFeed();
    await refresh();
    const before = (await loadSettings()).settings;
    // A month on, every meeting the list shows is over: nothing in the next 90 days.
    if (failure !== 'empty') server.fail(failure);
    const later = new Date(failure === 'empty' ? '2026-08-01T09:00:00Z' : '2026-06-21T09:00:00Z');
    const reply = await refresh(later);
    const error = failure === 'empty' ? `The calendar at ${host} ${words}` : `${host} ${words}`;
    expect(reply).toEqual({ ok: false, error });
    expect((await loadSettings()).settings).toEqual(before);
    expect(await loadMeetingsSync(FEED_SYNC_KEY)).toEqual({ site: server.url, lastAttempt: later.toISOString(), lastSuccess: TODAY.toISOString(), lastError: error });
  });

  it('an unreadable calendar names the problem and changes nothing', async () => {
    await withFeed();
    server.serve('ics/malformed.ics');
    const reply = await refresh();
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(new RegExp(`^${host.replace(/\./g, '\\.')} sent data that could not be read \\(the calendar\\): iCalendar: could not read the file`));
    expect((await loadSettings()).settings.meetings).toEqual([CABINET, OLD_PLANNING]);
  });

  it('refuses without the host permission, before any request', async () => {
    await withFeed();
    granted = false;
    expect(await refresh()).toEqual({ ok: false, error: `The extension does not have permission to contact ${host}. Press Import again and choose Allow when the browser asks.` });
    expect(server.requests).toHaveLength(0);
  });

  it('says so when no calendar link is set', async () => {
    await withFeed(null);
    expect(await refresh()).toEqual({ ok: false, error: 'No calendar address is set. Paste your council’s calendar link first.' });
  });
});

describe('the daily refresh', () => {
  it('is scheduled for a calendar link alone, and refreshes it when the alarm fires', async () => {
    await withFeed();
    vi.spyOn(Date, 'now').mockReturnValue(TODAY.getTime());
    expect(await scheduleDailyRefresh(TODAY)).toBe(true);
    await onRefreshAlarm({ name: DAILY_REFRESH_ALARM }, { now: () => TODAY, limits: LIMITS });
    expect(server.requests).toEqual(['/calendar']);
    expect((await loadMeetingsSync(FEED_SYNC_KEY))?.lastSuccess).toBe(TODAY.toISOString());
  });

  it('is not scheduled without the host permission', async () => {
    await withFeed();
    granted = false;
    expect(await scheduleDailyRefresh(TODAY)).toBe(false);
  });
});
