/**
 * Which X account the page is posting from. X shows it in three places; each is tried in turn, and
 * a candidate is only taken if it looks like a handle (1-15 letters, digits or _), so a changed
 * layout gives "unknown" (the user's default kind) rather than a wrong account.
 */
import { queryFirst } from './dom-query';
import { X_SELECTORS as X } from './x-selectors';

const HANDLE = /^\w{1,15}$/;
/** Top-level paths of X's own pages, which a profile-looking link may point at but are not handles. */
const RESERVED = new Set(['home', 'explore', 'notifications', 'messages', 'i', 'settings', 'compose', 'search', 'login', 'logout', 'tos', 'privacy']);

const asHandle = (candidate: string | undefined) =>
  candidate && HANDLE.test(candidate) && !RESERVED.has(candidate.toLowerCase()) ? candidate : undefined;

/** "Cllr Sample @cllr_sample" in the account switcher. */
function fromSwitcherText(document: Document): string | undefined {
  const text = queryFirst(document, X.account.switcher)?.textContent ?? '';
  // Not the middle of an email address: '@' starts a word and the handle ends it.
  return asHandle(text.match(/(?<![\w.])@(\w{1,15})(?![\w.@])/)?.[1]);
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

export function currentXAccount(document: Document): string | undefined {
  return fromSwitcherText(document) ?? fromSwitcherAvatar(document) ?? fromProfileLink(document);
}
