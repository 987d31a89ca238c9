/**
 * Which site's checks run on a tab, from its address. Messenger is Facebook's: the same account
 * and the same rules. Only https pages: the content scripts match nothing else.
 */
import type { Platform } from '../../utils/context/settings';

const HOSTS: Record<string, Platform> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'mobile.twitter.com': 'x',
  'facebook.com': 'facebook',
  'www.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'messenger.com': 'facebook',
  'www.messenger.com': 'facebook',
};

export function platformForUrl(url: string | undefined): Platform | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  return HOSTS[parsed.hostname.toLowerCase()] ?? null;
}
