/**
 * Issue 10 on Facebook, in real Chromium on the replica (real Lexical) made to model what other
 * maintained projects describe on the live site (tests/fixtures/README.md names each source): the
 * comment arrow in #focused-state-composer-submit labelled "Post comment" or in a language we have
 * no labels for, labels in other capitalisations ("Create Post", "Share Now"), Enter/Space on a
 * focused div[role=button] acting without a click, and feed posts without role=article.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, MISSING_CHROMIUM, type BrowserSession } from '../support/chromium';
import { panelFindings } from '../support/composer-contract';
import { COUNCIL_PAGE, FACEBOOK_SITE, REPLICA_ACCOUNTS } from '../support/facebook-site';
import { panel as messages } from '../../utils/i18n/messages/en-GB/panel';
import { CLEAN_DRAFT, lexicalDraft, NI_DRAFT, openFacebook, publishedOf } from '../fixtures/facebook/driver';
import { FEED_POST_TEXT } from '../fixtures/facebook/app/feed-data';

const available = chromiumPath() !== null;
if (!available && process.env.CI === 'true') throw new Error(`CI=true and ${MISSING_CHROMIUM}`);

const PARTY_FINDING = [{ ruleId: 'political', category: 'political', span: 'Vote Green on 7 May!' }];
const panel = (page: Page) => page.getByRole('alertdialog');
const COMMENT_BOX = 'form [data-lexical-editor="true"]';
const ARROW = '#focused-state-composer-submit [role="button"]';

async function typeIn(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).first().click();
  await page.keyboard.type(text);
}

describe.skipIf(!available)('Facebook as the live site is described (issue 10)', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchWithExtension({ sites: [FACEBOOK_SITE] });
    await browser.storeSettings({ version: 3, accounts: [...REPLICA_ACCOUNTS] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('3. the comment arrow', () => {
    for (const [layout, label] of [
      ['new', 'Post comment'],
      ['anchor-only', 'Publier le commentaire'],
    ] as const) {
      it(`labelled “${label}” in #focused-state-composer-submit: a risky comment is held; Post anyway sends it once`, async () => {
        const page = await openFacebook(browser, `/?comment=${layout}`);
        await expect(page.locator(ARROW).getAttribute('aria-label')).resolves.toBe(label);
        await typeIn(page, COMMENT_BOX, NI_DRAFT.text);
        await page.locator(ARROW).click();
        await expect(panelFindings(page)).resolves.toEqual(NI_DRAFT.findings);
        await expect(publishedOf(page)).resolves.toEqual([]);
        await panel(page).getByRole('button', { name: messages["anyway.comment"] }).click();
        await expect.poll(() => publishedOf(page)).toEqual([{ surface: 'comment', text: NI_DRAFT.text }]);
        await page.close();
      });
    }

    it('a clean comment goes out through the arrow at once, with no notice', async () => {
      const page = await openFacebook(browser, '/?comment=anchor-only');
      await typeIn(page, COMMENT_BOX, CLEAN_DRAFT);
      await page.locator(ARROW).click();
      await expect.poll(() => publishedOf(page)).toEqual([{ surface: 'comment', text: CLEAN_DRAFT }]);
      await expect(page.locator('[data-notice]').count()).resolves.toBe(0);
      await page.close();
    });
  });

  describe('4. labels in other capitalisations', () => {
    it('a “Create Post” dialog is a create-post dialog: its Post is held', async () => {
      const page = await openFacebook(browser, '/?labels=variant');
      await page.locator('.fb-opener').click();
      await expect(page.locator('#create-post-title').textContent()).resolves.toBe('Create Post');
      await typeIn(page, '[data-fixture="create-post"] [data-lexical-editor="true"]', NI_DRAFT.text);
      await page.locator('[data-fixture="create-post"] [role="button"][aria-label="Post"]').click();
      await expect(panelFindings(page)).resolves.toEqual(NI_DRAFT.findings);
      await expect(publishedOf(page)).resolves.toEqual([]);
      await page.close();
    });

    it('“Share Now” from the council’s Page is held with the shared post’s finding', async () => {
      const page = await openFacebook(browser, '/?as=page&labels=variant');
      await page.locator('[role="button"]:has([data-ad-rendering-role="share_button"])').click();
      await page.locator('[data-fixture="share"] [role="button"]').filter({ hasText: 'Share Now' }).click();
      await expect(panelFindings(page)).resolves.toEqual(PARTY_FINDING);
      await expect(publishedOf(page)).resolves.toEqual([]);
      await page.close();
    });
  });

  describe('5. Enter and Space on a focused button, with no click event (?press=keydown)', () => {
    it('Enter on the focused Post button holds a risky post; the draft stays in Lexical', async () => {
      const page = await openFacebook(browser, '/?press=keydown');
      await page.locator('.fb-opener').click();
      await typeIn(page, '[data-fixture="create-post"] [data-lexical-editor="true"]', NI_DRAFT.text);
      await page.locator('[data-fixture="create-post"] [role="button"][aria-label="Post"]').focus();
      await page.keyboard.press('Enter');
      await expect(panelFindings(page)).resolves.toEqual(NI_DRAFT.findings);
      await expect(publishedOf(page)).resolves.toEqual([]);
      await expect(lexicalDraft(page, 'createPost')).resolves.toBe(NI_DRAFT.text);
      // Post anyway clicks the button, which the page still honours: published once.
      await panel(page).getByRole('button', { name: messages.postAnyway }).click();
      await expect.poll(() => publishedOf(page)).toEqual([{ surface: 'post', text: NI_DRAFT.text }]);
      await page.close();
    });

    it('Space on the focused comment arrow, and on a focused Share now row, are held too', async () => {
      const page = await openFacebook(browser, '/?as=page&press=keydown&comment=new');
      await typeIn(page, COMMENT_BOX, NI_DRAFT.text);
      await page.locator(ARROW).focus();
      await page.keyboard.press(' ');
      await expect(panelFindings(page)).resolves.toEqual(NI_DRAFT.findings);
      await page.keyboard.press('Escape');
      await panel(page).waitFor({ state: 'detached' });

      await page.locator('[role="button"]:has([data-ad-rendering-role="share_button"])').focus();
      await page.keyboard.press('Enter');
      await page.locator('[data-fixture="share"] [role="button"]').filter({ hasText: 'Share now' }).focus();
      await page.keyboard.press(' ');
      await expect(panelFindings(page)).resolves.toEqual(PARTY_FINDING);
      await expect(publishedOf(page)).resolves.toEqual([]);
      await page.close();
    });
  });

  describe('7. feed posts without role=article', () => {
    for (const layout of ['posinset', 'bare'] as const) {
      it(`a post that is ${layout === 'posinset' ? 'div[aria-posinset]' : 'a plain div in [role=feed]'}: Share now from the council’s Page reads it and is held`, async () => {
        const page = await openFacebook(browser, `/?as=page&feed=${layout}`);
        await expect(page.locator('[role="feed"] [role="article"][aria-posinset]').count()).resolves.toBe(0);
        await page.locator('[role="button"]:has([data-ad-rendering-role="share_button"])').click();
        await page.locator('[data-fixture="share"] [role="button"]').filter({ hasText: 'Share now' }).click();
        await expect(panelFindings(page)).resolves.toEqual(PARTY_FINDING);
        await panel(page).getByRole('button', { name: messages["anyway.share"] }).click();
        await expect.poll(() => publishedOf(page)).toEqual([{ surface: 'share', text: FEED_POST_TEXT, to: 'now' }]);
        await page.close();
      });
    }
  });

  it('the extension made no network request in any of the above', () => {
    expect(browser.outsideRequests).toEqual([]);
  });
});
