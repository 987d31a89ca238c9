/**
 * Which site's checks run on a tab, from its address: exactly the hosts the content scripts match
 * (entrypoints/*.content.ts). Surfaces where councils' comms teams also post but that the
 * extension does not cover yet are named, so the popup can say plainly that they are not checked.
 * Only https pages: the content scripts match nothing else.
 */
import type { Platform } from '../../utils/context/settings';

const HOSTS: Record<string, Platform> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'mobile.x.com': 'x',
  'mobile.twitter.com': 'x',
  'pro.x.com': 'x',
  'pro.twitter.com': 'x',
  'www.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
};

/** Not covered yet, each with the reason the popup gives (popup.page.reason.*). */
export type UncheckedSurface = 'businessSuite' | 'messenger' | 'mobileFacebook';
const UNCHECKED: Record<string, UncheckedSurface> = {
  'business.facebook.com': 'businessSuite',
  'messenger.com': 'messenger',
  'www.messenger.com': 'messenger',
  'm.facebook.com': 'mobileFacebook',
};

function httpsHost(url: string | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
}

export function platformForUrl(url: string | undefined): Platform | null {
  const host = httpsHost(url);
  return host ? (HOSTS[host] ?? null) : null;
}

/** A surface of X or Facebook the extension does not check, or null. */
export function uncheckedSurface(url: string | undefined): UncheckedSurface | null {
  const host = httpsHost(url);
  return host ? (UNCHECKED[host] ?? null) : null;
}
