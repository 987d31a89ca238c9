/**
 * The background answers the content scripts (utils/background/guard-messages.ts): their settings
 * validated here, so no zod runs in an X or Facebook tab; mutes saved onto the user's own
 * settings; a forced rule not muted; anything malformed refused with a reason.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../utils/background/messages';
import { RULE_TEXTS } from '../../rules/i18n';
import { SETTINGS_KEY } from '../../utils/storage/settings-store';
import { DECISION_LOG_KEY } from '../../utils/storage/decision-log';
import { storage } from 'wxt/utils/storage';

const CONTENT_SCRIPT = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 3 } };
// The entrypoint passes the rules' texts in (entrypoints/background.ts); so does this test.
const ask = (message: unknown, sender: object = CONTENT_SCRIPT) => handleMessage(message, sender, { ruleTexts: RULE_TEXTS });
const stored = { version: 3, setupComplete: true, accounts: [{ platform: 'x', handle: 'https://x.com/cllr_sample', kind: 'council' }] };

beforeEach(async () => {
  fakeBrowser.reset();
  await storage.setItem(SETTINGS_KEY, stored);
});
afterEach(() => vi.restoreAllMocks());

describe('guard messages from a content script', () => {
  it('guard:state answers with the validated settings (defaults filled in) and the popup’s switches', async () => {
    const reply = await ask({ type: 'guard:state', policy: false });
    expect(reply).toMatchObject({ ok: true, state: { settings: { accounts: stored.accounts, defaultAccountKind: 'councillor' }, locked: [], runtime: {} } });
  });

  it('guard:state carries the rules’ Welsh texts when the settings or the tab’s languages choose Welsh, and none for English', async () => {
    const texts = async (message: object) => {
      const reply = await ask({ type: 'guard:state', policy: false, ...message });
      return reply.ok && 'state' in reply ? reply.state.ruleTexts : 'no state';
    };
    expect(await texts({ languages: ['cy-GB', 'en-GB'] })).toMatchObject({ locale: 'cy', texts: { 'ni-number': { messages: { found: { message: expect.stringContaining('Yswiriant Gwladol') } } } } });
    expect(await texts({ languages: ['en-GB', 'cy'] })).toBeUndefined();
    await storage.setItem(SETTINGS_KEY, { ...stored, language: 'cy' });
    expect(await texts({ languages: ['en-GB'] })).toMatchObject({ locale: 'cy' });
  });

  it('guard:state reports stored settings it cannot read, and answers with defaults', async () => {
    await storage.setItem(SETTINGS_KEY, { version: 3, accounts: 'nope' });
    const reply = await ask({ type: 'guard:state', policy: true });
    expect(reply).toMatchObject({ ok: true, state: { settings: { accounts: [] }, problem: expect.stringContaining('accounts') } });
  });

  it('guard:mute saves a dismissal onto the stored settings, once', async () => {
    const mute = { type: 'guard:mute', scope: 'finding', ruleId: 'ni-number', text: 'ab123456c' };
    expect(await ask(mute)).toEqual({ ok: true });
    expect(await ask(mute)).toEqual({ ok: true });
    expect(await storage.getItem(SETTINGS_KEY)).toMatchObject({ dismissed: [{ ruleId: 'ni-number', text: 'ab123456c' }] });
  });

  it('guard:decision is recorded only when the user turned the log on, and without the text unless they chose that', async () => {
    const decision = { at: '2026-05-01T10:00:00Z', platform: 'x', surface: 'post', categories: ['personal-data'], ruleIds: ['ni-number'], text: 'draft' };
    expect(await ask({ type: 'guard:decision', decision })).toEqual({ ok: true });
    expect(await storage.getItem(DECISION_LOG_KEY)).toBeNull();
    await storage.setItem(SETTINGS_KEY, { ...stored, decisionLog: { enabled: true } });
    expect(await ask({ type: 'guard:decision', decision })).toEqual({ ok: true });
    expect(await storage.getItem(DECISION_LOG_KEY)).toEqual([{ at: decision.at, platform: 'x', surface: 'post', categories: ['personal-data'], ruleIds: ['ni-number'] }]);
  });

  it.each([
    [{ type: 'guard:mute', scope: 'everything', ruleId: 'ni-number', text: 'x' }, 'scope'],
    [{ type: 'guard:mute', scope: 'rule', ruleId: 'Not A Rule', text: 'x' }, 'ruleId'],
    [{ type: 'guard:state' }, 'policy'],
    [{ type: 'guard:state', policy: false, languages: 'cy' }, 'languages'],
    [{ type: 'guard:decision', decision: { at: 'yesterday' } }, 'decision'],
  ])('refuses %o, naming %s', async (message, field) => {
    const reply = await ask(message);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining(field) });
  });

  it('refuses guard messages from another extension', async () => {
    const reply = await ask({ type: 'guard:state', policy: false }, { ...CONTENT_SCRIPT, id: 'someone-else' });
    expect(reply).toMatchObject({ ok: false });
    expect(reply).not.toHaveProperty('state');
  });
});
