/**
 * Facebook flows that go beyond one box and one button, in real Chromium with the built extension
 * on the facebook.com replica (real Lexical): a Page's two-step post (checked at Next, not again at
 * the final Post), Share now and Send via Messenger for a council Page and a councillor, a language
 * the extension has no labels for, and writing multi-line text into Lexical.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, MISSING_CHROMIUM, ROOT, type BrowserSession } from '../support/chromium';
import { panelFindings } from '../support/composer-contract';
import { COUNCIL_PAGE, FACEBOOK_SITE, REPLICA_ACCOUNTS, WEB_FACEBOOK_SITE } from '../support/facebook-site';
import { panel as messages } from '../../utils/i18n/messages/en-GB/panel';
import { CLEAN_DRAFT, lexicalDraft, NI_DRAFT, openFacebook, publishedOf } from '../fixtures/facebook/driver';
import { FEED_POST_TEXT } from '../fixtures/facebook/app/feed-data';

const available = chromiumPath() !== null;
if (!available && process.env.CI === 'true') throw new Error(`CI=true and ${MISSING_CHROMIUM}`);

const SETTLE_MS = 300;

async function typeIn(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.type(text);
}
const panel = (page: Page) => page.getByRole('alertdialog');
const notices = (page: Page) => page.locator('[data-notice]').allTextContents();

/**
 * The adapter's write function, bundled and run against the replica's real Lexical from an
 * isolated world of its own (as a content script runs: same DOM, separate JavaScript), so a
 * synthetic paste or beforeinput crosses the same boundary the extension's does.
 */
