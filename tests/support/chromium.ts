/**
 * Real Chromium with the built extension, on local replicas served at the real origins (so the
 * content scripts' match patterns apply). Shared by the e2e tests and `npm run demo`.
 * Debian's chromium, not Playwright's download (shared/PLATFORMS.md): scripts/setup-chromium.sh.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { xReplicaHtml } from '../fixtures/x/replica';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Each e2e run may build into its own folder (E2E_EXTENSION_DIR), so parallel runs do not clash. */
export const EXTENSION_DIR = resolve(ROOT, process.env.E2E_EXTENSION_DIR || '.output/chrome-mv3');
export const X_ORIGIN = 'https://x.com';
export const FACEBOOK_ORIGIN = 'https://www.facebook.com';

/**
 * A replica site: every path under `origin` is answered by `serve` (a single-page app serves one
 * document for every path). Return null to answer 404.
 */
export interface Site {
  origin: string;
  serve(url: URL): { body: string; contentType?: string; status?: number } | null;
}

const fixture = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

/** X: one app for every path; the replica picks the page (home, a post, /i/chat, /messages) from the path. */
export const X_SITE: Site = {
  origin: X_ORIGIN,
  serve: (url) => ({ body: xReplicaHtml(url) }),
};

/** X Pro (pro.x.com): columns and a textarea composer, from the same replica. */
export const X_PRO_SITE: Site = {
  origin: 'https://pro.x.com',
  serve: (url) => ({ body: xReplicaHtml(url) }),
};

/** The browser to use, or null when it is not installed. */
export function chromiumPath(): string | null {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

export const MISSING_CHROMIUM = `Chromium not found at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}: run "bash scripts/setup-chromium.sh" (or set CHROMIUM_PATH).`;

export interface BrowserSession {
  context: BrowserContext;
  /** Every request that did not go to a replica site or the extension itself: the extension must make none. */
  outsideRequests: string[];
  /** The extension's id (chrome-extension://ID/), read from its service worker. */
  extensionId(): Promise<string>;
  /** An extension page such as options.html or popup.html. */
  openExtensionPage(path: string): Promise<Page>;
  /** Writes settings (a v3 settings object) into chrome.storage.local, as the options page would. */
  storeSettings(settings: object): Promise<void>;
  openX(path?: string): Promise<Page>;
  /** Opens a page of a replica site and waits for the content script's shadow host. */
  openSite(url: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Replica sites served at their real origins; X by default. */
  sites?: readonly Site[];
  /** Another build of the extension (a test's altered copy); the run's own build by default. */
  extensionDir?: string;
  /** Origins of real servers on this machine (http://127.0.0.1:PORT) that requests may reach. */
  localServers?: readonly string[];
}

export async function launchWithExtension({ headless = true, sites = [X_SITE], extensionDir = EXTENSION_DIR, localServers = [] }: LaunchOptions = {}): Promise<BrowserSession> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run "npx wxt build".`);
  // Lets context.on('request') see the extension service worker's requests as well as the pages'.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

  const userDataDir = mkdtempSync(join(tmpdir(), 'cpc-chromium-'));
  // Developer mode on, as in any browser running an unpacked build: without it Chromium loads the
  // extension from --load-extension at start but disables it on a reload
  // ("unsupportedDeveloperExtension"), which is what the reload e2e does.
  mkdirSync(join(userDataDir, 'Default'));
  writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
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
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });

  const siteFor = (url: string) => sites.find((site) => url.startsWith(`${site.origin}/`));
  const isLocalServer = (url: string) => localServers.some((origin) => url.startsWith(`${origin}/`));
  const outsideRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!siteFor(url) && !isLocalServer(url) && !/^(data|blob|chrome-extension):/.test(url)) outsideRequests.push(url);
  });
  // Replica sites answer from fixtures; anything else is refused (and recorded above), so a test
  // can never reach the real network.
  // The extension's own pages and scripts are not intercepted: aborting them would leave its pages blank.
  // Nor is 127.0.0.1: servers there are the tests' own (tests/support/modern-gov-server.ts), not the network.
  await context.route((url) => url.protocol !== 'chrome-extension:' && url.hostname !== '127.0.0.1', (route) => {
    const url = route.request().url();
    if (isLocalServer(url)) return route.continue();
    const site = siteFor(url);
    const answer = site?.serve(new URL(url));
    if (!answer) return site ? route.fulfill({ status: 404, body: 'not found' }) : route.abort('blockedbyclient');
    return route.fulfill({ status: answer.status ?? 200, contentType: answer.contentType ?? 'text/html; charset=utf-8', body: answer.body });
  });

  async function extensionId(): Promise<string> {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    return new URL(worker.url()).host;
  }

  async function openSite(url: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(url);
    // The content script is ready once its shadow host is on the page.
    await page.locator('councillor-post-check').waitFor({ state: 'attached', timeout: 15_000 });
    return page;
  }

  return {
    context,
    outsideRequests,
    extensionId,
    async storeSettings(settings) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      await worker.evaluate(
        (value) => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ settings: value }),
        settings,
      );
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${await extensionId()}/${path}`);
      return page;
    },
    openX: (path = '/home') => openSite(`${X_ORIGIN}${path}`),
    openSite,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
