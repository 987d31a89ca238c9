/**
 * Issue 11, problem 5, in real Chromium on the X replica: the panel's words follow the surface (a
 * DM is sent, in English and Welsh), the most severe finding comes first, identical findings are
 * one card with "Replace all", the draft stays in view with its spans highlighted, sources are
 * links to the official text, the dark theme holds, and axe-core finds nothing serious.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultSettings } from '../../utils/context/settings';
import { seriousViolations } from '../support/axe';
import { chromiumPath, launchWithExtension, MISSING_CHROMIUM, type BrowserSession } from '../support/chromium';
import { xDraft, xPosted } from './x-replica-driver';

const available = chromiumPath() !== null;
if (!available && process.env.CI === 'true') throw new Error(`CI=true and ${MISSING_CHROMIUM}`);

const HOST = 'councillor-post-check';
const HOME_EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
const DRAFT = "Our planning officer Dave Smith is a useless jobsworth. Mrs Price's NI number is AB123456C and her husband's is JT123456C.";

async function holdHomePost(browser: BrowserSession, text: string, query = ''): Promise<Page> {
  const page = await browser.openX(`/home${query}`);
  await page.locator(`${HOST} .root[lang="en-GB"]`).waitFor({ state: 'attached' });
  await page.locator(HOME_EDITOR).click();
  await page.keyboard.type(text);
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]').click();
  await page.getByRole('alertdialog').waitFor({ state: 'visible' });
  return page;
}

const cards = (page: Page) =>
  page.getByRole('alertdialog').locator('li.finding').evaluateAll((items) =>
    items.map((li) => ({
      rule: li.getAttribute('data-rule'),
      count: li.querySelector('[data-field="count"]')?.textContent ?? '',
      buttons: [...li.querySelectorAll('.suggestions button')].map((b) => b.textContent),
    })),
  );

describe.skipIf(!available)('the panel fits the surface and the finding', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  it('lists the Highs before an earlier Medium, and two NI numbers as one card', async () => {
    await browser.storeSettings(defaultSettings());
    const page = await holdHomePost(browser, DRAFT);
    await expect(cards(page)).resolves.toEqual([
      { rule: 'ni-number', count: 'Found in 2 places', buttons: ['Replace all 2 with “[NI number removed]”'] },
      { rule: 'personal-attack', count: '', buttons: ['Replace with “is wrong about this”'] },
    ]);
    await page.close();
  });

  it('“Replace all” rewrites both numbers in the site’s own draft, and the panel stays for the rest', async () => {
    const page = await holdHomePost(browser, DRAFT);
    await page.getByRole('button', { name: 'Replace all 2 with “[NI number removed]”' }).click();
    await expect.poll(() => xDraft(page, 'home')).toBe(DRAFT.replace('AB123456C', '[NI number removed]').replace('JT123456C', '[NI number removed]'));
    await expect(cards(page).then((list) => list.map((card) => card.rule))).resolves.toEqual(['personal-attack']);
    await expect(xPosted(page, 'post')).resolves.toEqual([]);
    await page.close();
  });

  it('keeps the draft in view with every span highlighted, and links each source', async () => {
    const page = await holdHomePost(browser, DRAFT);
    const draft = page.getByRole('group', { name: 'Your draft, with what was found highlighted' });
    await expect(draft.textContent()).resolves.toBe(DRAFT);
    await expect(draft.locator('mark').allTextContents()).resolves.toEqual(['is a useless jobsworth', 'AB123456C', 'JT123456C']);
    const links = await page.getByRole('alertdialog').locator('a[data-field="source-link"]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).host));
    expect(links).toEqual(['www.gov.uk', 'www.local.gov.uk']);
    await page.close();
  });

  it('dark theme: the panel and its draft view are dark, with no serious axe violation', async () => {
    const page = await holdHomePost(browser, DRAFT, '?theme=dark');
    const background = await page.evaluate((host) => {
      const panel = document.querySelector(host)!.shadowRoot!.querySelector('.panel')!;
      return getComputedStyle(panel).backgroundColor;
    }, HOST);
    expect(background).toBe('rgb(22, 24, 28)');
    await expect(seriousViolations(page, HOST)).resolves.toEqual([]);
    await page.close();
  });

  // The finding's own words too: a content script gets the rules' Welsh texts from the background.
  for (const [language, title, anyway, finding] of [
    ['en-GB', 'Check this message before you send it', 'Send anyway', 'This looks like an NHS number.'],
    ['cy', 'Gwiriwch y neges hon cyn i chi ei hanfon', 'Anfon beth bynnag', 'Mae hyn yn edrych fel rhif GIG.'],
  ] as const) {
    it(`a DM is “sent”, not “posted” (${language})`, async () => {
      await browser.storeSettings({ ...defaultSettings(), language });
      const page = await browser.openX('/i/chat/1005-2001');
      await page.locator(`${HOST} .root[lang="${language}"]`).waitFor({ state: 'attached' });
      await page.locator('[data-fixture-dm="chat"] textarea').click();
      await page.keyboard.type('Hi Sam, your NHS number is 943 476 5919');
      await page.keyboard.press('Enter');
      const panel = page.getByRole('alertdialog', { name: title });
      await panel.waitFor({ state: 'visible' });
      await expect(panel.textContent()).resolves.toContain(finding);
      await panel.getByRole('button', { name: anyway }).click();
      await expect.poll(() => xPosted(page, 'dm')).toEqual(['Hi Sam, your NHS number is 943 476 5919']);
      await page.close();
    });
  }
});