const writer = buildSync({
  stdin: {
    contents: "import { replaceLexicalRange } from './utils/platforms/lexical-write'; (globalThis as any).__replace = replaceLexicalRange;",
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
}).outputFiles[0]!.text;

async function writeFromIsolatedWorld(page: Page, start: number, end: number, replacement: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'lexical-write-test' });
  await cdp.send('Runtime.evaluate', { expression: writer, contextId: executionContextId });
  const call = `(globalThis.__editorProbe = typeof window.__editors), __replace(document.querySelector('[data-fixture="create-post"] [data-lexical-editor="true"]'), ${start}, ${end}, ${JSON.stringify(replacement)}).then((result) => ({ result, probe: globalThis.__editorProbe }))`;
  const { result } = await cdp.send('Runtime.evaluate', { expression: call, contextId: executionContextId, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  return result.value;
}

describe.skipIf(!available)('Facebook flows in Chromium', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchWithExtension({ sites: [FACEBOOK_SITE, WEB_FACEBOOK_SITE] });
    // The council's Page is a corporate account; the person's own profile is a councillor's.
    await browser.storeSettings({ version: 3, accounts: [...REPLICA_ACCOUNTS] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('a Page posts in two steps: Next, then Post in Post settings', () => {
    async function atNext(text: string): Promise<Page> {
      const page = await openFacebook(browser, '/?as=page');
      await page.locator('.fb-opener').click();
      await typeIn(page, '[data-fixture="create-post"] [data-lexical-editor="true"]', text);
      await page.locator('[data-fixture="create-post"] [role="button"][aria-label="Next"]').click();
      return page;
    }
    const finalPost = (page: Page) => page.locator('[data-fixture="post-settings"] [role="button"][aria-label="Post"]');

    it('a risky draft is held at Next, with exactly its findings; the Page stays on the editor', async () => {
      const page = await atNext(NI_DRAFT.text);
      await expect(panelFindings(page)).resolves.toEqual(NI_DRAFT.findings);
      await expect(page.locator('[data-fixture="post-settings"]').count()).resolves.toBe(0);
      await expect(lexicalDraft(page, 'createPost')).resolves.toBe(NI_DRAFT.text);
      await expect(publishedOf(page)).resolves.toEqual([]);
      await page.close();
    });

    it('Post anyway passes Next once; the final Post publishes once and is not checked again', async () => {
      const page = await atNext(NI_DRAFT.text);
      await panel(page).getByRole('button', { name: messages.postAnyway }).click();
      await finalPost(page).waitFor({ state: 'visible' });
      await expect(page.locator('[data-fixture="create-post"] [data-lexical-editor]').count()).resolves.toBe(0);
      await finalPost(page).click();
      await expect.poll(() => publishedOf(page)).toEqual([{ surface: 'post', text: NI_DRAFT.text }]);
      await page.waitForTimeout(SETTLE_MS);
      await expect(publishedOf(page)).resolves.toHaveLength(1);
      await expect(panel(page).count()).resolves.toBe(0);
      await expect(notices(page)).resolves.toEqual([]);
      await page.close();
    });

    it('a clean draft goes through both steps with no panel and no notice', async () => {
      const page = await atNext(CLEAN_DRAFT);
      await finalPost(page).click();
      await expect.poll(() => publishedOf(page)).toEqual([{ surface: 'post', text: CLEAN_DRAFT }]);
      await expect(panel(page).count()).resolves.toBe(0);
      await expect(notices(page)).resolves.toEqual([]);
      await page.close();
    });

    it('a suggestion applied at Next is what the Page then posts', async () => {
      const page = await atNext(NI_DRAFT.text);
      await panel(page).getByRole('button', { name: messages.replaceWith.replace('{replacement}', NI_DRAFT.suggestion.replacement) }).click();
      await expect.poll(() => lexicalDraft(page, 'createPost')).toBe(NI_DRAFT.suggestion.after);
      await page.locator('[data-fixture="create-post"] [role="button"][aria-label="Next"]').click();
      await finalPost(page).click();
      await expect.poll(() => publishedOf(page)).toEqual([{ surface: 'post', text: NI_DRAFT.suggestion.after }]);
      await page.close();
    });
  });

  describe('Share', () => {

    async function share(path: string, row: string): Promise<Page> {
      const page = await openFacebook(browser, path);
      await page.locator('[role="article"][aria-posinset] [role="button"]:has([data-ad-rendering-role="share_button"])').click();
      await page.locator('[data-fixture="share"] [role="button"]').filter({ hasText: row }).first().click();
      return page;
    }

    it('the council’s Page is warned before Share now of a party’s post, the finding in the shared post; Post anyway shares once', async () => {
      const page = await share('/?as=page', 'Share now');
      await expect(panelFindings(page)).resolves.toEqual([{ ruleId: 'political', category: 'political', span: 'Vote Green on 7 May!' }]);
      // The span is quoted from the shared post, not from the (empty) draft.
      await expect(panel(page).locator('li[data-rule="political"] blockquote').getAttribute('aria-label')).resolves.not.toBe(messages.inYourPost);
      await expect(publishedOf(page)).resolves.toEqual([]);
      await panel(page).getByRole('button', { name: messages['anyway.share'] }).click();
      await expect.poll(() => publishedOf(page)).toEqual([{ surface: 'share', text: FEED_POST_TEXT, to: 'now' }]);
      await page.waitForTimeout(SETTLE_MS);
      await expect(publishedOf(page)).resolves.toHaveLength(1);
      await page.close();
    });

    it('Send to NAME via Messenger is held the same way for the council’s Page, in Welsh too', async () => {
      const page = await share('/?as=page&locale=cy', 'Sam Okafor');
      await expect(panelFindings(page)).resolves.toEqual([{ ruleId: 'political', category: 'political', span: 'Vote Green on 7 May!' }]);
      await expect(publishedOf(page)).resolves.toEqual([]);
      await page.close();
    });

    it('a councillor’s own profile shares the same post at once, with no panel', async () => {
      const page = await share('/', 'Share now');
      await expect.poll(() => publishedOf(page)).toEqual([{ surface: 'share', text: FEED_POST_TEXT, to: 'now' }]);
      await expect(panel(page).count()).resolves.toBe(0);
      // Checked and found fine, not let through unread: a share the adapter missed would leave a notice.
      await expect(notices(page)).resolves.toEqual([]);
      await page.close();
    });

    it('when the shared post cannot be found, the share goes through and a notice says it was not checked', async () => {
      const page = await openFacebook(browser, '/?as=page&drift=share');
      await page.locator('[role="button"][aria-label="Send this to friends or post it on your profile."]').click();
      await page.locator('[data-fixture="share"] [role="button"]').filter({ hasText: 'Share now' }).click();
      await expect.poll(() => publishedOf(page)).toEqual([{ surface: 'share', text: FEED_POST_TEXT, to: 'now' }]);
      await expect(panel(page).count()).resolves.toBe(0);
      await expect(page.locator('[data-notice]').first().textContent()).resolves.toContain(messages['notice.noPost']);
      await page.close();
    });
  });

  describe('a language the extension has no labels for (French)', () => {
    it('a risky post goes through once with a notice that the Post button was not recognised', async () => {
      const page = await openFacebook(browser, '/?locale=fr');
      await page.locator('.fb-opener').click();
      await typeIn(page, '[data-fixture="create-post"] [data-lexical-editor="true"]', NI_DRAFT.text);
      await page.locator('[data-fixture="create-post"] [role="button"][aria-label="Publier"]').click();
      await expect.poll(() => publishedOf(page)).toEqual([{ surface: 'post', text: NI_DRAFT.text }]);
      await expect(panel(page).count()).resolves.toBe(0);
      await expect(page.locator('[data-notice]').first().textContent()).resolves.toContain(messages['notice.noSendButton']);
      await page.close();
    });

    it('a risky comment sent with Enter goes through once with the same notice', async () => {
      const page = await openFacebook(browser, '/?locale=fr');
      await typeIn(page, 'form [data-lexical-editor="true"]', NI_DRAFT.text);
      await page.keyboard.press('Enter');
      await expect.poll(() => publishedOf(page)).toEqual([{ surface: 'comment', text: NI_DRAFT.text }]);
      await expect(page.locator('[data-notice]').first().textContent()).resolves.toContain(messages['notice.noSendButton']);
      await page.close();
    });
  });

  describe('writing into Lexical', () => {
    it('a suggestion in the third paragraph of a draft typed with Enter lands in Lexical’s own state', async () => {
      const page = await openFacebook(browser, '/');
      await page.locator('.fb-opener').click();
      await page.locator('[data-fixture="create-post"] [data-lexical-editor="true"]').click();
      await page.keyboard.type('Update for Mrs Price:');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('her NI number is AB123456C 🙂');
      await page.locator('[data-fixture="create-post"] [role="button"][aria-label="Post"]').click();
      await panel(page).getByRole('button', { name: messages.replaceWith.replace('{replacement}', '[NI number removed]') }).click();
      await expect.poll(() => lexicalDraft(page, 'createPost')).toBe('Update for Mrs Price:\n\nher NI number is [NI number removed] 🙂');
      await expect(publishedOf(page)).resolves.toEqual([]);
      await page.close();
    });

    const cases = [
      { name: 'one line inside a paragraph (execCommand insertText)', start: 5, end: 8, replacement: 'ONE', after: 'Line ONE here\nsecond line' },
      { name: 'a removal inside a paragraph (execCommand delete)', start: 4, end: 8, replacement: '', after: 'Line here\nsecond line' },
      { name: 'two lines into one paragraph (paste)', start: 5, end: 8, replacement: 'A\nB', after: 'Line A\nB here\nsecond line' },
      { name: 'one line over two paragraphs (paste)', start: 5, end: 20, replacement: 'X', after: 'Line X line' },
      { name: 'three lines over two paragraphs (paste)', start: 5, end: 20, replacement: 'X\n\nY', after: 'Line X\n\nY line' },
      { name: 'a removal over two paragraphs (beforeinput deleteContentBackward)', start: 5, end: 20, replacement: '', after: 'Line  line' },
    ];
    for (const { name, start, end, replacement, after } of cases) {
      it(`writes ${name} from an isolated world, and Lexical’s state agrees`, async () => {
        const page = await openFacebook(browser, '/');
        await page.locator('.fb-opener').click();
        await page.evaluate(() =>
          (window as unknown as { __editors: Record<string, { setText(t: string): void }> }).__editors.createPost!.setText('Line one here\nsecond line'),
        );
        // 'undefined': the page's own objects were out of reach, as they are for the content script.
        await expect(writeFromIsolatedWorld(page, start, end, replacement)).resolves.toEqual({ result: { ok: true }, probe: 'undefined' });
        await expect(lexicalDraft(page, 'createPost')).resolves.toBe(after);
        await page.close();
      });
    }
  });

  for (const [name, replacement] of [['one line', 'ONE'], ['two lines', 'A\nB']] as const) {
    it(`when the page puts back ${name} written into Lexical, the write says so and returns the draft as it is`, async () => {
      const page = await openFacebook(browser, '/');
      await page.locator('.fb-opener').click();
      await page.evaluate(() => {
        const box = (window as unknown as { __editors: Record<string, { setText(t: string): void; freeze(): void }> }).__editors.createPost!;
        box.setText('Line one here\nsecond line');
        box.freeze();
      });
      await expect(writeFromIsolatedWorld(page, 5, 8, replacement)).resolves.toEqual({
        result: { ok: false, reason: 'refused', text: 'Line one here\nsecond line' },
        probe: 'undefined',
      });
      await expect(lexicalDraft(page, 'createPost')).resolves.toBe('Line one here\nsecond line');
      await page.close();
    });
  }

  it('when Facebook puts back a suggestion, the panel says so, the draft is as it was, and nothing is posted', async () => {
    const page = await openFacebook(browser, '/');
    await page.locator('.fb-opener').click();
    await typeIn(page, '[data-fixture="create-post"] [data-lexical-editor="true"]', NI_DRAFT.text);
    await page.evaluate(() => (window as unknown as { __editors: Record<string, { freeze(): void }> }).__editors.createPost!.freeze());
    await page.locator('[data-fixture="create-post"] [role="button"][aria-label="Post"]').click();
    await panel(page).getByRole('button', { name: messages.replaceWith.replace('{replacement}', NI_DRAFT.suggestion.replacement) }).click();
    // "…could not be applied: {reason} Your text is unchanged." (not the "check the text" variant).
    const [before, after] = messages.applyFailedUnchanged.split('{reason}');
    const alert = await panel(page).getByRole('alert').textContent();
    expect(alert).toContain(before!.trim());
    expect(alert).toContain(after!.trim());
    await expect(lexicalDraft(page, 'createPost')).resolves.toBe(NI_DRAFT.text);
    await expect(panelFindings(page)).resolves.toEqual(NI_DRAFT.findings);
    await expect(publishedOf(page)).resolves.toEqual([]);
    await page.close();
  });

  it('web.facebook.com (the same app at Facebook’s other address) is guarded too', async () => {
    const page = await browser.openSite(`${WEB_FACEBOOK_SITE.origin}/`);
    await typeIn(page, 'form [data-lexical-editor="true"]', NI_DRAFT.text);
    await page.keyboard.press('Enter');
    await expect(panelFindings(page)).resolves.toEqual(NI_DRAFT.findings);
    await expect(publishedOf(page)).resolves.toEqual([]);
    await page.close();
  });

  it('the extension made no network request in any of the above', () => {
    expect(browser.outsideRequests).toEqual([]);
  });
});
