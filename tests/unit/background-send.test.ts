/** The pages' side of the protocol: replies are validated, and a silent or broken background is a plain failure. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sendToBackground } from '../../utils/messaging/send';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('sendToBackground', () => {
  it('passes a valid reply through', async () => {
    const reply = { ok: true, meetings: 2, fetchedAt: '2026-03-02T09:00:00.000Z' };
    fakeBrowser.runtime.onMessage.addListener(() => reply);
    expect(await sendToBackground({ type: 'meetings:refresh' })).toEqual(reply);
  });

  it('turns a reply of the wrong shape into a failure naming the field', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => ({ ok: true, meetings: 'two' }));
    expect(await sendToBackground({ type: 'meetings:refresh' })).toEqual({
      ok: false,
      error: 'The extension’s background script sent a reply that could not be read (meetings: expected number, received string; fetchedAt: missing (expected string)). Reload the page and try again.',
    });
  });

  it('turns no background into a failure, in the user’s language', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 3, language: 'cy' } });
    expect(await sendToBackground({ type: 'meetings:refresh' })).toEqual({
      ok: false,
      error: 'Ni atebodd sgript gefndir yr estyniad (No listeners available). Ail-lwythwch y dudalen a rhowch gynnig arall arni.',
    });
  });
});
