/**
 * npm run demo: builds the extension and opens Chromium with it on the local replica of x.com/home.
 * With a display it opens a window to try it by hand; without one (or with --headless) it runs a
 * scripted scenario and writes screenshots to demo-output/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, MISSING_CHROMIUM, ROOT } from '../tests/support/chromium';

const OUT = join(ROOT, 'demo-output');
const DRAFT =
  "Update on Mrs Price's appeal: I've passed her NI number AB123456C and her husband's (JT123456C) to the benefits team.";
const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !process.env.DISPLAY;

if (!chromiumPath()) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}
if (!args.has('--no-build')) {
  console.log('Building the extension (npx wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const session = await launchWithExtension({ headless });
if (!headless) {
  await session.openX();
  console.log('Chromium is open on a replica of x.com/home with the extension loaded.');
  console.log('Type a draft (e.g. "' + DRAFT + '") and press Post or Ctrl+Enter. Close the window to finish.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  process.exit(0);
}

mkdirSync(OUT, { recursive: true });
const shot = async (page: Page, name: string, what: string) => {
  await page.screenshot({ path: join(OUT, name) });
  console.log(`  screenshot: demo-output/${name} (${what})`);
};
const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted: { text: string }[] }).__posted);
const draft = (page: Page) => page.evaluate(() => (window as unknown as { __composers: { home: { text(): string } } }).__composers.home.text());
const panel = (page: Page) => page.getByRole('alertdialog');
const listFindings = async (page: Page) => {
  for (const item of await panel(page).locator('li.finding').all()) {
    const [severity, category, span, message] = await Promise.all([
      item.locator('[data-field="severity"]').innerText(),
      item.getAttribute('data-category'),
      item.locator('[data-field="span"]').innerText(),
      item.locator('.finding-message').innerText(),
    ]);
    console.log(`    - ${severity.replace(/\s+/g, ' ').trim()} · ${category} · “${span}” · ${message}`);
  }
};

async function typeAndPost(page: Page) {
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(DRAFT);
  const started = Date.now();
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await panel(page).waitFor({ state: 'visible' });
  return Date.now() - started;
}

console.log('Scripted scenario (headless):');
const page = await session.openX();
console.log(`1. Typed a risky draft and pressed Post:\n   "${DRAFT}"`);
const ms = await typeAndPost(page);
console.log(`   The post was held; the panel was visible ${ms} ms after the click (Playwright's timing). Posted so far: ${(await posted(page)).length}.`);
await listFindings(page);
await shot(page, '01-panel.png', 'the warning panel, light theme');

const suggestion = panel(page).locator('.suggestions button').first();
const label = await suggestion.innerText();
await suggestion.click();
await page.waitForTimeout(300);
console.log(`2. Chose "${label}". The editor (X's own state) now holds:\n   "${await draft(page)}"`);
if ((await panel(page).count()) > 0) {
  console.log('   The panel shows what is left:');
  await listFindings(page);
}
await shot(page, '02-after-suggestion.png', 'after applying a suggestion');

if ((await panel(page).count()) === 0) await page.locator('[data-testid="tweetButtonInline"]').click();
if ((await panel(page).count()) > 0) {
  await panel(page).getByRole('button', { name: 'Post anyway' }).click();
  console.log('3. Chose "Post anyway".');
} else {
  console.log('3. Pressed Post again: nothing left to flag.');
}
await page.waitForTimeout(300);
const sent = await posted(page);
console.log(`   Posts that went through: ${sent.length}${sent.map((post) => `\n   "${post.text}"`).join('')}`);
await shot(page, '03-posted.png', 'the post on the timeline');

const dark = await session.openX('/home?theme=dark');
await typeAndPost(dark);
await shot(dark, '04-panel-dark.png', 'the warning panel on X\u2019s dark theme');
await dark.keyboard.press('Escape');

console.log(`Network requests made outside the replica: ${session.outsideRequests.length === 0 ? 'none' : session.outsideRequests.join(', ')}`);
await session.close();
