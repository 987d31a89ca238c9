/**
 * Accounts entered the way people write them are recognised on the live pages (issue 11, problem
 * 1). Before: a council X account entered as its address, or a Facebook Page entered as its slug,
 * matched nothing, so a repost or share of a party's post by the council went out unchecked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchWithExtension, MISSING_CHROMIUM, X_SITE, type BrowserSession } from '../support/chromium';
import { panelFindings } from '../support/composer-contract';
import { FACEBOOK_SITE } from '../support/facebook-site';
import { openFacebook, publishedOf } from '../fixtures/facebook/driver';
import { FEED_POST_TEXT } from '../fixtures/facebook/app/feed-data';
import { xPostedEntries } from './x-replica-driver';

const available = chromiumPath() !== null;
if (!available && process.env.CI === 'true') throw new Error(`CI=true and ${MISSING_CHROMIUM}`);

describe.skipIf(!available)('accounts entered as addresses, slugs and ids', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchWithExtension({ sites: [X_SITE, FACEBOOK_SITE] });
    await browser.storeSettings({
      version: 3,
      setupComplete: true,
      // Anything unlisted counts as a council account here, so "no panel" below proves a match too.
      defaultAccountKind: 'council',
      accounts: [
        // The replica's X account is @cllr_sample; its Page's rail link is /northshirecountycouncil.
        { platform: 'x', handle: 'https://x.com/cllr_sample', kind: 'council' },
        { platform: 'facebook', handle: 'northshirecountycouncil', kind: 'council' },
        // The replica's own profile, whose rail link is /profile.php?id=100000000000001.
        { platform: 'facebook', handle: 'm.facebook.com/profile.php?id=100000000000001', kind: 'councillor' },
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a council X account entered as its x.com address: a repost of "Vote Labour on 7 May" is held', async () => {
    const page = await browser.openX('/home');
    await page.locator('article[data-fixture-post="vote"] [data-testid="retweet"]').click();
    await page.locator('#layers [data-testid="retweetConfirm"]').click();
    await expect(panelFindings(page)).resolves.toContainEqual({ ruleId: 'political', category: 'political', span: 'Vote Labour on 7 May' });
    await expect(xPostedEntries(page)).resolves.toEqual([]);
    await page.close();
  });

  async function share(path: string) {
    const page = await openFacebook(browser, path);
    await page.locator('[role="article"][aria-posinset] [role="button"]:has([data-ad-rendering-role="share_button"])').click();
    await page.locator('[data-fixture="share"] [role="button"]').filter({ hasText: 'Share now' }).first().click();
    return page;
  }

  it('a council Facebook Page entered as its slug: sharing a party’s post is held', async () => {
    const page = await share('/?as=page');
    await expect(panelFindings(page)).resolves.toEqual([{ ruleId: 'political', category: 'political', span: 'Vote Green on 7 May!' }]);
    await expect(publishedOf(page)).resolves.toEqual([]);
    await page.close();
  });

  it('a councillor’s profile entered as its profile.php?id= address shares at once: the id was recognised', async () => {
    const page = await share('/');
    await expect.poll(() => publishedOf(page)).toEqual([{ surface: 'share', text: FEED_POST_TEXT, to: 'now' }]);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    await page.close();
  });
});
