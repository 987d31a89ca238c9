/**
 * Issue 10, item 8: every write-back path of the X adapter against the real Draft.js (the replica's
 * editor is the npm draft-js X is built on), on a draft with hashtags, @mentions, links, emoji and
 * several lines, which X decorates in spans of their own. Replacing text across decorated spans is
 * where Draft.js is known to corrupt (draft-js issue 616), so each case checks Draft's own model,
 * the DOM the extension reads, that the editor still types correctly afterwards, and that the page
 * threw nothing. The adapter is bundled (esbuild) and run from an isolated world, as the content
 * script is. With the old path (execCommand over a selected Range) six of the first eight cases failed:
 * the model and the DOM disagree, or the text is mangled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, MISSING_CHROMIUM, ROOT, type BrowserSession } from '../support/chromium';

const available = chromiumPath() !== null;
if (!available && process.env.CI === 'true') throw new Error(`CI=true and ${MISSING_CHROMIUM}`);

const DRAFT = 'Flood update from @RiversideBC #RiversideFloods 🌊\nSee https://riverside.example/floods about Mrs Price, NI AB123456C\nThanks 👍';

/** [what, the text to replace (its first occurrence), the replacement]. */
const CASES: [string, string, string][] = [
  ['a plain span', 'AB123456C', '[NI number removed]'],
  ['across a mention and a hashtag', '@RiversideBC #RiversideFloods', 'the council'],
  ['part of a hashtag', 'Floods', 'Flooding'],
  ['a link, removed', 'https://riverside.example/floods ', ''],
  ['an emoji', '🌊', '(flood)'],
  ['across two lines', '🌊\nSee', '. See'],
  ['with a line break in the replacement', 'Thanks 👍', 'Thanks,\nCllr Sample'],
  ['the closing emoji, removed (nothing follows it)', ' 👍', ''],
  ['everything', DRAFT, 'Fresh start #Riverton'],
];

let adapterBundle = '';
type Win = { __composers: Record<string, { element: HTMLElement; text(): string; setText(text: string): void }> };
const EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';

/**
 * Runs `expression` in an isolated world of its own with the adapter loaded, as a content script
 * runs (same DOM, separate JavaScript), so the synthetic paste crosses the same boundary the
 * extension's does. `XAdapter.xAdapter` and `editor` are in scope.
 */
async function inIsolatedWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'draft-write-test' });
  await cdp.send('Runtime.evaluate', { expression: adapterBundle, contextId: executionContextId });
  const call = `(async () => { const editor = document.querySelector(${JSON.stringify(EDITOR)}); return ${expression}; })()`;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: call, contextId: executionContextId, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

async function openWithDraft(browser: BrowserSession, errors: string[]): Promise<Page> {
  const page = await browser.openX('/home');
  page.on('pageerror', (error) => errors.push(error.message));
  await page.evaluate((text) => (window as unknown as Win).__composers.home!.setText(text), DRAFT);
  return page;
}

describe.skipIf(!available)('writing suggestions into the real Draft.js', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    adapterBundle = buildSync({
      entryPoints: [`${ROOT}utils/platforms/x.ts`],
      bundle: true,
      format: 'iife',
      globalName: 'XAdapter',
      write: false,
    }).outputFiles[0]!.text;
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [what, target, replacement] of CASES) {
    it(`replaces ${what}: Draft's model, the DOM and later typing all agree`, async () => {
      const errors: string[] = [];
      const page = await openWithDraft(browser, errors);
      const start = DRAFT.indexOf(target);
      const expected = DRAFT.slice(0, start) + replacement + DRAFT.slice(start + target.length);
      const result = await inIsolatedWorld(page, `XAdapter.xAdapter.replaceRange(editor, ${start}, ${start + target.length}, ${JSON.stringify(replacement)})`);
      expect(result).toEqual({ ok: true });
      // Draft's own model (what X publishes), and the DOM as the extension reads it.
      const state = async () => ({
        model: await page.evaluate(() => (window as unknown as Win).__composers.home!.text()),
        dom: await inIsolatedWorld(page, 'XAdapter.xAdapter.readDraft(editor)'),
      });
      await expect(state()).resolves.toEqual({ model: expected, dom: expected });

      // The editor must still be sound: typing at the end lands once, in the model and the DOM.
      await page.locator(EDITOR).focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('!');
      await expect.poll(state).toEqual({ model: `${expected}!`, dom: `${expected}!` });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
