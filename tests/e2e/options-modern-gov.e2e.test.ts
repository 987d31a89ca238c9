/**
 * Importing meetings from a council's Modern.gov site, end to end: the options page asks for the
 * host permission, the background fetches from a local fake site (tests/support/modern-gov-server),
 * the page previews, and saves only when the user confirms. Failures change nothing and say why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, type BrowserSession } from '../support/chromium';
import { startModernGovServer, type ModernGovServer } from '../support/modern-gov-server';
import { SEEDED_SETTINGS, launchWithLocalHostGranted, openOptions as openOptionsPage, recordPermissionRequests, storageGet } from './options-support';

const START = { ...SEEDED_SETTINGS, meetings: [] };

describe.skipIf(!chromiumPath())('Modern.gov import from the options page', () => {
  let session: BrowserSession;
  let server: ModernGovServer;
  let asked: () => Promise<unknown[]>;

  beforeAll(async () => {
    server = await startModernGovServer();
    session = await launchWithLocalHostGranted(server.url);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function openOptions(): Promise<Page> {
    const page = await openOptionsPage(session, { settings: START }, { section: 'meetings' });
    asked = await recordPermissionRequests(page);
    await page.getByLabel('Committee website address').fill(server.url);
    return page;
  }

  it('previews what the site lists, then saves the meetings and the site on confirmation', async () => {
    server.heal();
    const page = await openOptions();
    await page.getByRole('button', { name: 'Find meetings', exact: true }).click();
    const preview = page.locator('section.preview');
    await preview.getByRole('heading', { name: 'Found 2 meetings' }).waitFor();
    expect(await preview.getByText('The site lists 4 committees.').count()).toBe(1);
    expect(await preview.locator('.restricted').count()).toBe(2);
    expect(await storageGet(page, 'settings')).toEqual(START);

    await preview.getByRole('button', { name: 'Save these 2 meetings' }).click();
    await page.getByText('Saved 2 meetings.').waitFor();
    // One host, asked for on the click: this machine's address, any port.
    expect(await asked()).toEqual([{ origins: ['http://127.0.0.1/*'] }]);
    const stored = (await storageGet(page, 'settings')) as { meetings: { committee: string }[]; council: { modernGovSite?: string } };
    expect(stored.meetings.map((m) => m.committee)).toEqual(['Planning & Highways Committee', 'Licensing Act 2003 Sub-Committee']);
    expect(stored.council.modernGovSite).toBe(server.url);
    // The upcoming list shows them, with the restricted items marked.
    expect(await page.locator('#meetings > ul.meetings > li').count()).toBe(2);
    // Nothing went anywhere but the council's site.
    expect(session.outsideRequests).toEqual([]);
    await page.close();
  });

  for (const [failure, words] of [
    ['http500', '500'],
    ['malformed', 'XML'],
  ] as const) {
    it(`a site that answers ${failure} changes nothing and says so`, async () => {
      server.heal();
      server.fail('*', failure);
      const page = await openOptions();
      await page.getByRole('button', { name: 'Find meetings', exact: true }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'The meetings could not be read' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain(words);
      expect(await alert.textContent()).toContain('Nothing was changed.');
      expect(await page.locator('section.preview').count()).toBe(0);
      expect(await storageGet(page, 'settings')).toEqual(START);
      server.heal();
      await page.close();
    });
  }

  it('a site that never answers times out, changes nothing and says so', async () => {
    server.heal();
    server.fail('*', 'timeout');
    const page = await openOptions();
    await page.getByRole('button', { name: 'Find meetings', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The meetings could not be read' });
    await alert.waitFor({ timeout: 40_000 });
    expect(await storageGet(page, 'settings')).toEqual(START);
    server.heal();
    await page.close();
  }, 60_000);

  it('refresh now reports success, and a failed refresh keeps the meetings and says why', async () => {
    server.heal();
    const page = await openOptions();
    await page.getByRole('button', { name: 'Find meetings', exact: true }).click();
    await page.locator('section.preview').getByRole('button', { name: 'Save these 2 meetings' }).click();
    await page.getByText('Saved 2 meetings.').waitFor();

    await page.getByRole('button', { name: 'Refresh now' }).click();
    await page.getByText('Refreshed: 2 meetings.').waitFor();
    await page.locator('[data-sync="ok"]').waitFor();

    server.fail('*', 'http500');
    await page.getByRole('button', { name: 'Refresh now' }).click();
    await page.getByRole('alert').filter({ hasText: 'The refresh failed' }).waitFor();
    await page.locator('[data-sync="failed"]').waitFor();
    expect(await page.locator('[data-sync="failed"]').textContent()).toMatch(/^The last refresh failed \(.+\); showing the meetings from .+\.$/);
    const stored = (await storageGet(page, 'settings')) as { meetings: unknown[] };
    expect(stored.meetings).toHaveLength(2);
    server.heal();
    await page.close();
  }, 60_000);
});
