/** The background's message boundary: who may ask, what is accepted, and the preview it answers with. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../utils/background/messages';
import type { FetchLimits } from '../../utils/background/modern-gov-fetch';
import { SETTINGS_KEY } from '../../utils/storage/settings-store';
import { startModernGovServer, type ModernGovServer } from '../support/modern-gov-server';

const TODAY = new Date('2026-03-02T09:00:00Z');
const LIMITS: FetchLimits = { timeoutMs: 1000, concurrency: 3, maxCommittees: 250, maxMeetings: 300 };
const OPTIONS_PAGE = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/options.html' };
const ask = (message: unknown, sender: object = OPTIONS_PAGE) => handleMessage(message, sender, { now: () => TODAY, limits: LIMITS });

let server: ModernGovServer;
let granted: string[];
beforeAll(async () => {
  server = await startModernGovServer({ today: TODAY });
});
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  server.heal();
  server.requests.length = 0;
  granted = ['http://127.0.0.1/*'];
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }) => (origins ?? []).every((o) => granted.includes(o)));
});
afterEach(() => vi.restoreAllMocks());

describe('who may ask', () => {
  it.each([
    ['a content script on x.com', { id: 'test-extension-id', url: 'https://x.com/home', tab: { id: 3 } }],
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/options.html' }],
    ['a sender with no page', { id: 'test-extension-id' }],
  ])('refuses %s', async (_, sender) => {
    expect(await ask({ type: 'meetings:refresh' }, sender)).toEqual({ ok: false, error: 'Only the extension’s own pages may ask for this.' });
    expect(server.requests).toHaveLength(0);
  });

  it('accepts the extension’s own page even when it is open in a tab', async () => {
    const reply = await ask({ type: 'meetings:preview', site: server.url }, { ...OPTIONS_PAGE, tab: { id: 9 } });
    expect(reply.ok).toBe(true);
  });
});

describe('what is accepted', () => {
  it.each([
    ['a string', 'hello', 'message: expected object, received string'],
    ['nothing', undefined, 'message: missing (expected object)'],
    ['an unknown type', { type: 'drafts:upload', text: 'hello' }, 'type: expected one of meetings:preview, meetings:refresh, feed:preview, feed:refresh'],
    ['a preview without a site', { type: 'meetings:preview' }, 'site: missing (expected string)'],
    ['a preview with a plain-http site', { type: 'meetings:preview', site: 'http://democracy.example.gov.uk' }, 'site: expected a web address starting https://'],
    ['an extra field', { type: 'meetings:refresh', draft: 'my post' }, 'message: unknown field "draft"'],
  ])('answers %s with a plain error and no request', async (_, message, detail) => {
    expect(await ask(message)).toEqual({ ok: false, error: `The extension received a request it does not understand (${detail}).` });
    expect(server.requests).toHaveLength(0);
  });
});

describe('meetings:preview', () => {
  it('fetches and shows what the site has, saving nothing', async () => {
    const reply = await ask({ type: 'meetings:preview', site: `${server.url}/mgCalendarMonthView.aspx` });
    if (!reply.ok || !('preview' in reply)) throw new Error(`expected a preview, got ${JSON.stringify(reply)}`);
    expect(reply.preview.site).toBe(server.url);
    expect(reply.preview.committees).toHaveLength(4);
    expect(reply.preview.meetings.map((m) => [m.committee, m.start, m.items.filter((i) => i.restricted).length])).toEqual([
      ['Planning & Highways Committee', '2026-03-09T18:30:00Z', 2],
      ['Licensing Act 2003 Sub-Committee', '2026-03-22T10:00:00Z', 0],
    ]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('says plainly when the host permission is missing, and makes no request', async () => {
    granted = [];
    const host = new URL(server.url).host;
    expect(await ask({ type: 'meetings:preview', site: server.url })).toEqual({
      ok: false,
      error: `The extension does not have permission to contact ${host}. Press Import again and choose Allow when the browser asks.`,
    });
    expect(server.requests).toHaveLength(0);
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('answers in the language of the settings', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY.replace('local:', '')]: { version: 3, language: 'cy' } });
    expect(await ask({ type: 'meetings:refresh' }, { id: 'x', url: 'https://x.com/' })).toEqual({
      ok: false,
      error: 'Dim ond tudalennau’r estyniad ei hun sy’n cael gofyn am hyn.',
    });
  });

  it('turns a failure inside the handler into a reply, never a throw', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    expect(await ask({ type: 'meetings:refresh' })).toEqual({
      ok: false,
      error: 'Something went wrong while fetching meetings (storage is gone). Your saved meetings are unchanged.',
    });
  });
});
