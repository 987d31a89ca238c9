/**
 * Importing meetings from a council's calendar link, end to end: the options page asks for that
 * host's permission, the background fetches the real Birmingham CMIS meetings list from a local
 * server (tests/support/feed-server, dates moved to lie ahead), the page previews, and saves only
 * when the user confirms. Failures change nothing and say why in plain words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, type BrowserSession } from '../support/chromium';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { SEEDED_SETTINGS, launchWithLocalHostGranted, openOptions as openOptionsPage, recordPermissionRequests, storageGet } from './options-support';

const START = { ...SEEDED_SETTINGS, meetings: [] };

describe.skipIf(!chromiumPath())('calendar-link import from the options page', () => {
  let session: BrowserSession;
  let server: FeedServer;
  let asked: () => Promise<unknown[]>;

  beforeAll(async () => {
    server = await startFeedServer('cmis-real/listview.html', { today: new Date() });
    session = await launchWithLocalHostGranted(new URL(server.url).origin);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function openOptions(): Promise<Page> {
    server.heal();
    const page = await openOptionsPage(session, { settings: START }, { section: 'meetings' });
    asked = await recordPermissionRequests(page);
    await page.getByLabel('Calendar link', { exact: true }).fill(server.url);
    return page;
  }

  it('previews the CMIS list, then saves its meetings and the link on confirmation', async () => {
    const page = await openOptions();
    await page.getByRole('button', { name: 'Find meetings in the calendar' }).click();
    const preview = page.locator('section.preview');
    await preview.getByRole('heading', { name: 'Found 2 meetings' }).waitFor();
    expect(await preview.locator('li[data-meeting]').evaluateAll((items) => items.map((li) => li.getAttribute('data-meeting')))).toEqual([
      'Planning Committee',
      'Standards Committee',
    ]);
    // CMIS lists no end time: none is invented, and the page says the checks assume one.
    expect(await preview.locator('.end-assumed').count()).toBe(2);
    expect(await preview.locator('.end-assumed').first().textContent()).toContain('end time assumed');
    expect(await storageGet(page, 'settings')).toEqual(START);

    await preview.getByRole('button', { name: 'Save these 2 meetings' }).click();
    await page.getByText('Saved 2 meetings.').waitFor();
    expect(await asked()).toEqual([{ origins: ['http://127.0.0.1/*'] }]);
    const stored = (await storageGet(page, 'settings')) as { meetings: { committee: string; end?: string }[]; council: { calendarFeed?: string } };
    expect(stored.meetings.map((m) => m.committee)).toEqual(['Planning Committee', 'Standards Committee']);
    expect(stored.meetings.every((m) => m.end === undefined)).toBe(true);
    expect(stored.council.calendarFeed).toBe(server.url);
    expect(session.outsideRequests).toEqual([]);
    await page.close();
  });

  it('a login page instead of the calendar changes nothing and says so', async () => {
    const page = await openOptions();
    server.fail('login');
    await page.getByRole('button', { name: 'Find meetings in the calendar' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The meetings could not be read' });
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      `The meetings could not be read: ${new URL(server.url).host} asked for a sign-in instead of sending meeting data. The extension only reads the council’s public pages and never signs in: use the address of the public committee pages, not a members’ area. Nothing was changed.`,
    );
    expect(await page.locator('section.preview').count()).toBe(0);
    expect(await storageGet(page, 'settings')).toEqual(START);
    await page.close();
  });

  it('refreshing the calendar reports success, and a failed refresh keeps the meetings and says why', async () => {
    const page = await openOptions();
    await page.getByRole('button', { name: 'Find meetings in the calendar' }).click();
    await page.locator('section.preview').getByRole('button', { name: 'Save these 2 meetings' }).click();
    await page.getByText('Saved 2 meetings.').waitFor();

    const feed = page.locator('[data-refresh="feed"]');
    await feed.getByRole('button', { name: 'Refresh the calendar now' }).click();
    await page.getByText('Refreshed: 2 meetings.').waitFor();
    await feed.locator('[data-sync="ok"]').waitFor();

    server.fail('jsRedirect');
    await feed.getByRole('button', { name: 'Refresh the calendar now' }).click();
    await page.getByRole('alert').filter({ hasText: 'The refresh failed' }).waitFor();
    await feed.locator('[data-sync="failed"]').waitFor();
    expect(await feed.locator('[data-sync="failed"]').textContent()).toMatch(/^The last refresh failed \(.+only moves on with JavaScript.+\); showing the meetings from .+\.$/);
    const stored = (await storageGet(page, 'settings')) as { meetings: unknown[] };
    expect(stored.meetings).toHaveLength(2);
    await page.close();
  }, 60_000);
});
