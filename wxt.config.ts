import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // The e2e setup may build into a folder of its own (tests/e2e/global-setup.ts).
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  hooks: {
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
    // alarms: the daily Modern.gov refresh. activeTab: the popup reads the address of the tab it was opened on.
    permissions: ['storage', 'alarms', 'activeTab'],
    // Asked for one host at a time, when the user enters their council's Modern.gov site. Plain
    // http only for this machine (a local mirror, and the e2e tests' fake site).
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    // The e2e build (tests/e2e/global-setup.ts) is granted this machine up front: headless
    // Chromium never answers the permission prompt, and the fake Modern.gov site runs on 127.0.0.1.
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
