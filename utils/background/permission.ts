/** Whether the user granted the one host permission the fetch needs (the options page asks for it). */
import { browser } from 'wxt/browser';
import { hostLabel, hostPermission } from './site';
import type { Problem } from './problem';

export async function missingPermission(base: string): Promise<Problem | undefined> {
  const granted = await browser.permissions.contains({ origins: [hostPermission(base)] }).catch(() => false);
  return granted ? undefined : { key: 'background.error.permission', params: { host: hostLabel(base) } };
}
