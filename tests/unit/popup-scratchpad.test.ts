import { describe, expect, it } from 'vitest';
import { applySuggestion, createScratchChecker } from '../../components/popup/scratch-check';
import { defaultSettings } from '../../utils/context/settings';

const NHS = 'Mrs Price’s NHS number is 943 476 5919';
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

describe('scratchpad check', () => {
  it('finds what the panel would find, with the exact span', async () => {
    const findings = (await createScratchChecker(defaultSettings(), {}, 'en-GB', 'councillor')(NHS)).findings;
    expect(findings.map((f) => [f.ruleId, NHS.slice(f.start, f.end)])).toEqual([['nhs-number', '943 476 5919']]);
  });

  it('still checks while checking on the sites is paused', async () => {
    const findings = (await createScratchChecker(defaultSettings(), { pausedUntil: inAnHour() }, 'en-GB', 'councillor')(NHS)).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(['nhs-number']);
  });

  it('checks as the account kind chosen: party content only matters on a council account', async () => {
    const text = 'Vote Labour on 7 May!';
    const asCouncil = (await createScratchChecker(defaultSettings(), {}, 'en-GB', 'council')(text)).findings.map((f) => f.category);
    const asCouncillor = (await createScratchChecker(defaultSettings(), {}, 'en-GB', 'councillor')(text)).findings.map((f) => f.category);
    expect(asCouncil).toContain('political');
    expect(asCouncillor).not.toContain('political');
  });

  it('honours the meeting switch', async () => {
    const settings = defaultSettings();
    settings.profile.committees = ['Planning Committee'];
    const runtime = { meetingNow: { committee: 'Planning Committee', until: inAnHour() } };
    const findings = (await createScratchChecker(settings, runtime, 'en-GB', 'councillor')('Lovely evening in the chamber.')).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(['meeting']);
    expect((await createScratchChecker(settings, {}, 'en-GB', 'councillor')('Lovely evening in the chamber.')).findings).toEqual([]);
  });

  it('honours rules the user switched off', async () => {
    const settings = defaultSettings();
    settings.rules = { 'nhs-number': { enabled: false } };
    expect((await createScratchChecker(settings, {}, 'en-GB', 'councillor')(NHS)).findings).toEqual([]);
  });

  it('applies a suggestion to the span only', async () => {
    expect(applySuggestion('call 07700 900123 now', { start: 5, end: 17 }, 'my office')).toBe('call my office now');
    expect(applySuggestion('abc', { start: 1, end: 2 }, '')).toBe('ac');
  });

  it('takes a space with a removed word, so no double space or space before a full stop is left', () => {
    expect(applySuggestion('Tell that useless Cllr Haig', { start: 10, end: 17 }, '')).toBe('Tell that Cllr Haig');
    expect(applySuggestion('Well done #useless.', { start: 10, end: 18 }, '')).toBe('Well done.');
    expect(applySuggestion('Well done #useless', { start: 10, end: 18 }, '')).toBe('Well done');
    expect(applySuggestion('Useless Cllr Haig', { start: 0, end: 7 }, '')).toBe('Cllr Haig');
    expect(applySuggestion('Tell that useless Cllr Haig', { start: 10, end: 17 }, 'hapless')).toBe('Tell that hapless Cllr Haig');
  });
});
