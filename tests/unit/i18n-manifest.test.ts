/**
 * The manifest's name and description come from public/_locales (the browser shows them in its
 * extension list, before any of our own UI runs), so they too must exist in English and Welsh.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../utils/i18n/catalogues';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOCALES_DIR = join(ROOT, 'public/_locales');
const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');

type Messages = Record<string, { message: string; description?: string }>;
const read = (locale: string): Messages => JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));

const defaultLocale = /default_locale:\s*'([\w-]+)'/.exec(config)?.[1];
const locales = readdirSync(LOCALES_DIR).sort();

describe('manifest localisation', () => {
  it('ships English (UK) as the default and Welsh, in the folder names browsers expect', () => {
    expect(defaultLocale).toBe('en_GB');
    expect(locales).toEqual(['cy', 'en_GB']);
    expect(existsSync(join(LOCALES_DIR, defaultLocale!, 'messages.json'))).toBe(true);
  });

  it('takes the name and description from the locale files', () => {
    expect(config).toMatch(/name:\s*'__MSG_extName__'/);
    expect(config).toMatch(/description:\s*'__MSG_extDescription__'/);
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]);
    expect(Object.keys(read('en_GB'))).toEqual(expect.arrayContaining(used));
  });

  it.each(locales)('%s has exactly the default locale’s messages, none empty', (locale) => {
    const messages = read(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(read('en_GB')).sort());
    for (const [key, { message }] of Object.entries(messages)) expect(message.trim(), key).not.toBe('');
  });

  it.each(locales)('%s fits the store limits (name 75, description 132 characters)', (locale) => {
    const { extName, extDescription } = read(locale);
    expect(extName!.message.length).toBeLessThanOrEqual(75);
    expect(extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('names the extension as the UI does, and Welsh is not English', () => {
    expect(read('en_GB').extName!.message).toBe(CATALOGUES['en-GB'].common.productName);
    expect(read('cy').extName!.message).toBe(CATALOGUES.cy.common.productName);
    expect(read('cy').extDescription!.message).not.toBe(read('en_GB').extDescription!.message);
  });
});
