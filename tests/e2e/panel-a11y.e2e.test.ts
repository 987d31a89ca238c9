/**
 * The warning panel's accessibility in real Chromium on the X replica: axe-core finds no serious or
 * critical violation inside the extension's shadow root, in X's light and dark themes, in English
 * and Welsh (settings.language, written to storage the way the options page does); and the panel
 * works from the keyboard alone (Tab order, wrap-around, Enter on the default action, Escape = Edit).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultSettings } from '../../utils/context/settings';
import { seriousViolations } from '../support/axe';
import { chromiumPath, launchWithExtension, MISSING_CHROMIUM, type BrowserSession } from '../support/chromium';

const available = chromiumPath() !== null;
if (!available && process.env.CI === 'true') throw new Error(`CI=true and ${MISSING_CHROMIUM}`);

const RISKY = "Mrs Price's NI number is AB123456C";
const HOME_EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
const HOST = 'councillor-post-check';
const TITLES = { 'en-GB': 'Check this post before it goes out', cy: 'Gwiriwch y neges hon cyn iddi fynd allan' } as const;

type Posted = { text: string }[];
const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted: Posted }).__posted);

/** What has focus, looking through the extension's shadow root. */
const focused = (page: Page) =>
  page.evaluate((host) => {
    const shadowHost = document.querySelector(host);
    const inPanel = document.activeElement === shadowHost;
    const active = inPanel ? shadowHost!.shadowRoot!.activeElement : document.activeElement;
    return { inPanel, label: active?.textContent?.trim() ?? '', testid: active?.getAttribute('data-testid') ?? '' };
  }, HOST);

async function openPanel(browser: BrowserSession, theme: 'light' | 'dark', language: 'en-GB' | 'cy' = 'en-GB') {
  const page = await browser.openX(`/home${theme === 'dark' ? '?theme=dark' : ''}`);
  // The content script has read the settings once the overlay speaks their language.
  await page.locator(`${HOST} .root[lang="${language}"]`).waitFor({ state: 'attached' });
  await page.locator(HOME_EDITOR).click();
  await page.keyboard.type(RISKY);
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]').click();
  const panel = page.getByRole('alertdialog');
  await panel.waitFor({ state: 'visible' });
  return { page, panel };
}

describe.skipIf(!available)('warning panel accessibility in Chromium', () => {
  let browser: BrowserSession;

  async function useLanguage(language: 'en-GB' | 'cy') {
    await browser.storeSettings({ ...defaultSettings(), language });
  }

  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  for (const language of ['en-GB', 'cy'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${language}, ${theme} theme: no serious or critical axe violation in the shadow root`, async () => {
        await useLanguage(language);
        const { page, panel } = await openPanel(browser, theme, language);
        await expect(panel.locator('h2').textContent()).resolves.toBe(TITLES[language]);
        // Language of parts (WCAG 3.1.2): a Welsh panel on an English page says so.
        await expect(page.locator(`${HOST} .root`).getAttribute('lang')).resolves.toBe(language);
        await expect(page.locator(`${HOST} .root`).getAttribute('class')).resolves.toContain(`theme-${theme}`);
        const violations = await seriousViolations(page, HOST);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        await page.close();
      });
    }
  }

  it('keyboard: Edit has focus first, Tab walks every control in order and wraps, Shift+Tab goes back', async () => {
    await useLanguage('en-GB');
    const { page, panel } = await openPanel(browser, 'light');
    const order = await panel.evaluate((element) =>
      Array.from(element.querySelectorAll<HTMLElement>('button:not([disabled]), [href], input, [tabindex]:not([tabindex="-1"])')).map((control) => control.textContent!.trim()),
    );
    expect(order[0]).toBe('Edit');
    expect(order[1]).toBe('Post anyway');
    expect(order).toContain('Replace with “[NI number removed]”');

    const seen = [(await focused(page)).label];
    for (let i = 0; i < order.length; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      expect(now.inPanel).toBe(true);
      seen.push(now.label);
    }
    expect(seen).toEqual([...order, order[0]]);
    await page.keyboard.press('Shift+Tab');
    await expect(focused(page)).resolves.toMatchObject({ inPanel: true, label: order.at(-1) });
    await page.close();
  });

  it('keyboard: Enter on the default action (Edit) and Escape both return to the editor, nothing posted, draft intact', async () => {
    await useLanguage('en-GB');
    for (const key of ['Enter', 'Escape']) {
      const { page, panel } = await openPanel(browser, 'light');
      await expect(focused(page)).resolves.toMatchObject({ inPanel: true, label: 'Edit' });
      await page.keyboard.press(key);
      await panel.waitFor({ state: 'detached' });
      await expect(focused(page)).resolves.toMatchObject({ inPanel: false, testid: 'tweetTextarea_0' });
      await expect(posted(page)).resolves.toEqual([]);
      await expect(page.locator(HOME_EDITOR).textContent()).resolves.toBe(RISKY);
      await page.close();
    }
  });
});
