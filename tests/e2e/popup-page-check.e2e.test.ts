/**
 * The popup's line for the tab ("Checking posts on this page" / "This page is not checked: …") and
 * its self-test, in real Chromium against the X replica. Automation cannot open the toolbar popup,
 * so popup.html is opened as a page and the X tab is brought to the front: the popup asks the
 * active tab, as it does when opened from the toolbar.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, MISSING_CHROMIUM, type BrowserSession } from '../support/chromium';
import { popup as strings } from '../../utils/i18n/messages/en-GB/popup';
import { xPostedEntries } from './x-replica-driver';

const available = chromiumPath() !== null;
if (!available && process.env.CI === 'true') throw new Error(`CI=true and ${MISSING_CHROMIUM}`);

describe.skipIf(!available)('popup: this page’s status and the self-test', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The popup, asking about `site` as the active tab. */
  async function popupFor(site: Page): Promise<Page> {
    const popup = await browser.openExtensionPage('popup.html');
    await site.bringToFront();
    await popup.reload();
    await popup.locator('[data-page-status]').waitFor();
    return popup;
  }

  async function runSelfTest(popup: Page): Promise<Record<string, { found: string | null; text: string }>> {
    await popup.getByRole('button', { name: strings['selfTest.run'] }).click();
    await popup.locator('[data-self-test="done"], [data-self-test="no-answer"]').waitFor();
    const parts = await popup.locator('[data-part]').evaluateAll((items) =>
      items.map((item) => [item.getAttribute('data-part')!, { found: item.getAttribute('data-found'), text: item.textContent ?? '' }] as const),
    );
    return Object.fromEntries(parts);
  }

  it('on X: "Checking posts on this page", and the self-test finds the box, its button and the account, sending nothing', async () => {
    const x = await browser.openX('/home');
    const popup = await popupFor(x);
    await expect(popup.locator('[data-page-status]').textContent()).resolves.toBe('Checking posts on this page: X (Twitter).');
    const report = await runSelfTest(popup);
    expect(report.composer).toEqual({ found: 'true', text: 'Compose box found (1 on this page).' });
    expect(report.send).toEqual({ found: 'true', text: 'Send buttons found: 1 of 1.' });
    expect(report.account).toEqual({ found: 'true', text: 'Account in use: cllr_sample, Cllr Sample.' });
    expect(report.anchor?.text).toBe('Found with: [data-testid^="tweetTextarea_"][contenteditable="true"]');
    await expect(xPostedEntries(x)).resolves.toEqual([]);
    await popup.close();
    await x.close();
  });

  it('when X’s markup has changed, the self-test says no compose box was found', async () => {
    const x = await browser.openX('/home?drift=editor');
    const popup = await popupFor(x);
    const report = await runSelfTest(popup);
    expect(report.composer).toEqual({ found: 'false', text: strings['selfTest.noComposer'] });
    expect(report.send?.text).toBe('Send buttons found: 0 of 0.');
    expect(report.anchor).toBeUndefined();
    await popup.close();
    await x.close();
  });

  it('on a page with no content script: "This page is not checked", and the self-test says the page did not answer', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.locator('[data-page-status]').waitFor();
    await expect(popup.locator('[data-page-status]').getAttribute('data-page-status')).resolves.toBe('not-checked');
    await expect(popup.locator('[data-page-status]').textContent()).resolves.toMatch(/^This page is not checked: /);
    await popup.getByRole('button', { name: strings['selfTest.run'] }).click();
    await expect(popup.locator('[data-self-test="no-answer"]').textContent()).resolves.toBe(strings['selfTest.noAnswer']);
    await popup.close();
  });

  it('the extension made no network request in any of the above', () => {
    expect(browser.outsideRequests).toEqual([]);
  });
});
