import { describe, expect, it } from 'vitest';
import { setRuleOverride } from '../../components/options/rule-overrides';
import { linesOf, tidyProfile } from '../../components/options/tidy';
import { syncView } from '../../components/options/meetings-sync';
import { defaultSettings } from '../../utils/context/settings';

const rule = { id: 'threat', severity: 'high' as const };

describe('setRuleOverride', () => {
  it('stores only what differs from the rule default', () => {
    expect(setRuleOverride({}, rule, { enabled: false })).toEqual({ threat: { enabled: false } });
    expect(setRuleOverride({}, rule, { severity: 'medium' })).toEqual({ threat: { severity: 'medium' } });
    expect(setRuleOverride({}, rule, { severity: 'high' })).toEqual({});
  });

  it('removes the entry when the user goes back to the defaults, leaving other rules alone', () => {
    const overrides = { threat: { enabled: false, severity: 'low' as const }, 'phone-number': { severity: 'medium' as const } };
    const on = setRuleOverride(overrides, rule, { enabled: true });
    expect(on).toEqual({ threat: { severity: 'low' }, 'phone-number': { severity: 'medium' } });
    expect(setRuleOverride(on, rule, { severity: 'default' })).toEqual({ 'phone-number': { severity: 'medium' } });
    // The input is not changed in place: a failed save must leave the settings on screen as they were.
    expect(overrides).toEqual({ threat: { enabled: false, severity: 'low' }, 'phone-number': { severity: 'medium' } });
  });
});

describe('tidyProfile', () => {
  it('drops empty rows and trims, and keeps everything else', () => {
    const settings = defaultSettings();
    settings.profile = { role: 'officer', name: ' Sam Jones ', committees: ['', ' Planning Committee ', '  '], imprint: ' x ', ownContacts: ['07700 900123 ', ''] };
    settings.accounts = [
      { platform: 'x', handle: '  ', kind: 'council' },
      { platform: 'facebook', handle: 'Anytown Council', kind: 'council' },
    ];
    settings.language = 'cy';
    expect(tidyProfile(settings)).toEqual({
      ...settings,
      profile: { role: 'officer', name: 'Sam Jones', committees: ['Planning Committee'], imprint: 'x', ownContacts: ['07700 900123'] },
      accounts: [{ platform: 'facebook', handle: 'Anytown Council', kind: 'council' }],
    });
  });

  it('splits one entry per line', () => {
    expect(linesOf(' a@b.gov.uk \n\n07700 900123\r\n ')).toEqual(['a@b.gov.uk', '07700 900123']);
  });
});

describe('syncView (the last Modern.gov refresh)', () => {
  it('says nothing has happened when there is no record, or it is unreadable', () => {
    expect(syncView(null)).toEqual({ kind: 'never' });
  });

  it('reports the last success', () => {
    expect(syncView({ site: 's', lastAttempt: '2026-03-01T06:00:00Z', lastSuccess: '2026-03-01T06:00:00Z' })).toEqual({ kind: 'ok', at: '2026-03-01T06:00:00Z' });
  });

  it('reports a failure after a success, with the date of the meetings still shown', () => {
    expect(
      syncView({ site: 's', lastAttempt: '2026-03-02T06:00:00Z', lastSuccess: '2026-03-01T06:00:00Z', lastError: 'the site answered 500' }),
    ).toEqual({ kind: 'failed', error: 'the site answered 500', at: '2026-03-02T06:00:00Z', showingFrom: '2026-03-01T06:00:00Z' });
  });

  it('ignores an old error once a later refresh worked', () => {
    expect(
      syncView({ site: 's', lastAttempt: '2026-03-02T06:00:00Z', lastSuccess: '2026-03-02T06:00:00Z', lastError: 'timed out' }),
    ).toEqual({ kind: 'ok', at: '2026-03-02T06:00:00Z' });
  });

  it('reports a failure with nothing ever fetched', () => {
    expect(syncView({ site: 's', lastAttempt: '2026-03-02T06:00:00Z', lastError: 'not XML' })).toEqual({ kind: 'failed', error: 'not XML', at: '2026-03-02T06:00:00Z' });
  });
});
