import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { stripFixtures, STRIPPED_FILES } from './scripts/build/strip-fixtures';

/** The rules' test fixtures (examples, false-positive texts) stay out of what ships: scripts/build/strip-fixtures.ts. */
const stripRuleFixtures = (): Plugin => ({
  name: 'strip-rule-fixtures',
  enforce: 'pre',
  transform(code, id) {
    if (!STRIPPED_FILES.test(id)) return undefined;
    const stripped = stripFixtures(code, id);
    // The production build writes no source maps, so none is carried through this edit.
    return stripped === undefined ? undefined : { code: stripped, map: null };
  },
});

/**
 * The options page and popup are built together and share chunks, which Rollup names after
 * whichever module came first ("managed-policy" once held the whole engine). Libraries get a chunk
 * each; the project's shared chunks are named for what they hold. The popup imports the engine
 * only when its scratchpad is used, so the engine stays out of what the popup loads on opening.
 * Content scripts and the background are single files and are not split.
 */
function vendorChunk(id: string): string | undefined {
  if (id.includes('/node_modules/zod/')) return 'zod';
  if (id.includes('/node_modules/preact/')) return 'preact';
  if (/\/node_modules\/(?:fast-xml-parser|strnum|ical\.js)\//.test(id)) return 'importers';
  return undefined;
}
const CHUNK_NAMES: Array<[RegExp, string]> = [
  [/\/rules\/index\.ts$/, 'engine'],
  [/\/utils\/context\/settings\.ts$/, 'settings'],
  [/\/utils\/i18n\/index\.ts$/, 'i18n'],
];
function chunkFileName(chunk: { name: string; moduleIds: readonly string[] }): string {
  const named = CHUNK_NAMES.find(([pattern]) => chunk.moduleIds.some((id) => pattern.test(id)));
  return `chunks/${named?.[1] ?? chunk.name}-[hash].js`;
}

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // The e2e setup may build into a folder of its own (tests/e2e/global-setup.ts).
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // `npm run zip`: .output/councillor-post-check-<version>-chrome.zip (Chrome and Edge) and
  // …-firefox.zip, plus …-sources.zip, which addons.mozilla.org asks for with bundled code.
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    excludeSources: ['demo-output/**', 'bench/results/**', 'test-results/**', 'stats.html'],
  },
  vite: () => ({
    plugins: [stripRuleFixtures(), preact()],
    build: {
      // A content script is one file by design (no chunks can load into a page's isolated world), so
      // Vite's 500 kB hint does not apply; its real budget is `npm run size` (gzipped, docs/build.md).
      chunkSizeWarningLimit: 1000,
    },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // Content scripts and the background are each one IIFE file (WXT inlines their imports):
      // splitting applies only to the HTML pages, which WXT builds together.
      if (!entrypoints.every((entry) => entry.type === 'popup' || entry.type === 'options' || entry.type === 'unlisted-page')) return;
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) return;
      output.manualChunks = vendorChunk;
      output.chunkFileNames = chunkFileName;
      // The pages' one shared style sheet, not named after the first module that imported it.
      output.assetFileNames = (asset) => (asset.names.some((name) => name.endsWith('.css')) ? 'assets/pages-[hash][extname]' : 'assets/[name]-[hash][extname]');
    },
    // Firefox takes no managed_schema (policies.json carries the policy), so the file stays out of its build.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') return;
      const schema = files.findIndex((file) => file.relativeDest === 'managed_schema.json');
      if (schema >= 0) files.splice(schema, 1);
    },
  },
  manifest: ({ browser }) => ({
    // Name and description from public/_locales/<locale>/messages.json. Chrome accepts the cy folder
    // (Debian's Chromium 156 with --lang=cy shows the Welsh name); any other language gets en_GB.
    default_locale: 'en_GB',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // Rendered from assets-src/icon.svg by `npm run icons`: the sizes Chrome Web Store, Edge Add-ons and AMO ask for.
    icons: Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, `icon/${size}.png`])),
    action: { default_icon: Object.fromEntries([16, 32, 48].map((size) => [size, `icon/${size}.png`])) },
    // alarms: the daily Modern.gov refresh. activeTab: the popup reads the address of the tab it was opened on.
    permissions: ['storage', 'alarms', 'activeTab'],
    // Asked for one host at a time, when the user enters their council's Modern.gov site: https only
    // in what ships. The e2e build (WXT_E2E=1, tests/e2e/global-setup.ts) may also ask for this
    // machine over plain http, and is granted it up front: headless Chromium never answers the
    // permission prompt, and the fake Modern.gov site runs on 127.0.0.1. (A local mirror over http
    // is a developer's case: build with WXT_E2E=1.)
    optional_host_permissions: ['https://*/*', ...(process.env.WXT_E2E === '1' ? ['http://127.0.0.1/*', 'http://localhost/*'] : [])],
    ...(process.env.WXT_E2E === '1' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // Chrome/Edge enterprise policy (README: "For council IT teams"). Firefox reads the same
    // policy from policies.json without a schema, and rejects this key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'councillor-post-check@example.org',
              strict_min_version: '140.0',
              // Firefox's data-collection declaration: this extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
