import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DECISION_LOG_KEY,
  DECISION_LOG_LIMIT,
  appendDecision,
  clearDecisionLog,
  exportDecisionLog,
  loadDecisionLog,
  type DecisionInput,
} from '../../utils/storage/decision-log';

const ON = { decisionLog: { enabled: true, includeText: false } };
const ON_WITH_TEXT = { decisionLog: { enabled: true, includeText: true } };
const OFF = { decisionLog: { enabled: false, includeText: true } };

const decision = (overrides: Partial<DecisionInput> = {}): DecisionInput => ({
  at: '2026-05-01T19:05:00Z',
  platform: 'x',
  surface: 'post',
  categories: ['personal-data'],
  ruleIds: ['phone-number'],
  reason: 'She asked me to share it',
  text: 'Call Mrs Price on 07700 900123',
  ...overrides,
});

const stored = () => fakeBrowser.storage.local.get('decision-log').then((all) => all['decision-log']);

describe('decision log', () => {
  beforeEach(() => fakeBrowser.reset());

  it('records nothing while the log is off', async () => {
    expect(await appendDecision(decision(), OFF)).toEqual({ ok: true, recorded: false });
    expect(await stored()).toBeUndefined();
  });

  it('keeps the reason but never the text unless the user opted in', async () => {
    await appendDecision(decision(), ON);
    expect(await stored()).toEqual([
      { at: '2026-05-01T19:05:00Z', platform: 'x', surface: 'post', categories: ['personal-data'], ruleIds: ['phone-number'], reason: 'She asked me to share it' },
    ]);
  });

  it('keeps the text with the second opt-in', async () => {
    await appendDecision(decision(), ON_WITH_TEXT);
    expect((await loadDecisionLog()).entries[0]?.text).toBe('Call Mrs Price on 07700 900123');
  });

  it('leaves out a blank reason', async () => {
    await appendDecision(decision({ reason: '   ' }), ON);
    expect((await loadDecisionLog()).entries[0]).not.toHaveProperty('reason');
  });

  it('rejects a bad entry, names the field, and stores nothing', async () => {
    await appendDecision(decision(), ON);
    const outcome = await appendDecision(decision({ reason: 'x'.repeat(501), categories: ['gossip' as never] }), ON);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error).toContain('categories.0: expected one of personal-data');
      expect(outcome.error).toContain('reason: must be at most 500 characters');
    }
    expect((await loadDecisionLog()).entries).toHaveLength(1);
  });

  it('keeps only the newest 1,000 entries', async () => {
    const old = Array.from({ length: DECISION_LOG_LIMIT }, (_, i) => {
      const { text, ...rest } = decision({ at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() });
      return rest;
    });
    await fakeBrowser.storage.local.set({ 'decision-log': old });
    await appendDecision(decision({ at: '2026-06-01T10:00:00Z' }), ON);
    const { entries } = await loadDecisionLog();
    expect(entries).toHaveLength(DECISION_LOG_LIMIT);
    expect(entries[0]?.at).toBe(new Date(Date.UTC(2026, 0, 1, 0, 1)).toISOString());
    expect(entries.at(-1)?.at).toBe('2026-06-01T10:00:00Z');
  });

  it('skips damaged stored entries and counts them', async () => {
    await fakeBrowser.storage.local.set({ 'decision-log': [{ at: 'yesterday' }, decision({ text: undefined }), 7] });
    const loaded = await loadDecisionLog();
    expect(loaded.unreadable).toBe(2);
    expect(loaded.entries.map((e) => e.ruleIds)).toEqual([['phone-number']]);
  });

  it('reads something that is not a list as one unreadable record', async () => {
    await fakeBrowser.storage.local.set({ 'decision-log': { at: 'x' } });
    expect(await loadDecisionLog()).toEqual({ entries: [], unreadable: 1 });
  });

  it('clears everything in one call', async () => {
    await appendDecision(decision(), ON);
    await clearDecisionLog();
    expect(await stored()).toBeUndefined();
    expect(await loadDecisionLog()).toEqual({ entries: [], unreadable: 0 });
  });

  it('exports JSON that reads back as the same entries', async () => {
    await appendDecision(decision(), ON);
    const { entries } = await loadDecisionLog();
    expect(JSON.parse(exportDecisionLog(entries))).toEqual(entries);
  });

  it('uses the documented storage key', () => {
    expect(DECISION_LOG_KEY).toBe('local:decision-log');
  });
});
