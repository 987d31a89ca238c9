/**
 * Install and first run (issue 11, problem 3): installing the extension opens the welcome page in
 * a tab of its own, it passes axe, and its one call to action leads into setup. Before, nothing
 * opened on install and a new user had to find the options page on their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, MISSING_CHROMIUM, type BrowserSession } from '../support/chromium';
import { seriousViolations } from '../support/axe';
import { welcome } from '../../utils/i18n/messages/en-GB/welcome';

const available = chromiumPath() !== null;
if (!available && process.env.CI === 'true') throw new Error(`CI=true and ${MISSING_CHROMIUM}`);

describe.skipIf(!available)('the welcome page on install', () => {
  let browser: BrowserSession;
  let page: Page;
  beforeAll(async () => {
    // A fresh profile: loading the extension is its install.
    browser = await launchWithExtension();
    const isWelcome = (candidate: Page) => candidate.url().endsWith('/welcome.html');
    page = browser.context.pages().find(isWelcome) ?? (await browser.context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens by itself, from this extension, in the browser’s language', async () => {
    expect(new URL(page.url()).host).toBe(await browser.extensionId());
    await page.getByRole('heading', { level: 1, name: welcome.title }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en-GB');
    await expect(page.getByText(welcome['never.send']).count()).resolves.toBe(1);
  });

  it('has no serious or critical accessibility violations', async () => {
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  it('its one call to action, reached by keyboard, leads into setup', async () => {
    const start = page.getByRole('link', { name: welcome['setup.start'] });
    await start.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/options\.html$/);
    await page.getByRole('heading', { level: 1, name: 'Set up Councillor Post Check' }).waitFor();
  });
});
