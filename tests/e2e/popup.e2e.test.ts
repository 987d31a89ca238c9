/**
 * The popup in real Chromium with the built extension, opened as a page (automation cannot click
 * the toolbar button): pause and resume, the regulatory-meeting switch, and axe-core in English
 * and Welsh.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, type BrowserSession } from '../support/chromium';
import { seriousViolations } from '../support/axe';
import { SEEDED_SETTINGS, storageGet, storageSet } from './options-support';

describe.skipIf(!chromiumPath())('popup', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  async function openPopup(values: Record<string, unknown>): Promise<Page> {
    const page = await session.openExtensionPage('popup.html');
    await storageSet(page, values);
    await page.reload();
    await page.locator('h1').waitFor();
    return page;
  }

  it('says when setup was skipped, with a way to finish it (issue 11, problem 6)', async () => {
    const skipped = await openPopup({ settings: { ...SEEDED_SETTINGS, setupSkipped: true } });
    await skipped.getByRole('link', { name: 'Finish setup' }).waitFor();
    await skipped.close();
    const finished = await openPopup({ settings: SEEDED_SETTINGS });
    await expect(finished.getByRole('link', { name: 'Finish setup' }).count()).resolves.toBe(0);
    await finished.close();
  });

  it('pauses checking for one hour and resumes, writing the runtime state', async () => {
    const page = await openPopup({ settings: SEEDED_SETTINGS });
    // Opened as a tab, the popup's active tab is itself: not a site that is checked.
    expect(await page.locator('[data-status]').getAttribute('data-status')).toBe('not-a-site');

    const before = Date.now();
    await page.getByRole('button', { name: 'Pause checking for 1 hour' }).click();
    await page.getByRole('button', { name: 'Resume checking' }).waitFor();
    const paused = (await storageGet(page, 'runtime')) as { pausedUntil: string };
    const until = Date.parse(paused.pausedUntil);
    expect(until).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 3_600_000);
    expect(Object.keys(paused)).toEqual(['pausedUntil']);

    // Focus stays usable from the keyboard: the new button can be reached and pressed with Enter.
    await page.getByRole('button', { name: 'Resume checking' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Pause checking for 1 hour' }).waitFor();
    expect(await storageGet(page, 'runtime')).toEqual({});
    await page.close();
  });

  it('offers only the regulatory committees and records the meeting until the end time', async () => {
    const page = await openPopup({ settings: SEEDED_SETTINGS });
    const chooser = page.getByLabel('Committee');
    expect(await chooser.locator('option').allTextContents()).toEqual(['Planning Committee']);
    // Two minutes from now, in the browser's own clock, as the user would type it.
    const end = await page.evaluate(() => {
      const at = new Date(Date.now() + 2 * 60_000);
      return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    });
    await page.getByLabel('Until').fill(end);
    await page.getByRole('button', { name: 'I’m in this meeting now' }).click();
    await page.getByRole('button', { name: 'Switch off: I’ve left the meeting' }).waitFor();
    // The switch's state is said once, not again as a status line (issue 11, problem 6).
    await expect(page.getByText(/In the Planning Committee meeting until/).count()).resolves.toBe(1);
    const runtime = (await storageGet(page, 'runtime')) as { meetingNow: { committee: string; until: string } };
    expect(runtime.meetingNow.committee).toBe('Planning Committee');
    const minutesAway = (Date.parse(runtime.meetingNow.until) - Date.now()) / 60_000;
    expect(minutesAway).toBeGreaterThan(0);
    expect(minutesAway).toBeLessThanOrEqual(2);

    await page.getByRole('button', { name: 'Switch off: I’ve left the meeting' }).click();
    await page.getByRole('button', { name: 'I’m in this meeting now' }).waitFor();
    expect(await storageGet(page, 'runtime')).toEqual({});
    await page.close();
  });

  it('a time that cannot be read changes nothing and says so', async () => {
    const page = await openPopup({ settings: SEEDED_SETTINGS, runtime: {} });
    await page.getByLabel('Until').fill('');
    await page.getByRole('button', { name: 'I’m in this meeting now' }).click();
    await page.getByRole('alert').filter({ hasText: 'Enter the end time as hours and minutes' }).waitFor();
    expect(await storageGet(page, 'runtime')).toEqual({});
    await page.close();
  });

  it('the scratchpad shows the panel’s findings for pasted text and applies a suggestion', async () => {
    const page = await openPopup({ settings: SEEDED_SETTINGS });
    const box = page.getByLabel('Paste or type any text to check it');
    await box.fill('Please ring Mrs Price on 07700 900456 about her housing case.');
    const item = page.locator('.scratchpad li.finding[data-rule="phone-number"]');
    await item.waitFor();
    expect(await item.locator('mark').textContent()).toBe('07700 900456');
    expect(await page.locator('.scratch-summary').textContent()).toBe('One thing found.');
    await item.getByRole('button', { name: 'Replace with “[phone number removed]”' }).click();
    expect(await box.inputValue()).toBe('Please ring Mrs Price on [phone number removed] about her housing case.');
    await page.locator('.scratch-summary').getByText('Nothing found.').waitFor();
    // A long paste with many findings: the popup stays within Chrome's 600 px, the results scroll inside.
    await box.fill(Array.from({ length: 8 }, (_, i) => `Ring Mr Jones on 07700 90045${i} about his hedge.`).join(' '));
    await page.locator('.scratch-summary').getByText('8 things found.').waitFor();
    // The page opens in a tab here, whose viewport is taller than a popup: measure the popup itself.
    expect(await page.evaluate(() => document.querySelector('main.popup')!.getBoundingClientRect().height)).toBeLessThanOrEqual(600);
    await box.fill('');
    // Nothing the user typed is stored.
    expect(JSON.stringify(await page.evaluate(async () => (globalThis as unknown as { chrome: { storage: { local: { get(): Promise<unknown> } } } }).chrome.storage.local.get()))).not.toContain('Mrs Price');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  for (const language of ['en-GB', 'cy'] as const) {
    it(`has no serious or critical axe violations (${language})`, async () => {
      const page = await openPopup({ settings: { ...SEEDED_SETTINGS, language } });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await seriousViolations(page)).toEqual([]);
      // And in its other state: paused, in a meeting.
      await page.locator('section').first().getByRole('button').click();
      await page.locator('#meeting-now-heading ~ form button').click();
      await page.locator('#meeting-now-heading ~ button').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
