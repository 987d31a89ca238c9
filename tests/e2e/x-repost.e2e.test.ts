/**
 * X's repost guard in Chromium on the replica: Repost → (menu in #layers) → Repost publishes at
 * once, so a council account must be warned before it republishes party-political content, and a
 * councillor's own account must not be. Settings are written into chrome.storage.local through
 * the extension's service worker, as the options page would, before the page is opened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, MISSING_CHROMIUM, type BrowserSession } from '../support/chromium';
import { panelFindings } from '../support/composer-contract';
import { xPostedEntries } from './x-replica-driver';
import { panel as panelMessages } from '../../utils/i18n/messages/en-GB/panel';

const available = chromiumPath() !== null;
if (!available && process.env.CI === 'true') throw new Error(`CI=true and ${MISSING_CHROMIUM}`);

const VOTE = 'Vote Labour on 7 May: Cllr Jo Marsh will keep Riverton library open.';
const POLITICAL = { ruleId: 'political', category: 'political', span: 'Vote Labour on 7 May' };
/** The vote post holds two political findings: the appeal and the councillor it promotes. */
const VOTE_FINDINGS = [POLITICAL, { ...POLITICAL, span: 'Cllr Jo Marsh' }];

describe.skipIf(!available)('X repost guard in Chromium', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The replica's signed-in handle (its account switcher shows @cllr_sample) mapped to a kind. */
  async function accountKind(kind: 'council' | 'councillor'): Promise<void> {
    await browser.storeSettings({ version: 3, setupComplete: true, accounts: [{ platform: 'x', handle: 'cllr_sample', kind }] });
  }

  async function openMenu(post: string, query = ''): Promise<Page> {
    const page = await browser.openX(`/home${query}`);
    await page.locator(`article[data-fixture-post="${post}"] [data-testid="retweet"]`).click();
    await page.locator('#layers [data-testid="Dropdown"]').waitFor();
    return page;
  }

  it('a council account is warned before reposting a party-political post; “Repost anyway” reposts it once', async () => {
    await accountKind('council');
    const page = await openMenu('vote', '?lang=zh-Hant');
    await page.locator('#layers [data-testid="retweetConfirm"]').click();
    await expect(panelFindings(page)).resolves.toEqual(VOTE_FINDINGS);
    await expect(xPostedEntries(page)).resolves.toEqual([]);
    await page.getByRole('alertdialog').getByRole('button', { name: panelMessages['anyway.repost'] }).click();
    await expect.poll(() => xPostedEntries(page)).toEqual([{ surface: 'repost', text: VOTE, post: 'vote' }]);
    await page.waitForTimeout(300);
    await expect(xPostedEntries(page)).resolves.toHaveLength(1);
    await page.close();
  });

  it('a councillor account reposts the same post with no panel', async () => {
    await accountKind('councillor');
    const page = await openMenu('vote');
    await page.locator('#layers [data-testid="retweetConfirm"]').click();
    await expect.poll(() => xPostedEntries(page)).toEqual([{ surface: 'repost', text: VOTE, post: 'vote' }]);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    await page.close();
  });

  it('Enter on the focused Repost item is held too', async () => {
    await accountKind('council');
    const page = await openMenu('vote');
    await page.locator('#layers [data-testid="retweetConfirm"]').focus();
    await page.keyboard.press('Enter');
    await expect(panelFindings(page)).resolves.toEqual(VOTE_FINDINGS);
    await expect(xPostedEntries(page)).resolves.toEqual([]);
    await page.close();
  });

  it('a post cut short by "Show more" is checked on what is shown, and the panel says so', async () => {
    await accountKind('council');
    const page = await openMenu('campaign');
    await page.locator('#layers [data-testid="retweetConfirm"]').click();
    await expect(panelFindings(page)).resolves.toEqual([{ ...POLITICAL, span: 'Vote Labour on 7 May!' }]);
    await expect(page.getByRole('alertdialog').getByText(panelMessages.sharedTruncated).count()).resolves.toBe(1);
    await expect(xPostedEntries(page)).resolves.toEqual([]);
    await page.close();
  });

  it('a repost is checked on the post’s own words, not on a post it quotes in turn', async () => {
    await accountKind('council');
    const page = await openMenu('flood');
    await page.locator('#layers [data-testid="retweetConfirm"]').click();
    await expect.poll(async () => (await xPostedEntries(page)).map((entry) => entry.post)).toEqual(['flood']);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    await page.close();
  });

  it('Quote from the Repost menu: the quote is checked with the quoted post, and a council account is warned', async () => {
    await accountKind('council');
    const page = await openMenu('vote');
    await page.locator('#layers a[role="menuitem"]').click();
    await page.locator('#layers [contenteditable="true"]').click();
    await page.keyboard.type('Useful information for residents.');
    await page.locator('#layers .post-button').click();
    await expect(panelFindings(page)).resolves.toEqual(VOTE_FINDINGS);
    await expect(xPostedEntries(page)).resolves.toEqual([]);
    await page.close();
  });

  it('when the post cannot be read, the repost goes through once and a notice says it was not checked', async () => {
    await accountKind('council');
    const page = await browser.openX('/home?drift=post');
    await page.locator('[data-fixture-post="vote"] [data-testid="retweet"]').click();
    await page.locator('#layers [data-testid="retweetConfirm"]').click();
    await expect.poll(async () => (await xPostedEntries(page)).map((entry) => entry.post)).toEqual(['vote']);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    await expect(page.locator('[data-notice]').first().textContent()).resolves.toContain(panelMessages['notice.noPost']);
    await page.close();
  });

  it('the extension made no network request in any of the above', () => {
    expect(browser.outsideRequests).toEqual([]);
  });
});
