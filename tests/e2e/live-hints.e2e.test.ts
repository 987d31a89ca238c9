/**
 * Live hints and the page's life in real Chromium on the X replica: the indicator and highlights
 * appear after a pause and sit over the span without touching the editor; SPA navigation,
 * composers mounted late and several at once; the extension reloaded under an open page.
 * Composers added here come from page.evaluate (the replica itself belongs to the X surfaces work).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, MISSING_CHROMIUM, type BrowserSession } from '../support/chromium';
import { FACEBOOK_SITE } from '../support/facebook-site';
import { lexicalDraft, openFacebook } from '../fixtures/facebook/driver';

const available = chromiumPath() !== null;
if (!available && process.env.CI === 'true') throw new Error(`CI=true and ${MISSING_CHROMIUM}`);

const RISKY = "Mrs Price's NI number is AB123456C";
const NI = 'AB123456C';
const CLEAN = 'Bin collections move to Tuesday next week because of the bank holiday.';
const HOME_EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
const INDICATOR = 'button.hint-indicator';

type Posted = { text: string; composer: string }[];
const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted: Posted }).__posted);

/** The span's box on screen, measured by the page itself (main world) from the editor's text nodes. */
const spanRect = (page: Page, editor: string, needle: string) =>
  page.evaluate(
    ({ editor, needle }) => {
      const root = document.querySelector(editor)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const { top, left, width, height } = range.getBoundingClientRect();
        return { top, left, width, height };
      }
      return null;
    },
    { editor, needle },
  );

const highlightRects = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelector('councillor-post-check')!.shadowRoot!.querySelectorAll<HTMLElement>('.hl')).map((element) => {
      const { top, left, width, height } = element.getBoundingClientRect();
      return { severity: element.dataset.severity, top, left, width, height };
    }),
  );

const close = (a: { top: number; left: number; width: number }, b: { top: number; left: number; width: number }) =>
  Math.abs(a.top - b.top) <= 1.5 && Math.abs(a.left - b.left) <= 1.5 && Math.abs(a.width - b.width) <= 1.5;

/** A composer X mounts late (a dialog in #layers), with its own Post button that records what it sends. */
async function addComposer(page: Page, name: string) {
  await page.evaluate((name) => {
    const layer = document.createElement('div');
    layer.dataset.testLayer = name;
    layer.innerHTML = `<div role="dialog" aria-modal="true" aria-label="Compose post" style="position:fixed;top:420px;left:200px;width:500px;background:#fff;padding:8px">
      <div class="DraftEditor-root"><div contenteditable="true" role="textbox" aria-label="Post text" data-testid="tweetTextarea_0" style="min-height:40px;font-size:18px"></div></div>
      <button type="button" data-testid="tweetButton">Post</button></div>`;
    (document.getElementById('layers') ?? document.body).appendChild(layer);
    const editor = layer.querySelector<HTMLElement>('[contenteditable]')!;
    layer.querySelector('button')!.addEventListener('click', () => {
      (window as unknown as { __posted: Posted }).__posted.push({ text: editor.textContent ?? '', composer: name });
      editor.textContent = '';
    });
  }, name);
  return `[data-test-layer="${name}"] [contenteditable]`;
}

