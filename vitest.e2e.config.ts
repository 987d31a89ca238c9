import { defineConfig } from 'vitest/config';

// End-to-end tests in real Chromium with the built extension (npm run test:e2e).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser at a time: each file launches its own Chromium.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
