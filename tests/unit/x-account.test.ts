/** Which X account is posting, from each place the page shows it, and never a wrong guess. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { xAdapter } from '../../utils/platforms/x';
import { staticPage, xFixturePage } from '../support/dom';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});
function account(html: string): string | undefined {
  return accounts(html)[0];
}
function accounts(html: string): string[] {
  const window = staticPage(html);
  windows.push(window);
  return xAdapter.currentAccount(window.document as unknown as Document);
}

const SWITCHER = (inner: string) => `<button data-testid="SideNav_AccountSwitcher_Button">${inner}</button>`;

describe('currentAccount on X', () => {
  it('reads "Name @handle" in the account switcher', () => {
    expect(account(SWITCHER('<div><span>Cllr Sample</span></div><div><span>@cllr_sample</span></div>'))).toBe('cllr_sample');
  });

  it('falls back to the switcher avatar named UserAvatar-Container-<handle> when the text is hidden', () => {
    expect(account(SWITCHER('<div data-testid="UserAvatar-Container-RiversideBC"></div>'))).toBe('RiversideBC');
  });

  it('falls back to the side nav Profile link (href="/<handle>")', () => {
    expect(account('<a data-testid="AppTabBar_Profile_Link" href="/cllr_sample">Profile</a>')).toBe('cllr_sample');
    expect(account('<a data-testid="AppTabBar_Profile_Link" href="https://x.com/cllr_sample?ref=nav">Profile</a>')).toBe('cllr_sample');
  });

  it('gives no account rather than a wrong one: an email in the name, X’s own paths, too-long names', () => {
    expect(account(SWITCHER('<span>me@example.com</span>'))).toBeUndefined();
    expect(account('<a data-testid="AppTabBar_Profile_Link" href="/home">Profile</a>')).toBeUndefined();
    expect(account('<a data-testid="AppTabBar_Profile_Link" href="/cllr_sample/status/1">Profile</a>')).toBeUndefined();
    expect(account(SWITCHER('<div data-testid="UserAvatar-Container-this_is_far_too_long_for_x"></div>'))).toBeUndefined();
    expect(account('<main>nothing here</main>')).toBeUndefined();
  });

  it('reads the display name beside the handle, and no name without a handle', () => {
    expect(accounts(SWITCHER('<div><span>Cllr Sample</span></div><div><span>@cllr_sample</span></div>'))).toEqual(['cllr_sample', 'Cllr Sample']);
    expect(accounts(SWITCHER('<div><span>Cllr Sample</span></div>'))).toEqual([]);
  });

  it('reads the replica’s signed-in account', async () => {
    const window = await xFixturePage();
    windows.push(window);
    expect(xAdapter.currentAccount(window.document as unknown as Document)).toEqual(['cllr_sample', 'Cllr Sample']);
  });
});
