/**
 * The facebook.com replica as a Site for launchWithExtension: every path answers with one
 * document (tests/fixtures/facebook/index.html), and /__replica/facebook.js with the replica app
 * bundled by esbuild together with the real Lexical editor. Bundled once per process.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { Window as HappyWindow } from 'happy-dom';
import { FACEBOOK_ORIGIN, ROOT, type Site } from './chromium';

const FIXTURES = resolve(ROOT, 'tests/fixtures/facebook');
let bundle: string | null = null;

/** The replica app and Lexical as one classic script (the page has no module loader). */
export function replicaBundle(): string {
  bundle ??= buildSync({
    entryPoints: [resolve(FIXTURES, 'app/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    // Lexical's development build: clearer errors should the replica misuse it.
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
  }).outputFiles[0]!.text;
  return bundle;
}

/** The Page and the profile the replica's account switcher shows: tests set them as the user's accounts. */
export const COUNCIL_PAGE = 'Northshire County Council';
export const REPLICA_ACCOUNTS = [
  { platform: 'facebook', handle: COUNCIL_PAGE, kind: 'council' },
  { platform: 'facebook', handle: 'Alex Morgan', kind: 'councillor' },
] as const;

export const FACEBOOK_SITE: Site = {
  origin: FACEBOOK_ORIGIN,
  serve(url) {
    if (url.pathname === '/__replica/facebook.js') return { body: replicaBundle(), contentType: 'text/javascript; charset=utf-8' };
    return { body: readFileSync(resolve(FIXTURES, 'index.html'), 'utf8') };
  },
};

/** web.facebook.com serves the same app (Facebook's alternative host, also in the content script's matches). */
export const WEB_FACEBOOK_SITE: Site = { ...FACEBOOK_SITE, origin: 'https://web.facebook.com' };

/**
 * The replica running in happy-dom, real Lexical and all, for unit tests of the adapter's reading
 * and send recognition over the very markup the browser tests use. happy-dom has no layout or
 * execCommand: writing is tested in Chromium only.
 */
export async function facebookReplicaWindow(path = '/'): Promise<HappyWindow> {
  const { Window } = await import('happy-dom');
  const window = new Window({
    url: `${FACEBOOK_ORIGIN}${path}`,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  const html = readFileSync(resolve(FIXTURES, 'index.html'), 'utf8').replace(
    '<script src="/__replica/facebook.js"></script>',
    () => `<script>${replicaBundle()}</script>`,
  );
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  return window;
}
