import { describe, expect, it } from 'vitest';
import {
  SETTINGS_VERSION,
  accountKindFor,
  defaultSettings,
  importSettings,
  parseSettings,
  serialiseSettings,
  toCheckContext,
  toCheckOptions,
  type Settings,
} from '../../utils/context/settings';
import { checkRequestSchema } from '../../utils/engine/request';
import { check } from '../../utils/engine/engine';

const valid = {
  version: 2,
  profile: { role: 'councillor', name: 'Jane Smith', committees: ['Planning Committee'], imprint: '' },
  accounts: [
    { platform: 'x', handle: '@CllrJaneSmith', kind: 'councillor' },
    { platform: 'x', handle: 'janesmith', kind: 'personal' },
    { platform: 'facebook', handle: 'Anytown Council', kind: 'council' },
  ],
  elections: [{ poll: '2026-05-07', label: 'Borough elections' }],
  watchTerms: [{ term: 'Wheatfield Farm', category: 'predetermination', note: 'on the June agenda' }],
  rules: { 'nhs-number': { severity: 'medium' }, 'imprint-missing': { enabled: false } },
};

function expectOk(json: unknown): Settings {
  const result = parseSettings(json);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('parseSettings', () => {
  it('accepts complete settings and fills defaults', () => {
    const settings = expectOk(valid);
    expect(settings.defaultAccountKind).toBe('councillor');
    expect(settings.meetings).toEqual([]);
    expect(settings.profile.ownContacts).toEqual([]);
    expect(settings.rules['nhs-number']).toEqual({ severity: 'medium' });
  });

  it('gives empty settings a full default shape', () => {
    expect(expectOk({ version: 3 })).toEqual(defaultSettings());
    expect(defaultSettings().setupComplete).toBe(false);
    // Someone upgrading from v2 already set things up: first-run setup is not shown again.
    expect(expectOk({ version: 2 })).toEqual({ ...defaultSettings(), setupComplete: true });
    expect(defaultSettings().profile.role).toBe('councillor');
  });

  it('reads the text of a settings file, and round-trips what it writes', () => {
    const settings = expectOk(JSON.stringify(valid));
    expect(expectOk(serialiseSettings(settings))).toEqual(settings);
  });

  it.each([
    [{ ...valid, accounts: [...valid.accounts, { platform: 'x', handle: 'a', kind: 'officer' }] },
      'accounts.3.kind: expected one of personal, councillor, council'],
    [{ ...valid, accounts: [{ platform: 'instagram', handle: 'a', kind: 'personal' }] },
      'accounts.0.platform: expected one of x, facebook'],
    [{ ...valid, accounts: [{ platform: 'x', kind: 'personal' }] }, 'accounts.0.handle: missing (expected string)'],
    [{ ...valid, elections: [{ poll: '7 May 2026' }] }, 'elections.0.poll: expected a date as YYYY-MM-DD'],
    [{ ...valid, elections: [{ poll: '2026-05-07', noticeOfElection: '2026-05-08' }] },
      'elections.0.noticeOfElection: must be on or before polling day'],
    [{ ...valid, watchTerms: [{ term: 'x', category: 'gossip' }] }, 'watchTerms.0.category: expected one of personal-data'],
    [{ ...valid, rules: { 'nhs-number': { severity: 'critical' } } }, 'rules.nhs-number.severity: expected one of high, medium, low'],
    [{ ...valid, profile: { committees: 'Planning' } }, 'profile.committees: expected array, received string'],
    [{ ...valid, acounts: [] }, 'settings: unknown field "acounts"'],
    [{ ...valid, rules: { 'No Such Rule': { enabled: false } } }, 'rules.No Such Rule: expected a rule id'],
    [{ ...valid, meetings: [{ committee: 'Cabinet', start: 'tomorrow' }] },
      'meetings.0.start: expected a date and time like 2026-05-07T19:00:00Z'],
    [{ ...valid, accounts: [valid.accounts[0], { platform: 'x', handle: 'cllrjanesmith', kind: 'personal' }] },
      'accounts.1.handle: account 2 is the same as account 1'],
    [{ version: 4 }, 'version: 4 is newer than this version understands (3)'],
    [{ ...valid, language: 'fr' }, 'language: expected one of auto, en-GB, cy'],
    [{ ...valid, council: { policyUrl: 'javascript:alert(1)' } }, 'council.policyUrl: expected a web address starting https://'],
    [{ version: 'two' }, 'version: expected a whole number'],
    [[], 'settings: expected an object'],
    ['{"version": 2,', 'settings: not valid JSON'],
  ])('names the field that is wrong (%#)', (json, message) => {
    const result = parseSettings(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});

describe('migration from version 1', () => {
  const v1 = {
    version: 1,
    profile: { role: 'councillor', name: 'Jane Smith', committees: 'Planning Committee, Licensing Sub-Committee ,, ' },
    accounts: [{ platform: 'x', handle: '@CllrJaneSmith', kind: 'councillor' }],
  };

  it('turns the comma-separated committees into a list', () => {
    const settings = expectOk(v1);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.profile.committees).toEqual(['Planning Committee', 'Licensing Sub-Committee']);
    expect(settings.profile.name).toBe('Jane Smith');
  });

  it('reads a file with no version as version 1', () => {
    const { version: _version, ...unversioned } = v1;
    expect(expectOk(unversioned).profile.committees).toEqual(['Planning Committee', 'Licensing Sub-Committee']);
  });

  it('leaves its input untouched', () => {
    const copy = structuredClone(v1);
    expectOk(v1);
    expect(v1).toEqual(copy);
  });

  it('still validates what it produces', () => {
    const result = parseSettings({ ...v1, accounts: [{ platform: 'x', handle: 'a', kind: 'ward' }] });
    expect(result).toEqual({ ok: false, error: 'accounts.0.kind: expected one of personal, councillor, council' });
  });
});

describe('importSettings', () => {
  const current = expectOk(valid);

  it('replaces the settings with a valid file', () => {
    const outcome = importSettings(current, { version: 2, profile: { name: 'New Name' } });
    expect(outcome.ok).toBe(true);
    expect(outcome.settings.profile.name).toBe('New Name');
    expect(outcome.settings.accounts).toEqual([]);
  });

  it('keeps the current settings, untouched, when any part of the file is wrong', () => {
    const before = structuredClone(current);
    const outcome = importSettings(current, { ...valid, profile: { name: 'Changed' }, elections: [{ poll: 'soon' }] });
    expect(outcome.ok).toBe(false);
    expect(outcome.settings).toBe(current);
    expect(current).toEqual(before);
  });
});

describe('accounts and check context', () => {
  const settings = expectOk(valid);

  it('matches handles case-insensitively, with or without @', () => {
    expect(accountKindFor(settings, 'x', 'cllrjanesmith')).toBe('councillor');
    expect(accountKindFor(settings, 'x', '@JaneSmith')).toBe('personal');
    expect(accountKindFor(settings, 'facebook', 'anytown council')).toBe('council');
    expect(accountKindFor(settings, 'facebook', 'janesmith')).toBe('councillor'); // other platform: default
    expect(accountKindFor({ ...settings, defaultAccountKind: 'personal' }, 'x', undefined)).toBe('personal');
  });

  it('produces request fields the engine accepts, with the notice date worked out', () => {
    const context = toCheckContext(
      { ...settings, elections: [{ poll: '2025-05-01' }, { poll: '2026-05-07' }] },
      { platform: 'x', account: ['@CLLRJANESMITH'], now: new Date('2026-04-20T12:00:00Z') },
    );
    expect(context.account).toBe('councillor');
    expect(context.profile.committees).toEqual(['Planning Committee']);
    expect(context.election).toEqual({ poll: '2026-05-07', noticeOfElection: '2026-03-30' });
    expect(context.watchTerms).toEqual([{ term: 'Wheatfield Farm', category: 'predetermination', note: 'on the June agenda' }]);
    expect(checkRequestSchema.safeParse({ text: 'hello', ...context }).success).toBe(true);
  });

  it('hands the rule overrides to the engine', () => {
    const { findings } = check({ text: 'Jane’s NHS number is 943 476 5919', ...toCheckContext(settings, { platform: 'x' }) }, toCheckOptions(settings));
    const nhs = findings.filter((f) => f.ruleId === 'nhs-number');
    expect(nhs.length).toBeGreaterThan(0);
    expect(nhs.every((f) => f.severity === 'medium')).toBe(true);
  });

  it('leaves out past elections and long-finished meetings', () => {
    const meeting = (start: string) => ({ committee: 'Planning Committee', start, items: [] });
    const context = toCheckContext(
      { ...settings, elections: [{ poll: '2025-05-01' }], meetings: [meeting('2026-03-01T18:00:00Z'), meeting('2026-04-15T18:00:00Z')] },
      { platform: 'facebook', account: ['Anytown Council'], now: new Date('2026-04-20T12:00:00Z') },
    );
    expect(context.account).toBe('council');
    expect(context.election).toBeUndefined();
    expect(context.meetings.map((m) => m.start)).toEqual(['2026-04-15T18:00:00Z']);
  });
});
