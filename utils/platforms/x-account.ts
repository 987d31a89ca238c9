/**
 * Which X account the page is posting from. X shows the handle in three places; each is tried in
 * turn, and a candidate is only taken if it looks like a handle (1-15 letters, digits or _), so a
 * changed layout gives "unknown" (the user's default kind) rather than a wrong account. The
 * display name beside it is read too: people enter either.
 */
import { queryFirst } from './dom-query';
import { X_SELECTORS as X } from './x-selectors';

const HANDLE = /^\w{1,15}$/;
/** Top-level paths of X's own pages, which a profile-looking link may point at but are not handles. */
const RESERVED = new Set(['home', 'explore', 'notifications', 'messages', 'i', 'settings', 'compose', 'search', 'login', 'logout', 'tos', 'privacy']);

const asHandle = (candidate: string | undefined) =>
  candidate && HANDLE.test(candidate) && !RESERVED.has(candidate.toLowerCase()) ? candidate : undefined;

/**
 * "Cllr Sample" and "@cllr_sample" in the account switcher. X renders them in separate spans, so
 * the handle is a text node of its own: matching whole text nodes keeps "me@example.com" in a
 * display name from reading as a handle.
 */
function fromSwitcherText(document: Document): string | undefined {
  const switcher = queryFirst(document, X.account.switcher);
  const walker = switcher && document.createTreeWalker(switcher, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker?.nextNode(); node; node = walker!.nextNode()) {
    const handle = asHandle(node.textContent?.trim().match(/^@(\w{1,15})$/)?.[1]);
    if (handle) return handle;
  }
  return undefined;
}

/** UserAvatar-Container-<handle> inside the switcher, when its text is hidden (the collapsed side bar). */
function fromSwitcherAvatar(document: Document): string | undefined {
  const testId = queryFirst(document, X.account.switcherAvatar)?.getAttribute('data-testid') ?? '';
  return asHandle(testId.replace(/^UserAvatar-Container-/, ''));
}

/** The side nav's Profile link: href="/<handle>". */
function fromProfileLink(document: Document): string | undefined {
  const href = queryFirst(document, X.account.profileLink)?.getAttribute('href') ?? '';
  return asHandle(href.match(/^(?:https:\/\/(?:x|twitter)\.com)?\/([^/?#]+)\/?(?:[?#]|$)/)?.[1]);
}

/** "Cllr Sample" in the switcher: the first text that is neither the handle nor empty. */
function displayName(document: Document): string | undefined {
  const switcher = queryFirst(document, X.account.switcher);
  const walker = switcher && document.createTreeWalker(switcher, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker?.nextNode(); node; node = walker!.nextNode()) {
    const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text && !text.startsWith('@') && text.length <= 50) return text;
  }
  return undefined;
}

/** The handle first (it decides when both are listed), then the display name. */
export function currentXAccount(document: Document): string[] {
  const handle = fromSwitcherText(document) ?? fromSwitcherAvatar(document) ?? fromProfileLink(document);
  // Without a handle the switcher's text is not known to be the account's: no name either.
  if (!handle) return [];
  const name = displayName(document);
  return name ? [handle, name] : [handle];
}
