/**
 * Issue 11, problem 6: a web address typed without https:// is completed, not refused, and a save
 * that fails names the field as the person knows it, never by its path.
 */
import { describe, expect, it } from 'vitest';
import { completeUrl, tidyProfile } from '../../components/options/tidy';
import { defaultSettings } from '../../utils/context/settings';
import { saveSettings } from '../../utils/storage/settings-store';

describe('web addresses typed as people type them', () => {
  it.each([
    ['council.gov.uk/social-media-policy', 'https://council.gov.uk/social-media-policy'],
    ['www.northshire.gov.uk', 'https://www.northshire.gov.uk'],
    ['democracy.example.gov.uk:8443/mgListCommittees.aspx', 'https://democracy.example.gov.uk:8443/mgListCommittees.aspx'],
    ['https://council.gov.uk/policy', 'https://council.gov.uk/policy'],
    ['http://intranet.council.local/policy', 'http://intranet.council.local/policy'],
    ['our policy', 'our policy'],
  ])('%s → %s', (typed, completed) => {
    expect(completeUrl(typed)).toBe(completed);
  });

  it('completes the policy address and the Modern.gov site when the profile is saved', () => {
    const settings = defaultSettings();
    settings.council = { name: 'Anytown Borough Council', policyUrl: 'council.gov.uk/policy', modernGovSite: 'democracy.example.gov.uk' };
    expect(tidyProfile(settings).council).toEqual({ name: 'Anytown Borough Council', policyUrl: 'https://council.gov.uk/policy', modernGovSite: 'https://democracy.example.gov.uk' });
  });
});

describe('a save that fails', () => {
  it('names the field in plain words, not as council.policyUrl', async () => {
    const settings = { ...defaultSettings(), council: { policyUrl: 'our policy' } };
    const outcome = await saveSettings(settings);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatch(/^The web address of your council’s social media policy: /);
    expect(outcome.error).not.toContain('council.policyUrl');
  });
});
