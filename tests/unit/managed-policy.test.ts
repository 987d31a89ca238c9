/** The council's managed policy: what it overrides, what it locks, and that a bad one changes nothing. */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defaultSettings, type Settings } from '../../utils/context/settings';
import { loadEffectiveSettings, watchEffectiveSettings } from '../../utils/storage/effective-settings';
import { applyManagedPolicy, loadManagedPolicy, managedPolicySchema, parseManagedPolicy, readManagedPolicy, type ManagedPolicy } from '../../utils/storage/managed-policy';
import { RULE_IDS } from '../../utils/storage/rule-ids';
import { saveSettings } from '../../utils/storage/settings-store';
import { RULES } from '../../rules';

const POLICY = {
  councilName: 'Anytown Borough Council',
  councilAccounts: { x: ['@AnytownCouncil'], facebook: ['anytowncouncil'] },
  elections: [{ poll: '2027-05-06', noticeOfElection: '2027-03-26' }],
  modernGovSite: 'https://democracy.anytown.gov.uk',
  rulesForcedOn: ['ni-number', 'exempt-business'],
  socialMediaPolicyUrl: 'https://www.anytown.gov.uk/social-media-policy',
} satisfies ManagedPolicy;

function userSettings(): Settings {
  return {
    ...defaultSettings(),
    council: { name: 'My council', modernGovSite: 'https://democracy.elsewhere.gov.uk' },
    accounts: [
      { platform: 'x', handle: 'anytowncouncil', kind: 'personal' },
      { platform: 'x', handle: 'CllrJane', kind: 'councillor' },
    ],
    elections: [{ poll: '2026-05-07' }],
    rules: { 'ni-number': { enabled: false, severity: 'low' }, threat: { enabled: false } },
  };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('applyManagedPolicy', () => {
  it('overrides the user’s values and lists exactly the locked paths', () => {
    const { settings, locked } = applyManagedPolicy(userSettings(), POLICY);
    expect(settings.council).toEqual({
      name: 'Anytown Borough Council',
      modernGovSite: 'https://democracy.anytown.gov.uk',
      policyUrl: 'https://www.anytown.gov.uk/social-media-policy',
    });
    expect(settings.elections).toEqual([{ poll: '2027-05-06', noticeOfElection: '2027-03-26' }]);
    // The managed account replaces the user's entry for the same account (kept as IT wrote it); the user's own account stays.
    expect(settings.accounts).toEqual([
      { platform: 'x', handle: '@AnytownCouncil', kind: 'council' },
      { platform: 'facebook', handle: 'anytowncouncil', kind: 'council' },
      { platform: 'x', handle: 'CllrJane', kind: 'councillor' },
    ]);
    // Forced on at the default severity; rules the policy does not name keep the user's choice.
    expect(settings.rules).toEqual({ 'ni-number': { enabled: true }, 'exempt-business': { enabled: true }, threat: { enabled: false } });
    expect([...locked].sort()).toEqual([
      'accounts',
      'accounts.facebook:anytowncouncil',
      'accounts.x:anytowncouncil',
      'council.modernGovSite',
      'council.name',
      'council.policyUrl',
      'elections',
      'rules.exempt-business',
      'rules.ni-number',
    ]);
  });

  it('locks only what the policy sets', () => {
    const { settings, locked } = applyManagedPolicy(userSettings(), { councilName: 'Anytown Borough Council' });
    expect([...locked]).toEqual(['council.name']);
    expect(settings).toEqual({ ...userSettings(), council: { ...userSettings().council, name: 'Anytown Borough Council' } });
  });

  it('changes nothing without a policy, and never mutates the user’s settings', () => {
    const mine = userSettings();
    expect(applyManagedPolicy(mine, null)).toEqual({ settings: mine, locked: new Set() });
    applyManagedPolicy(mine, POLICY);
    expect(mine).toEqual(userSettings());
  });
});

describe('parseManagedPolicy', () => {
  it('reads a valid policy and treats an empty one as none', () => {
    expect(parseManagedPolicy(POLICY)).toEqual({ policy: POLICY });
    expect(parseManagedPolicy({})).toEqual({ policy: null });
    expect(parseManagedPolicy(undefined)).toEqual({ policy: null });
  });

  it.each([
    [{ councilname: 'Typo' }, 'policy: unknown field "councilname"'],
    [{ modernGovSite: 'http://democracy.anytown.gov.uk' }, 'modernGovSite: expected a web address starting https://'],
    [{ elections: [{ poll: '06/05/2027' }] }, 'elections.0.poll: expected a date as YYYY-MM-DD'],
    [{ elections: [{ poll: '2027-05-06', noticeOfElection: '2027-06-01' }] }, 'elections.0.noticeOfElection: must be on or before polling day'],
    [{ councilAccounts: { x: [''] } }, 'councilAccounts.x.0: expected a handle'],
    [{ rulesForcedOn: 'ni-number' }, 'rulesForcedOn: expected array, received string'],
  ])('ignores an invalid policy entirely: %j', (raw, detail) => {
    expect(parseManagedPolicy(raw)).toEqual({ policy: null, problem: { kind: 'invalid', detail } });
  });

  it('names rule ids that do not exist', () => {
    expect(parseManagedPolicy({ rulesForcedOn: ['ni-number', 'ni-numbers'] }, ['ni-number', 'threat'])).toEqual({
      policy: null,
      problem: { kind: 'invalid', detail: 'rulesForcedOn: no rule called "ni-numbers"' },
    });
  });
});

describe('reading managed storage', () => {
  it('reads the policy Chrome provides', async () => {
    await fakeBrowser.storage.managed.set(POLICY);
    expect(await loadManagedPolicy()).toEqual(POLICY);
  });

  it('treats Firefox’s throw when no policy exists as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toEqual({ policy: null });
  });
});

