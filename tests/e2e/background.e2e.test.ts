/**
 * The background script in real Chromium: Chrome accepts the managed-storage schema, the message
 * boundary answers through the browser's own messaging, a preview fetches from the local fake
 * Modern.gov site and from nowhere else, and the daily alarm appears once a site is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, type BrowserSession } from '../support/chromium';
import { startModernGovServer, type ModernGovServer } from '../support/modern-gov-server';

/** The extension API as seen inside an extension page (evaluated there, never in Node). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    managed: { get(): Promise<Record<string, unknown>> };
  };
  alarms: { getAll(): Promise<unknown[]>; get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
};

describe.skipIf(!chromiumPath())('background script', () => {
  let session: BrowserSession;
  let server: ModernGovServer;
  let page: Page;

  beforeAll(async () => {
    server = await startModernGovServer();
    // Listed as a site so its requests do not count as outside ones; 127.0.0.1 is never intercepted.
    session = await launchWithExtension({ sites: [{ origin: server.url, serve: () => null }] });
    page = await session.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const send = (message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

  it('is installed with the managed-storage schema, and reads no policy as empty', async () => {
    expect(await page.evaluate(() => chrome.storage.managed.get())).toEqual({});
  });

  it('answers a message it does not know in plain words', async () => {
    expect(await send({ type: 'drafts:upload', text: 'my post' })).toEqual({
      ok: false,
      error: 'The extension received a request it does not understand (type: expected one of meetings:preview, meetings:refresh, feed:preview, feed:refresh).',
    });
  });

  it('previews the fake site’s meetings, asking only that host', async () => {
    server.requests.length = 0;
    const reply = (await send({ type: 'meetings:preview', site: server.url })) as {
      ok: boolean;
      preview?: { committees: string[]; meetings: { committee: string; items: { restricted: boolean }[] }[] };
      error?: string;
    };
    expect(reply.error).toBeUndefined();
    expect(reply.preview?.committees).toHaveLength(4);
    expect(reply.preview?.meetings.map((m) => [m.committee, m.items.filter((i) => i.restricted).length])).toEqual([
      ['Planning & Highways Committee', 2],
      ['Licensing Act 2003 Sub-Committee', 0],
    ]);
    expect(server.requests).toHaveLength(7);
    expect(session.outsideRequests).toEqual([]);
  });

  it('reports a failing site without saving anything', async () => {
    server.fail('GetMeetings', 'http500');
    const reply = (await send({ type: 'meetings:preview', site: server.url })) as { ok: boolean; error?: string };
    server.heal();
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/^127\.0\.0\.1:\d+ answered with an error \(HTTP 500\) when asked for the meetings of /);
    expect(await page.evaluate(() => chrome.storage.local.get('settings'))).toEqual({});
  });

  it('schedules the daily refresh once a site is saved', async () => {
    expect(await page.evaluate(() => chrome.alarms.getAll())).toEqual([]);
    await page.evaluate((site) => chrome.storage.local.set({ settings: { version: 3, council: { name: 'Anytown', modernGovSite: site } } }), server.url);
    await expect.poll(() => page.evaluate(() => chrome.alarms.get('meetings-daily-refresh').then((a) => a?.periodInMinutes))).toBe(1440);
  });
});
