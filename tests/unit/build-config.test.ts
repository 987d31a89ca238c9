/**
 * What ships (issue 11, problem 7): the manifest a normal build writes carries no permission for
 * this machine's plain-http addresses (only the e2e build's does), and the content scripts, loaded
 * into every X and Facebook tab, carry no zod (the background validates for them), none of the
 * extension pages' message catalogues and none of the rules' Welsh texts (issue 9's size target).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import config from '../../wxt.config';

type ManifestFn = (env: { browser: string; manifestVersion: 3; mode: string; command: 'build' }) => Record<string, unknown>;
const manifestFor = (browser: string) => (config.manifest as ManifestFn)({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
const permissionsIn = (manifest: Record<string, unknown>) =>
  [manifest.permissions, manifest.host_permissions, manifest.optional_host_permissions, manifest.optional_permissions].flat().filter(Boolean);

const saved = process.env.WXT_E2E;
afterEach(() => {
  if (saved === undefined) delete process.env.WXT_E2E;
  else process.env.WXT_E2E = saved;
});

describe('the manifest', () => {
  it.each(['chrome', 'firefox'])('shipped for %s asks for https hosts only, one at a time', (browser) => {
    delete process.env.WXT_E2E;
    const manifest = manifestFor(browser);
    expect(permissionsIn(manifest).filter((p) => String(p).startsWith('http://'))).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.host_permissions).toBeUndefined();
  });

  it('built for the e2e run (WXT_E2E=1) is granted 127.0.0.1 for the fake council site', () => {
    process.env.WXT_E2E = '1';
    const manifest = manifestFor('chrome');
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(manifest.optional_host_permissions).toContain('http://localhost/*');
  });
});

describe('chunks', () => {
  type Output = { manualChunks?: (id: string) => string | undefined; chunkFileNames?: (chunk: { name: string; moduleIds: string[] }) => string };
  const extend = (types: string[]) => {
    const output: Output = {};
    const hook = (config.hooks as Record<string, (entries: unknown, viteConfig: unknown) => void>)['vite:build:extendConfig']!;
    hook(types.map((type) => ({ type })), { build: { rollupOptions: { output } } });
    return output;
  };

  it('the pages’ shared chunks are named for what they hold, the welcome page included in the group', () => {
    const output = extend(['popup', 'options', 'unlisted-page']);
    expect(output.chunkFileNames?.({ name: 'managed-policy', moduleIds: ['/w/rules/index.ts', '/w/rules/threat.ts'] })).toBe('chunks/engine-[hash].js');
    expect(output.chunkFileNames?.({ name: 'managed-policy', moduleIds: ['/w/utils/context/settings.ts'] })).toBe('chunks/settings-[hash].js');
    expect(output.manualChunks?.('/w/node_modules/zod/v4/core/core.js')).toBe('zod');
  });

  it('single-file builds (content scripts, background) are left alone', () => {
    expect(extend(['content-script'])).toEqual({});
    expect(extend(['background'])).toEqual({});
  });
});

describe('the content scripts', () => {
  const inputsOf = async (entry: string) => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      external: ['wxt/*', '#imports'],
      jsx: 'automatic',
      jsxImportSource: 'preact',
      logLevel: 'silent',
    });
    return Object.keys(result.metafile.inputs);
  };

  it.each(['entrypoints/x.content.ts', 'entrypoints/facebook.content.ts'])('%s bundles no zod and no request or settings schema', async (entry) => {
    const inputs = await inputsOf(entry);
    expect(inputs.filter((file) => file.includes('node_modules/zod/'))).toEqual([]);
    expect(inputs.filter((file) => /utils\/(?:engine\/request|context\/settings|storage\/(?:managed-policy|settings-store))\.ts$/.test(file))).toEqual([]);
    // The engine itself is there: the scripts still check.
    expect(inputs).toContain('rules/index.ts');
  }, 30_000);

  it.each(['entrypoints/x.content.ts', 'entrypoints/facebook.content.ts'])('%s carries the panel’s and hints’ messages, not the pages’', async (entry) => {
    const inputs = await inputsOf(entry);
    const messages = inputs.filter((file) => file.startsWith('utils/i18n/messages/')).sort();
    expect(messages).toEqual(['cy', 'en-GB'].flatMap((locale) => ['common', 'hints', 'panel'].map((area) => `utils/i18n/messages/${locale}/${area}.ts`)));
  }, 30_000);

  it.each(['entrypoints/x.content.ts', 'entrypoints/facebook.content.ts'])('%s leaves the rules’ Welsh texts to the background, which sends them with the settings', async (entry) => {
    const inputs = await inputsOf(entry);
    expect(inputs.filter((file) => file.startsWith('rules/i18n/'))).toEqual([]);
    expect(inputs).toContain('utils/i18n/rules/portable.ts');
  }, 30_000);
});
