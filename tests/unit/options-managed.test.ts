import { describe, expect, it } from 'vitest';
import { withoutManagedValues } from '../../components/options/managed-values';
import { defaultSettings, type Settings } from '../../utils/context/settings';
import { applyManagedPolicy } from '../../utils/storage/managed-policy';

function ownSettings(): Settings {
  const settings = defaultSettings();
  settings.council = { name: 'My own name for it', policyUrl: 'https://example.org/my-policy' };
  settings.accounts = [
    { platform: 'x', handle: '@AnytownCouncil', kind: 'personal' },
    { platform: 'x', handle: 'CllrJane', kind: 'councillor' },
  ];
  settings.elections = [{ poll: '2027-05-06' }];
  settings.rules = { threat: { severity: 'low' }, 'phone-number': { enabled: false } };
  return settings;
}

const POLICY = {
  councilName: 'Anytown Borough Council',
  councilAccounts: { x: ['AnytownCouncil'] },
  elections: [{ poll: '2027-05-13' }],
  modernGovSite: 'https://democracy.anytown.gov.uk',
  rulesForcedOn: ['threat'],
  socialMediaPolicyUrl: 'https://www.anytown.gov.uk/social-media',
};

describe('withoutManagedValues', () => {
  it('saving the page unchanged writes back exactly the user’s own settings', () => {
    const own = ownSettings();
    const { settings: shown, locked } = applyManagedPolicy(own, POLICY);
    expect(shown.council.name).toBe('Anytown Borough Council');
    const saved = withoutManagedValues(shown, own, locked);
    expect(saved.council).toEqual(own.council);
    expect(saved.elections).toEqual(own.elections);
    expect(saved.rules).toEqual(own.rules);
    expect(new Set(saved.accounts.map((a) => `${a.handle}:${a.kind}`))).toEqual(new Set(['@AnytownCouncil:personal', 'CllrJane:councillor']));
  });

  it('keeps the user’s changes to fields the policy does not set', () => {
    const own = ownSettings();
    const { settings: shown, locked } = applyManagedPolicy(own, POLICY);
    const edited: Settings = {
      ...shown,
      profile: { ...shown.profile, name: 'Jane Smith' },
      accounts: [...shown.accounts, { platform: 'facebook', handle: 'Jane Smith', kind: 'councillor' }],
      rules: { ...shown.rules, 'ni-number': { severity: 'medium' } },
      language: 'cy',
    };
    const saved = withoutManagedValues(edited, own, locked);
    expect(saved.profile.name).toBe('Jane Smith');
    expect(saved.language).toBe('cy');
    expect(saved.rules).toEqual({ threat: { severity: 'low' }, 'phone-number': { enabled: false }, 'ni-number': { severity: 'medium' } });
    expect(saved.accounts).toContainEqual({ platform: 'facebook', handle: 'Jane Smith', kind: 'councillor' });
    expect(saved.accounts).not.toContainEqual({ platform: 'x', handle: 'anytowncouncil', kind: 'council' });
    // No managed site leaks in as the user's own.
    expect(saved.council).not.toHaveProperty('modernGovSite');
  });

  it('changes nothing when nothing is locked', () => {
    const own = ownSettings();
    const edited = { ...own, language: 'cy' as const };
    expect(withoutManagedValues(edited, own, new Set())).toBe(edited);
  });
});
