import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import preact from '@preact/preset-vite';

export default defineConfig({
  // WxtVitest does not load the Vite plugins from wxt.config.ts, so Preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/corpus/**/*.test.ts'],
    // Property tests run many inputs; keep a generous but finite bound.
    testTimeout: 60_000,
  },
});
