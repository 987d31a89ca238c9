/** Shared by the options and popup e2e files: storage seen from an extension page, and settings to seed. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type BrowserSession } from '../support/chromium';

/** The extension API as seen inside an extension page (evaluated there, never in Node). */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> } };
  permissions: { request(permissions: unknown): Promise<boolean> };
};
declare const globalThis: { asked: unknown[] };

export async function storageGet(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (name) => (await chrome.storage.local.get(name))[name], key);
}

export async function storageSet(page: Page, values: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (items) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(items);
  }, values);
}

/** A councillor who finished setup, with something in every list so every section renders rows. */
export const SEEDED_SETTINGS = {
  version: 3,
  setupComplete: true,
  setupSkipped: false,
  language: 'en-GB',
  council: { name: 'Anytown Borough Council', policyUrl: 'https://www.anytown.gov.uk/social-media-policy' },
  decisionLog: { enabled: true, includeText: false },
  profile: {
    role: 'councillor',
    name: 'Jane Smith',
    committees: ['Planning Committee', 'Audit Committee'],
    imprint: 'Promoted by Jane Smith, 1 High Street, Anytown AB1 2CD',
    ownContacts: ['jane.smith@anytown.gov.uk'],
  },
  accounts: [{ platform: 'x', handle: 'CllrJaneSmith', kind: 'councillor' }],
  defaultAccountKind: 'personal',
  elections: [{ poll: '2027-05-06' }],
  meetings: [
    {
      committee: 'Planning Committee',
      start: '2099-03-11T18:30:00Z',
      end: '2099-03-11T21:30:00Z',
      items: [
        { title: 'Land at Wheatfield Farm', reference: '24/01234/FUL', restricted: false },
        { title: 'Enforcement update', restricted: true },
      ],
    },
  ],
  watchTerms: [{ term: 'Wheatfield Farm', category: 'confidential', note: 'Pending appeal' }],
  dismissed: [{ ruleId: 'phone-number', text: '01632 960001' }],
  rules: { threat: { severity: 'medium' } },
} as const;

export const SEEDED_DECISIONS = [
  { at: '2026-05-01T19:05:00Z', platform: 'x', surface: 'post', categories: ['respect'], ruleIds: ['personal-attack'], reason: 'Fair comment on a decision' },
];

/**
 * The browser's permission prompt is native UI that automation cannot click, so the test runs a
 * copy of the build in which the local site's host is already granted: the page's
 * permissions.request then resolves at once, as after the user clicks Allow. Everything after the
 * prompt (the fetch, the preview, the save) is the real build's.
 */
export function buildWithLocalHostGranted(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-extension-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** Shows one section of the settings page through its link in the list of sections (any language). */
export async function showSection(page: Page, id: string): Promise<void> {
  await page.locator(`nav a[href="#${id}"]`).click();
  await page.locator(`section#${id}`).waitFor({ state: 'visible' });
}

/** A fresh options page over the given storage (empty storage: first run), showing one section. */
export async function openOptions(session: BrowserSession, values: Record<string, unknown> = {}, { clock, section }: { clock?: Date; section?: string } = {}): Promise<Page> {
  const page = await session.context.newPage();
  if (clock) await page.clock.install({ time: clock });
  await page.goto(`chrome-extension://${await session.extensionId()}/options.html${section ? `#${section}` : ''}`);
  await storageSet(page, values);
  await page.reload();
  return page;
}

/** The permissions the page asks the browser for, recorded; the real call still goes through. */
export async function recordPermissionRequests(page: Page): Promise<() => Promise<unknown[]>> {
  await page.evaluate(() => {
    const request = chrome.permissions.request.bind(chrome.permissions);
    const asked: unknown[] = (globalThis.asked = []);
    chrome.permissions.request = (permissions: unknown) => (asked.push(permissions), request(permissions));
  });
  return () => page.evaluate(() => globalThis.asked);
}

/**
 * A browser running the build in which this machine's host is granted (see above), for the
 * import tests against a local server; close() also removes the copied build.
 */
export async function launchWithLocalHostGranted(localServer: string): Promise<BrowserSession> {
  const extensionDir = buildWithLocalHostGranted();
  const session = await launchWithExtension({ sites: [], localServers: [localServer], extensionDir });
  return { ...session, close: async () => (await session.close(), rmSync(extensionDir, { recursive: true, force: true })) };
}