describe.skipIf(!available)('live hints and page life in Chromium', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  it('after a pause, an indicator names the count and highest severity, and a highlight sits over the span; the editor is untouched', async () => {
    const page = await browser.openX();
    await page.locator(HOME_EDITOR).click();
    await page.keyboard.type(RISKY);
    const editorHtml = await page.locator(HOME_EDITOR).innerHTML();

    const indicator = page.locator(INDICATOR);
    await indicator.waitFor({ state: 'visible' });
    await expect(indicator.getAttribute('aria-label')).resolves.toMatch(/^\d+ things? to look at in this draft \(highest severity: High\)/);
    await expect(indicator.getAttribute('data-severity')).resolves.toBe('high');
    await expect(page.locator(HOME_EDITOR).innerHTML()).resolves.toBe(editorHtml);

    const span = await spanRect(page, HOME_EDITOR, NI);
    expect(span).not.toBeNull();
    const drawn = await highlightRects(page);
    expect(drawn.some((rect) => rect.severity === 'high' && close(rect, span!))).toBe(true);

    // Scrolling moves the highlight with the text.
    await page.evaluate(() => {
      document.body.style.minHeight = '3000px';
      window.scrollBy(0, 60);
    });
    await expect
      .poll(async () => {
        const moved = await spanRect(page, HOME_EDITOR, NI);
        return (await highlightRects(page)).some((rect) => close(rect, moved!));
      })
      .toBe(true);
    await page.close();
  });

  it('the indicator opens a non-modal list of the findings; Escape closes it and returns to the indicator; emptying the draft removes it all', async () => {
    const page = await browser.openX();
    await page.locator(HOME_EDITOR).click();
    await page.keyboard.type(RISKY);
    const indicator = page.locator(INDICATOR);
    await indicator.click();
    await expect(indicator.getAttribute('aria-expanded')).resolves.toBe('true');
    const list = page.getByRole('dialog', { name: 'Found so far in this draft' });
    await expect(list.getAttribute('aria-modal')).resolves.toBe('false');
    await expect(list.locator('li[data-rule="ni-number"] [data-field="span"]').textContent()).resolves.toBe(NI);
    // Read-only: applying is the panel's job, where the draft is re-read and verified.
    await expect(list.getByRole('button', { name: /Replace with/ }).count()).resolves.toBe(0);

    await page.keyboard.press('Escape');
    await expect(list.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.querySelector('councillor-post-check')!.shadowRoot!.activeElement?.className)).resolves.toContain('hint-indicator');

    await page.locator(HOME_EDITOR).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await indicator.waitFor({ state: 'detached' });
    await expect(highlightRects(page)).resolves.toEqual([]);
    await page.close();
  });

  it('after SPA navigation, a composer mounted late is guarded and hinted beside the one already there, each on its own', async () => {
    const page = await browser.openX();
    await page.locator(HOME_EDITOR).click();
    await page.keyboard.type(CLEAN);

    await page.evaluate(() => history.pushState({}, '', '/compose/post'));
    const late = await addComposer(page, 'late');
    await page.locator(late).click();
    await page.keyboard.type(RISKY);
    await page.locator(INDICATOR).waitFor({ state: 'visible' });
    expect((await highlightRects(page)).length).toBeGreaterThan(0);

    // Hints follow focus: the clean home box has none.
    await page.locator(HOME_EDITOR).click();
    await page.locator(INDICATOR).waitFor({ state: 'detached' });

    await page.locator('[data-test-layer="late"] [data-testid="tweetButton"]').click();
    const panel = page.getByRole('alertdialog');
    await panel.waitFor({ state: 'visible' });
    await expect(panel.locator('li[data-rule="ni-number"] [data-field="span"]').textContent()).resolves.toBe(NI);
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => document.activeElement?.closest('[data-test-layer]')?.getAttribute('data-test-layer'))).resolves.toBe('late');

    // The home box posts on its own, untouched by the risky draft next to it.
    await page.locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]').click();
    await expect(posted(page)).resolves.toMatchObject([{ text: CLEAN, composer: 'home' }]);

    // Navigating back unmounts the late composer: its hints go with it.
    await page.locator(late).click();
    await page.locator(INDICATOR).waitFor({ state: 'visible' });
    await page.evaluate(() => {
      history.pushState({}, '', '/home');
      document.querySelector('[data-test-layer="late"]')!.remove();
    });
    await page.locator(INDICATOR).waitFor({ state: 'detached' });
    await expect(highlightRects(page)).resolves.toEqual([]);
    await page.close();
  });

  it('when the extension is reloaded under an open page, a send goes through untouched and a notice says to reload; after a reload checks resume', async () => {
    const page = await browser.openX();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The Reload button of chrome://extensions. Its callback runs once the new copy has loaded, or
    // with the load error, so the test knows the reload happened rather than waiting and hoping.
    const id = await browser.extensionId();
    const extensions = await browser.context.newPage();
    await extensions.goto('chrome://extensions');
    const loadError = await extensions.evaluate(
      (id) =>
        new Promise<string | null>((resolve) => {
          const chrome = (globalThis as unknown as { chrome: { developerPrivate: { reload(id: string, options: object, done: (error?: { error: string }) => void): void } } }).chrome;
          chrome.developerPrivate.reload(id, { failQuietly: false, populateErrorForUnpacked: true }, (error) => resolve(error ? error.error : null));
        }),
      id,
    );
    expect(loadError).toBeNull();
    await extensions.close();

    await page.locator(HOME_EDITOR).click();
    await page.keyboard.type(RISKY);
    await page.locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]').click();
    await expect(posted(page)).resolves.toMatchObject([{ text: RISKY, composer: 'home' }]);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    await expect(page.locator('[data-notice]').first().textContent()).resolves.toMatch(/reload the page to turn the checks back on/);
    expect(errors).toEqual([]);

    // The reloaded extension's content script is registered: a fresh load of the page gets it.
    await page.reload();
    await page.locator('councillor-post-check').waitFor({ state: 'attached', timeout: 15_000 });
    await page.locator(HOME_EDITOR).click();
    await page.keyboard.type(RISKY);
    await page.locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]').click();
    await page.getByRole('alertdialog').waitFor({ state: 'visible' });
    await page.close();
  });
});

describe.skipIf(!available)('live hints on Facebook (real Lexical) in Chromium', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchWithExtension({ sites: [FACEBOOK_SITE] });
  });
  afterAll(async () => browser?.close());

  it('the highlight sits over the span on the second line of a Lexical draft, and Lexical’s own state is untouched', async () => {
    const page = await openFacebook(browser, '/');
    await page.locator('.fb-opener').click();
    const editor = '[data-fixture="create-post"] [data-lexical-editor="true"]';
    await page.locator(editor).click();
    await page.keyboard.type('Update for Mrs Price:');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('her NI number is AB123456C');
    await page.locator(INDICATOR).waitFor({ state: 'visible' });
    const span = await spanRect(page, editor, NI);
    expect(span).not.toBeNull();
    await expect.poll(async () => (await highlightRects(page)).some((rect) => rect.severity === 'high' && close(rect, span!))).toBe(true);
    await expect(lexicalDraft(page, 'createPost')).resolves.toBe('Update for Mrs Price:\nher NI number is AB123456C');
    await page.close();
  });
});
