/**
 * Accounts the way people write them. A council officer copies whatever is at hand: "@cllr_sample",
 * "https://x.com/cllr_sample", "twitter.com/cllr_sample", a Facebook Page's address, its slug, its
 * numeric id or just its display name. Each form is reduced to one comparable key, and the page
 * offers every name it shows for the account in use (handle, Page id or slug, display name), so
 * any of them matches. A form that silently never matched used to switch checks off (issue 11).
 *
 * No zod here: the content scripts use this on every check.
 */
import type { Settings } from './settings';

export type AccountPlatform = 'x' | 'facebook';

/** Top-level paths of X's own pages, never handles. */
const X_RESERVED = new Set(['home', 'explore', 'notifications', 'messages', 'i', 'settings', 'compose', 'search', 'login', 'logout', 'tos', 'privacy', 'intent', 'share', 'hashtag']);
/** Top-level paths of Facebook's own pages, never a Page or profile slug. */
const FACEBOOK_RESERVED = new Set(['home.php', 'watch', 'groups', 'events', 'marketplace', 'messages', 'notifications', 'settings', 'login', 'login.php', 'gaming', 'friends', 'bookmarks', 'stories', 'reel', 'photo', 'photo.php', 'permalink.php', 'story.php', 'share', 'sharer', 'sharer.php', 'hashtag', 'search']);

const X_HOST = /^(?:(?:www|mobile|m)\.)?(?:x|twitter)\.com$/;
const FACEBOOK_HOST = /^(?:(?:www|m|web|mbasic|business|touch)\.)?(?:facebook|fb)\.com$/;
/**
 * An address typed without its scheme: "x.com/name", "m.facebook.com/name", "www.council.gov.uk".
 * Only common endings count, so a Facebook username with full stops ("anytown.council") stays one.
 */
const BARE_ADDRESS = /^(?:[a-z0-9-]+\.){1,3}(?:com|uk|org|net|gov|wales|cymru|info)(?:[/?#:]|$)/i;

/** The address in `written`, if it is one (with or without https://), else undefined. */
function asAddress(written: string): URL | undefined {
  const candidate = /^https?:\/\//i.test(written) ? written : BARE_ADDRESS.test(written) ? `https://${written}` : undefined;
  return candidate && URL.canParse(candidate) ? new URL(candidate) : undefined;
}

/** The X handle in an x.com / twitter.com address, lower case. */
function xHandleIn(url: URL): string | undefined {
  if (!X_HOST.test(url.hostname.toLowerCase())) return undefined;
  const first = url.pathname.split('/').filter(Boolean)[0] ?? '';
  const handle = first.replace(/^@/, '').toLowerCase();
  return /^\w{1,50}$/.test(handle) && !X_RESERVED.has(handle) ? handle : undefined;
}

/** The Page or profile in a facebook.com address: its numeric id where the address carries one, else its slug. */
function facebookKeyIn(url: URL): string | undefined {
  if (!FACEBOOK_HOST.test(url.hostname.toLowerCase())) return undefined;
  const parts = url.pathname.split('/').filter(Boolean).map((part) => decodeURIComponent(part));
  const first = (parts[0] ?? '').toLowerCase();
  if (first === 'profile.php') return /^\d{5,20}$/.test(url.searchParams.get('id') ?? '') ? url.searchParams.get('id')! : undefined;
  // /pages/Name/123456, /people/Name/123456, /p/Name-123456/ (the newer Page addresses).
  if (first === 'pages' || first === 'people') return /^\d{5,20}$/.test(parts[2] ?? '') ? parts[2] : undefined;
  if (first === 'p') return parts[1]?.match(/-(\d{5,20})$/)?.[1];
  if (!first || FACEBOOK_RESERVED.has(first)) return undefined;
  return facebookSlug(first);
}

/** Facebook ignores case and full stops in usernames: "Anytown.Council" is "anytowncouncil". */
const facebookSlug = (slug: string): string | undefined => (/^[\w.-]{1,80}$/.test(slug) ? slug.toLowerCase().replace(/\./g, '') : undefined);

/** A display name compares without case or repeated spaces. */
const nameKey = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The key one written form of an account reduces to, or undefined when it is an address that names
 * no account on that platform (a council website, an X address entered for Facebook).
 */
export function accountKey(platform: AccountPlatform, written: string): string | undefined {
  const text = written.trim();
  if (text === '') return undefined;
  const address = asAddress(text);
  if (address) return platform === 'x' ? xHandleIn(address) : facebookKeyIn(address);
  const bare = text.replace(/^@/, '');
  // X allows 15 characters today; older and test accounts run longer, and a longer "handle" harms nothing.
  if (platform === 'x' && /^\w{1,50}$/.test(bare)) return bare.toLowerCase();
  if (platform === 'facebook' && /^[\w.-]{1,80}$/.test(bare)) return /^\d+$/.test(bare) ? bare : facebookSlug(bare);
  return nameKey(text);
}

/** One account's identity across its written forms, e.g. "x:cllr_sample": the key for duplicates and locks. */
export const accountIdentity = (account: { platform: AccountPlatform; handle: string }): string =>
  `${account.platform}:${accountKey(account.platform, account.handle) ?? account.handle.trim().toLowerCase()}`;

/** True when `written` is an address, but not one of an account on `platform`: worth telling the user. */
export const isForeignAddress = (platform: AccountPlatform, written: string): boolean =>
  asAddress(written.trim()) !== undefined && accountKey(platform, written) === undefined;

/**
 * The kind of the account a post goes out from. `seen` is every name the page shows for it (an X
 * handle and display name; a Facebook Page's id or slug and its name); any one that matches an
 * entry, in any of its written forms, decides.
 */
export function accountKindFor(
  settings: Pick<Settings, 'accounts' | 'defaultAccountKind'>,
  platform: AccountPlatform,
  seen: string | readonly string[] | undefined,
): Settings['defaultAccountKind'] {
  const names = seen === undefined ? [] : typeof seen === 'string' ? [seen] : seen;
  const keys = new Set(names.map((name) => accountKey(platform, name)).filter((key) => key !== undefined));
  if (keys.size === 0) return settings.defaultAccountKind;
  const match = settings.accounts.find((account) => account.platform === platform && keys.has(accountKey(platform, account.handle) ?? ''));
  return match?.kind ?? settings.defaultAccountKind;
}
