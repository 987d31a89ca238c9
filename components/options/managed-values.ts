/**
 * The options page shows the effective settings (the council's managed values in place), but
 * saves only what the user chose: before a save, every locked path gets the user's own stored
 * value back, so a managed value never becomes the user's own and lifting the policy restores
 * what they had.
 */
import { accountIdentity } from '../../utils/context/account-names';
import type { Settings } from '../../utils/context/settings';

type Account = Settings['accounts'][number];
export const accountLockKey = (account: Pick<Account, 'platform' | 'handle'>): string =>
  `accounts.${accountIdentity(account)}`;

export function withoutManagedValues(next: Settings, own: Settings, locked: ReadonlySet<string>): Settings {
  if (locked.size === 0) return next;
  const council = { ...next.council };
  for (const field of ['name', 'modernGovSite', 'policyUrl'] as const) {
    if (!locked.has(`council.${field}`)) continue;
    if (own.council[field] === undefined) delete council[field];
    else (council as Record<string, string>)[field] = own.council[field]!;
  }
  const rules = { ...next.rules };
  for (const path of locked) {
    if (!path.startsWith('rules.')) continue;
    const id = path.slice('rules.'.length);
    const mine = own.rules[id];
    if (mine) rules[id] = mine;
    else delete rules[id];
  }
  // Managed accounts leave; the user's own entries for those same accounts come back.
  const accounts = [
    ...next.accounts.filter((account) => !locked.has(accountLockKey(account))),
    ...own.accounts.filter((account) => locked.has(accountLockKey(account))),
  ];
  return {
    ...next,
    council,
    rules,
    accounts,
    elections: locked.has('elections') ? own.elections : next.elections,
  };
}
