/**
 * npm run demo: builds the extension and opens Debian's Chromium with it on local replicas of
 * x.com and facebook.com (served at their real addresses, nothing reaches the network). With a
 * display it opens windows to try it by hand; without one (or with --headless) it runs a scripted
 * scenario across the surfaces and writes a screenshot of each panel to demo-output/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, MISSING_CHROMIUM, ROOT, X_ORIGIN, X_SITE } from '../tests/support/chromium';
import type { ComposerSurface } from '../tests/support/composer-contract';
import { FACEBOOK_SITE } from '../tests/support/facebook-site';
import { createPostSurface, messengerSurface, openFacebook } from '../tests/fixtures/facebook/driver';

const OUT = join(ROOT, 'demo-output');
const DRAFT =
  "Update on Mrs Price's appeal: I've passed her NI number AB123456C and her husband's (JT123456C) to the benefits team.";
const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !process.env.DISPLAY;
/** The replica's signed-in X handle, and the Facebook Page the replica can act as. */
const X_HANDLE = 'cllr_sample';

if (!chromiumPath()) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}
if (!args.has('--no-build')) {
  console.log('Building the extension (npx wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const session = await launchWithExtension({ headless, sites: [X_SITE, FACEBOOK_SITE] });
const settings = (extra: object = {}) => ({ version: 3, setupComplete: true, ...extra });

if (!headless) {
  await session.openX();
  await openFacebook(session, '/');
  await session.openExtensionPage('options.html');
  console.log('Chromium is open on replicas of x.com and facebook.com with the extension loaded, and on its options page.');
  console.log(`Type a draft (e.g. "${DRAFT}") and press Post or Ctrl+Enter. Close the window to finish.`);
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  process.exit(0);
}

mkdirSync(OUT, { recursive: true });
let shots = 0;
const shot = async (page: Page, name: string, what: string) => {
  const file = `${String(++shots).padStart(2, '0')}-${name}.png`;
  await page.screenshot({ path: join(OUT, file) });
  console.log(`   screenshot: demo-output/${file} (${what})`);
};

console.log('0. Installed: the welcome page opens by itself and leads into setup:');
{
  const isWelcome = (candidate: Page) => candidate.url().endsWith('/welcome.html');
  const welcome = session.context.pages().find(isWelcome) ?? (await session.context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
  await welcome.getByRole('heading', { level: 1 }).waitFor();
  await shot(welcome, 'welcome', 'the welcome page, with the icon, opened on install');
  await welcome.close();
}
const panel = (page: Page) => page.getByRole('alertdialog');
const listFindings = async (page: Page) => {
  for (const item of await panel(page).locator('li.finding').all()) {
    const [severity, category, span, message] = await Promise.all([
      item.locator('[data-field="severity"]').innerText(),
      item.getAttribute('data-category'),
      item.locator('[data-field="span"]').innerText(),
      item.locator('.finding-message').innerText(),
    ]);
    const count = (await item.locator('[data-field="count"]').count()) ? ` (${await item.locator('[data-field="count"]').innerText()})` : '';
    console.log(`    - ${severity.replace(/\s+/g, ' ').trim()} · ${category} · “${span}”${count} · ${message}`);
  }
};
const xPosted = (page: Page) => page.evaluate(() => (window as unknown as { __posted: { text: string }[] }).__posted);
const xDraft = (page: Page) => page.evaluate(() => (window as unknown as { __composers: { home: { text(): string } } }).__composers.home.text());

async function xHomeHeld(page: Page, text = DRAFT): Promise<number> {
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(text);
  const started = Date.now();
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await panel(page).waitFor({ state: 'visible' });
  return Date.now() - started;
}

/** One surface driven the way the e2e contract drives it: type a risky draft, send, show the panel. */
async function heldOn(surface: ComposerSurface, file: string, text = surface.risky.text): Promise<void> {
  const page = await surface.open(session);
  await surface.type(page, text);
  await surface.send(page);
  await panel(page).waitFor({ state: 'visible' });
  console.log(`   ${surface.name}: held, nothing sent (${(await surface.posted(page)).length} posts).`);
  await listFindings(page);
  await shot(page, file, `the panel on ${surface.name}`);
  await page.close();
}

console.log('Scripted scenario (headless):');
await session.storeSettings(settings({ accounts: [{ platform: 'x', handle: X_HANDLE, kind: 'councillor' }] }));
const page = await session.openX();
console.log(`1. X, home box: typed a risky draft and pressed Post:\n   "${DRAFT}"`);
const ms = await xHomeHeld(page);
console.log(`   The post was held; the panel was visible ${ms} ms after the click (Playwright's timing). Posted so far: ${(await xPosted(page)).length}.`);
await listFindings(page);
await shot(page, 'x-panel', 'the warning panel, light theme');

const suggestion = panel(page).locator('.suggestions button').first();
const label = await suggestion.innerText();
await suggestion.click();
await page.waitForTimeout(300);
console.log(`2. Chose "${label}". The editor (X's own state) now holds:\n   "${await xDraft(page)}"\n   The rest of the draft was checked again: a named resident's benefits appeal is still there.`);
if ((await panel(page).count()) > 0) await listFindings(page);
await shot(page, 'x-after-suggestion', 'after applying a suggestion');
if ((await panel(page).count()) === 0) await page.locator('[data-testid="tweetButtonInline"]').click();
if ((await panel(page).count()) > 0) await panel(page).getByRole('button', { name: 'Post anyway' }).click();
await page.waitForTimeout(300);
console.log(`3. Chose "Post anyway": posts that went through: ${(await xPosted(page)).length} (exactly once).`);
await page.close();

const dark = await session.openX('/home?theme=dark');
await xHomeHeld(dark);
console.log("4. The same panel on X's dark theme.");
await shot(dark, 'x-panel-dark', 'the warning panel on X’s dark theme');
await dark.close();

console.log('5. A council account reposting a party-political post (the account is mapped to "council" in settings):');
await session.storeSettings(settings({ accounts: [{ platform: 'x', handle: X_HANDLE, kind: 'council' }] }));
const repost = await session.openX('/home');
await repost.locator('article[data-fixture-post="vote"] [data-testid="retweet"]').click();
await repost.locator('#layers [data-testid="retweetConfirm"]').click();
await panel(repost).waitFor({ state: 'visible' });
await listFindings(repost);
console.log(`   The panel's buttons: "${(await panel(repost).locator('.actions button').allInnerTexts()).join('", "')}"`);
await shot(repost, 'x-repost-council', 'the repost guard on a council account');
await repost.close();

console.log('6. Facebook and Messenger (real Lexical editors in the replica):');
await session.storeSettings(settings());
await heldOn(createPostSurface('en-GB'), 'facebook-create-post');
await heldOn(
  messengerSurface('/messages/t/100000000000002', 'enter'),
  'messenger-dm',
  'Sorry to hear about Dave, his HIV diagnosis must be hard on the family.',
);

console.log('7. In Welsh (the options page lets a user choose Cymraeg):');
await session.storeSettings(settings({ language: 'cy' }));
const welsh = await session.openX();
await xHomeHeld(welsh);
await listFindings(welsh);
await shot(welsh, 'x-panel-welsh', 'the panel in Welsh');
await welsh.close();
const welshDraft = await session.openX();
await xHomeHeld(welshDraft, 'Diweddariad ar apêl Mrs Price: rydw i wedi anfon ei rhif YG AB123456C at y tîm budd-daliadau heddiw.');
console.log(`   A draft written in Welsh: "${await panel(welshDraft).locator('[data-field="welsh"]').innerText()}"`);
await shot(welshDraft, 'x-panel-welsh-draft', 'a Welsh draft: identifiers checked, wording not');
await welshDraft.close();

console.log('8. The options page and the popup scratchpad:');
await session.storeSettings(settings({ profile: { name: 'Jo Marsh', committees: ['Planning Committee'] } }));
const options = await session.openExtensionPage('options.html');
await options.getByRole('heading', { level: 1 }).first().waitFor();
await shot(options, 'options', 'the options page: its sections, and who you are');
await options.getByRole('navigation').getByRole('link', { name: 'Rules' }).click();
await options.locator('#rules li[data-rule="ni-number"]').waitFor();
await shot(options, 'options-rules', 'the options page: the rules, by name');
await options.close();
const popup = await session.openExtensionPage('popup.html');
await popup.setViewportSize({ width: 420, height: 800 });
await popup.getByLabel('Paste or type any text to check it').fill('Please ring Mrs Price on 07700 900456 about her housing case.');
await popup.locator('.scratchpad li.finding').first().waitFor();
await shot(popup, 'popup-scratchpad', 'the popup with the scratchpad');
await popup.close();

console.log(`Network requests made outside the replicas: ${session.outsideRequests.length === 0 ? 'none' : session.outsideRequests.join(', ')}`);
console.log(`(Replica addresses used: ${X_ORIGIN}, https://www.facebook.com.)`);
await session.close();
