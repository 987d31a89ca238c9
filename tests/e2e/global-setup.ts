/**
 * Builds the extension once for the whole e2e run. Without Chromium: fails under CI (a skipped
 * browser suite must not look like a pass there), skips with a message locally.
 */
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { chromiumPath, EXTENSION_DIR, MISSING_CHROMIUM, ROOT } from '../support/chromium';

export default function setup(): void {
  if (!chromiumPath()) {
    if (process.env.CI === 'true') throw new Error(`CI=true and ${MISSING_CHROMIUM}`);
    console.warn(`\n[e2e] Skipping the browser tests. ${MISSING_CHROMIUM}\n`);
    return;
  }
  if (process.env.E2E_SKIP_BUILD === '1') return;
  // WXT writes <outDir>/chrome-mv3; E2E_EXTENSION_DIR lets parallel runs build apart.
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...buildEnv(), WXT_OUT_DIR: dirname(EXTENSION_DIR), WXT_E2E: '1' },
  });
}

/**
 * The environment without what Vitest adds (NODE_ENV=test, VITEST…): inherited, it made the e2e
 * build a test-mode build, 6.6 kB larger than the release build, so the browser tests did not
 * test what ships.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) delete env[key];
  return env;
}
