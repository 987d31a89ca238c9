import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // The e2e setup may build into a folder of its own (tests/e2e/global-setup.ts).
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    // Name and description from public/_locales/<locale>/messages.json. Chrome accepts the cy folder
    // (Debian's Chromium 156 with --lang=cy shows the Welsh name); any other language gets en_GB.
    default_locale: 'en_GB',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'councillor-post-check@example.org',
              strict_min_version: '140.0',
              // Firefox's data-collection declaration: this extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