describe('effective settings', () => {
  it('lays the policy over the stored settings', async () => {
    await saveSettings(userSettings());
    await fakeBrowser.storage.managed.set({ councilName: 'Anytown Borough Council', rulesForcedOn: ['threat'] });
    const effective = await loadEffectiveSettings();
    expect(effective.settings.council.name).toBe('Anytown Borough Council');
    expect(effective.settings.rules.threat).toEqual({ enabled: true });
    expect([...effective.locked].sort()).toEqual(['council.name', 'rules.threat']);
    expect(effective.problem).toBeUndefined();
  });

  it('ignores an invalid policy, says why in the user’s language, and keeps the user’s settings', async () => {
    await saveSettings({ ...userSettings(), language: 'cy' });
    await fakeBrowser.storage.managed.set({ councilName: 'Anytown', rulesForcedOn: ['no-such-rule'] });
    const effective = await loadEffectiveSettings();
    expect(effective.settings).toEqual({ ...userSettings(), language: 'cy' });
    expect(effective.locked.size).toBe(0);
    expect(effective.policyProblem).toBe(
      'Nid oedd modd defnyddio polisi a reolir eich cyngor, felly nid oes dim ohono’n cael ei weithredu (rulesForcedOn: no rule called "no-such-rule"). Rhowch wybod i’ch tîm TG.',
    );
    expect(effective.problem).toBe(effective.policyProblem);
  });

  it('calls back when the stored settings or the policy change, and stops when asked', async () => {
    const seen: string[] = [];
    const stop = watchEffectiveSettings((effective) => seen.push(effective.settings.council.name));
    await saveSettings({ ...defaultSettings(), council: { name: 'Mine' } });
    await vi.waitFor(() => expect(seen).toEqual(['Mine']));
    await fakeBrowser.storage.managed.set({ councilName: 'Managed' });
    await vi.waitFor(() => expect(seen).toEqual(['Mine', 'Managed']));
    stop();
    await fakeBrowser.storage.managed.set({ councilName: 'Later' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual(['Mine', 'Managed']);
  });
});

it('knows every registered rule id, so a policy can force on any rule (add new ids to utils/storage/rule-ids.ts)', () => {
  expect([...RULE_IDS].sort()).toEqual(RULES.map((rule) => rule.id).sort());
});

describe('what IT teams are given', () => {
  const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

  it('declares to Chrome exactly the fields the extension reads (public/managed_schema.json)', () => {
    const schema = JSON.parse(read('public/managed_schema.json')) as { properties: Record<string, { properties?: object }> };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(managedPolicySchema.shape).sort());
    expect(Object.keys(schema.properties.councilAccounts!.properties!).sort()).toEqual(['facebook', 'x']);
  });

  it('documents policies in the README that the extension accepts as they are', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('## For council IT teams'), readme.indexOf('\n## ', readme.indexOf('## For council IT teams') + 1));
    const examples = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!));
    expect(examples).toHaveLength(2);
    const [chrome, firefox] = examples as [
      { '3rdparty': { extensions: Record<string, unknown> } },
      { policies: { '3rdparty': { Extensions: Record<string, unknown> } } },
    ];
    for (const policy of [...Object.values(chrome['3rdparty'].extensions), ...Object.values(firefox.policies['3rdparty'].Extensions)]) {
      const reading = parseManagedPolicy(policy, RULE_IDS);
      expect(reading.problem).toBeUndefined();
      expect(reading.policy).toEqual(policy);
    }
    expect(Object.keys(firefox.policies['3rdparty'].Extensions)).toEqual(['councillor-post-check@example.org']);
  });
});
