/**
 * Real Chromium with the built extension, on local replicas served at the real origins (so the
 * content scripts' match patterns apply). Shared by the e2e tests and `npm run demo`.
 * Debian's chromium, not Playwright's download (shared/PLATFORMS.md): scripts/setup-chromium.sh.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');
export const X_ORIGIN = 'https://x.com';
const X_HOME = resolve(ROOT, 'tests/fixtures/x/home.html');

/** The browser to use, or null when it is not installed. */
export function chromiumPath(): string | null {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

export const MISSING_CHROMIUM = `Chromium not found at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}: run "bash scripts/setup-chromium.sh" (or set CHROMIUM_PATH).`;

export interface BrowserSession {
  context: BrowserContext;
  /** Every request that did not go to a fixture origin: the extension must make none. */
  outsideRequests: string[];
  openX(path?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension({ headless = true }: { headless?: boolean } = {}): Promise<BrowserSession> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}: run "npx wxt build".`);
  // Lets context.on('request') see the extension service worker's requests as well as the pages'.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

  const userDataDir = mkdtempSync(join(tmpdir(), 'cpc-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    // Playwright's own headless switch is off so that the new headless mode (the only one that
    // loads extensions) is chosen explicitly below.
    headless: false,
    viewport: { width: 1100, height: 800 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });

  const outsideRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${X_ORIGIN}/`) && !url.startsWith('data:')) outsideRequests.push(url);
  });
  const home = readFileSync(X_HOME, 'utf8');
  // X is a single-page app: every path serves the same document. Anything else is refused
  // (and recorded above), so a test can never reach the real network.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(`${X_ORIGIN}/`)
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: home })
      : route.abort('blockedbyclient'),
  );

  return {
    context,
    outsideRequests,
    async openX(path = '/home') {
      const page = await context.newPage();
      await page.goto(`${X_ORIGIN}${path}`);
      // The content script is ready once its shadow host is on the page.
      await page.locator('councillor-post-check').waitFor({ state: 'attached', timeout: 15_000 });
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
