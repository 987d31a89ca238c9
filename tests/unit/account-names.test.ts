/** Accounts the way people write them (issue 11, problem 1): every form matches what the page shows. */
import { describe, expect, it } from 'vitest';
import { accountKey, accountKindFor, isForeignAddress } from '../../utils/context/account-names';
import { settingsSchema, SETTINGS_VERSION, type Settings } from '../../utils/context/settings';

type Entry = Settings['accounts'][number];
const settingsWith = (...accounts: Entry[]): Settings => settingsSchema.parse({ version: SETTINGS_VERSION, accounts });
const council = (platform: Entry['platform'], handle: string): Settings => settingsWith({ platform, handle, kind: 'council' });
/** Unvalidated, for forms the settings schema refuses: matching must still never pick them. */
const raw = (platform: Entry['platform'], handle: string): Settings => ({ ...settingsWith(), accounts: [{ platform, handle, kind: 'council' }] });

// What the replicas (and the live sites) show for the account in use: see x-account.ts and facebook-dom.ts.
const X_SEEN = ['cllr_sample', 'Cllr Sample'];
const PAGE_SEEN = ['https://www.facebook.com/northshirecountycouncil', 'Northshire County Council'];
const PROFILE_SEEN = ['https://www.facebook.com/profile.php?id=100000000000001', 'Alex Morgan'];

describe('an X account entered as', () => {
  it.each([
    ['@handle', '@cllr_sample'],
    ['handle, any case', 'Cllr_Sample'],
    ['an https://x.com address', 'https://x.com/cllr_sample'],
    ['an address with no scheme', 'x.com/cllr_sample'],
    ['a twitter.com address with a query', 'https://twitter.com/cllr_sample?lang=en'],
    ['a mobile.twitter.com address', 'mobile.twitter.com/cllr_sample/'],
    ['www.x.com with @ in the path', 'www.x.com/@cllr_sample'],
    ['its display name', '  cllr   sample '],
  ])('%s (%s) is the council account the page shows', (_form, written) => {
    expect(accountKindFor(council('x', written), 'x', X_SEEN)).toBe('council');
  });

  it('a different handle, an X page that is no account, or the same handle on Facebook does not match', () => {
    expect(accountKindFor(council('x', 'x.com/cllr_sampler'), 'x', X_SEEN)).toBe('councillor');
    expect(accountKindFor(raw('x', 'https://x.com/home'), 'x', X_SEEN)).toBe('councillor');
    expect(accountKindFor(council('facebook', 'cllr_sample'), 'x', X_SEEN)).toBe('councillor');
  });
});

describe('a Facebook Page or profile entered as', () => {
  it.each([
    ['its slug', 'northshirecountycouncil'],
    ['its slug with full stops and capitals', 'Northshire.County.Council'],
    ['its address', 'https://www.facebook.com/northshirecountycouncil'],
    ['its address with no scheme and a trailing page', 'facebook.com/northshirecountycouncil/about'],
    ['its m.facebook.com address', 'https://m.facebook.com/northshirecountycouncil?ref=bookmarks'],
    ['its display name', 'Northshire County Council'],
  ])('%s (%s) is the council Page the page shows', (_form, written) => {
    expect(accountKindFor(council('facebook', written), 'facebook', PAGE_SEEN)).toBe('council');
  });

  it.each([
    ['a profile.php?id= address', 'https://www.facebook.com/profile.php?id=100000000000001'],
    ['its numeric id', '100000000000001'],
    ['a /pages/Name/id address', 'facebook.com/pages/Alex-Morgan/100000000000001'],
    ['a /p/Name-id address', 'https://www.facebook.com/p/Alex-Morgan-100000000000001/'],
  ])('%s (%s) matches the profile or Page with that id', (_form, written) => {
    expect(accountKindFor(council('facebook', written), 'facebook', PROFILE_SEEN)).toBe('council');
  });

  it('another Page, or Facebook’s own pages, do not match', () => {
    expect(accountKindFor(council('facebook', 'northshirecouncil'), 'facebook', PAGE_SEEN)).toBe('councillor');
    expect(accountKindFor(raw('facebook', 'https://www.facebook.com/groups/123456789'), 'facebook', PAGE_SEEN)).toBe('councillor');
    expect(accountKindFor(council('facebook', '100000000000002'), 'facebook', PROFILE_SEEN)).toBe('councillor');
  });
});

describe('written forms', () => {
  it('reduce to one key, so two forms of one account are a duplicate in settings', () => {
    expect(accountKey('x', 'https://twitter.com/Cllr_Sample')).toBe('cllr_sample');
    expect(accountKey('facebook', 'https://m.facebook.com/profile.php?id=123456789')).toBe('123456789');
    const result = settingsSchema.safeParse({
      version: SETTINGS_VERSION,
      accounts: [
        { platform: 'x', handle: '@cllr_sample', kind: 'councillor' },
        { platform: 'x', handle: 'https://x.com/cllr_sample', kind: 'council' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['accounts', 1, 'handle']);
  });

  it('an address on another site is refused with a reason, not stored to never match', () => {
    expect(isForeignAddress('x', 'https://www.facebook.com/northshirecountycouncil')).toBe(true);
    expect(isForeignAddress('facebook', 'www.northshire.gov.uk/contact')).toBe(true);
    expect(isForeignAddress('x', 'Cllr Sample')).toBe(false);
    const result = settingsSchema.safeParse({ version: SETTINGS_VERSION, accounts: [{ platform: 'x', handle: 'https://www.northshire.gov.uk', kind: 'council' }] });
    expect(result.error?.issues[0]).toMatchObject({ path: ['accounts', 0, 'handle'], message: expect.stringContaining('not an account on that site') });
  });

  it('an account the page does not show keeps the default kind', () => {
    const settings = { ...council('x', '@cllr_sample'), defaultAccountKind: 'personal' as const };
    expect(accountKindFor(settings, 'x', [])).toBe('personal');
    expect(accountKindFor(settings, 'x', undefined)).toBe('personal');
  });
});
