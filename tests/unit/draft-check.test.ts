/** The content scripts' checker: settings and popup switches prepared once, then one draft at a time. */
import { describe, expect, it } from 'vitest';
import { createDraftChecker, dismissalText } from '../../utils/context/draft-check';
import { defaultSettings, type Settings } from '../../utils/context/settings';
import { check } from '../../utils/engine/engine';

const NI = 'Her NI number is JT123456C, can someone help?';
const settings = (patch: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...patch });
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

describe('createDraftChecker', () => {
  it('finds what the engine finds for the same request', () => {
    const checker = createDraftChecker({ settings: settings(), runtime: {} });
    const ours = checker({ text: NI, platform: 'x', surface: 'post' });
    const engine = check({ text: NI, platform: 'x', surface: 'post', account: 'councillor' });
    expect(ours.findings).toEqual(engine.findings);
    expect(ours.findings.map((f) => [f.ruleId, NI.slice(f.start, f.end)])).toEqual([['ni-number', 'JT123456C']]);
  });

  it('checks nothing while paused, and checks again once the pause has passed', () => {
    const paused = createDraftChecker({ settings: settings(), runtime: { pausedUntil: inAnHour() } });
    expect(paused({ text: NI, platform: 'x', surface: 'post' }).findings).toEqual([]);
    const lapsed = createDraftChecker({ settings: settings(), runtime: { pausedUntil: new Date(Date.now() - 1000).toISOString() } });
    expect(lapsed({ text: NI, platform: 'x', surface: 'post' }).findings).toHaveLength(1);
  });

  it('"I\'m in a regulatory meeting now" turns the meeting rule on for that committee', () => {
    const profile = { ...defaultSettings().profile, committees: ['Planning Committee'] };
    const text = 'Long night ahead, lots on the agenda.';
    const off = createDraftChecker({ settings: settings({ profile }), runtime: {} });
    expect(off({ text, platform: 'x', surface: 'post' }).findings.map((f) => f.ruleId)).not.toContain('meeting');
    const on = createDraftChecker({
      settings: settings({ profile }),
      runtime: { meetingNow: { committee: 'Planning Committee', until: inAnHour() } },
    });
    expect(on({ text, platform: 'x', surface: 'post' }).findings.map((f) => f.ruleId)).toContain('meeting');
  });

  it('a dismissed finding stays quiet for the same words in any case or spacing, and only for that rule', () => {
    const base = createDraftChecker({ settings: settings(), runtime: {} });
    const [finding] = base({ text: NI, platform: 'x', surface: 'post' }).findings;
    const dismissed = [{ ruleId: 'ni-number', text: dismissalText(finding!, NI) }];
    expect(dismissed[0]!.text).toBe('jt123456c');
    const muted = createDraftChecker({ settings: settings({ dismissed }), runtime: {} });
    expect(muted({ text: 'NI number jt123456c for the claim', platform: 'x', surface: 'post' }).findings).toEqual([]);
    expect(muted({ text: 'NI number AB123456C for the claim', platform: 'x', surface: 'post' }).findings).toHaveLength(1);
  });

  it('a rule turned off in settings does not run', () => {
    const checker = createDraftChecker({ settings: settings({ rules: { 'ni-number': { enabled: false } } }), runtime: {} });
    expect(checker({ text: NI, platform: 'x', surface: 'post' }).findings).toEqual([]);
  });

  it('refuses a draft beyond the request limit, so the caller fails open and says why', () => {
    const checker = createDraftChecker({ settings: settings(), runtime: {} });
    expect(() => checker({ text: 'a'.repeat(200_001), platform: 'x', surface: 'post' })).toThrow('longer than 200,000 characters');
  });

  it('the account kind follows the handle the page shows', () => {
    const accounts = [{ platform: 'x' as const, handle: '@MillbrookCouncil', kind: 'council' as const }];
    const checker = createDraftChecker({ settings: settings({ accounts }), runtime: {} });
    const repost = { text: '', platform: 'x' as const, surface: 'repost' as const, quoted: 'Vote Conservative on Thursday for lower council tax!' };
    expect(checker({ ...repost, account: ['millbrookcouncil'] }).findings.map((f) => f.category)).toContain('political');
    expect(checker({ ...repost, account: ['CllrJaneSmith'] }).findings.map((f) => f.category)).not.toContain('political');
  });
});
