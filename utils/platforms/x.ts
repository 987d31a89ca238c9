/**
 * The X (x.com, twitter.com) adapter: where the composers are, how to read them, what a send looks
 * like. Selectors live in x-selectors.ts; this file holds only the logic that uses them.
 */
import { readRichText } from './dom-text';
import { richTextRange } from './dom-range';
import { closestAny, eventElement, isDisabled, queryAll, queryFirst } from './dom-query';
import { replaceRichTextRange, selectRichTextRange } from './write-text';
import { MAX_COMPOSER_DEPTH, X_SELECTORS as X } from './x-selectors';
import type { Composer, PlatformAdapter, PostText, SendAttempt } from './types';

/** Climbs from `start` until an ancestor holds a match, never past a dialog (the modal sits over the home box). */
function nearest(start: Element, selectors: readonly string[]): Element | null {
  let scope: Element | null = start;
  for (let depth = 0; scope && depth < MAX_COMPOSER_DEPTH; depth++) {
    const found = scope.matches(selectors.join(',')) ? scope : queryFirst(scope, selectors);
    if (found) return found;
    if (closestAny(scope, X.dialog) === scope) return null;
    scope = scope.parentElement;
  }
  return null;
}

function composerFor(editor: HTMLElement, send: HTMLElement | null): Composer {
  // Replies and quotes are told apart in a later issue; every X composer is a post for now.
  return { editor, send, surface: 'post' };
}

function sendAttemptFor(event: Event): SendAttempt | null {
  const target = eventElement(event);
  if (!target) return null;

  if (event.type === 'click') {
    const control = closestAny(target, X.sendButton) as HTMLElement | null;
    // X ignores clicks on a disabled button (empty draft), and so do we.
    if (!control || isDisabled(control)) return null;
    const editor = nearest(control, X.editor) as HTMLElement | null;
    return editor
      ? { via: 'click', control, surface: 'post', composers: [composerFor(editor, control)] }
      : { via: 'click', control, surface: 'post', composers: [], missing: 'draft' };
  }

  if (event.type === 'keydown') {
    const key = event as KeyboardEvent;
    if (key.key !== 'Enter' || !(key.ctrlKey || key.metaKey) || key.isComposing) return null;
    const editor = closestAny(target, X.editor) as HTMLElement | null;
    if (!editor) return null;
    const control = nearest(editor, X.sendButton) as HTMLElement | null;
    if (control && isDisabled(control)) return null;
    return { via: 'keyboard', control, surface: 'post', composers: [composerFor(editor, control)] };
  }
  return null;
}

function readPost(article: Element): PostText | null {
  if (!article.matches(X.post.article.join(','))) return null;
  // The post's own text is the tweetText that is not inside a div[role="link"]: that box is the quoted post.
  const quoteBoxOf = (element: Element) => {
    const box = closestAny(element, X.post.quotedPost);
    return box && article.contains(box) ? box : null;
  };
  const texts = queryAll(article, X.post.text);
  const own = texts.find((element) => !quoteBoxOf(element));
  const quoted = texts.find((element) => quoteBoxOf(element));
  const truncated = queryAll(article, X.post.showMore).some((element) => !quoteBoxOf(element));
  return {
    text: own ? readRichText(own) : '',
    ...(quoted ? { quoted: readRichText(quoted) } : {}),
    truncated,
  };
}

export const xAdapter: PlatformAdapter = {
  platform: 'x',
  findComposers(root) {
    return queryAll(root, X.editor).map((editor) => {
      const send = nearest(editor, X.sendButton) as HTMLElement | null;
      return composerFor(editor as HTMLElement, send);
    });
  },
  readDraft: readRichText,
  sendAttemptFor,
  replaceRange: (editor, start, end, replacement) => replaceRichTextRange(editor, start, end, replacement),
  selectRange: (editor, start, end) => void selectRichTextRange(editor, start, end),
  rangeFor: richTextRange,
  readPost,
  currentAccount(document) {
    // The account switcher shows "Name @handle"; the handle is the account's stable id.
    const switcher = queryFirst(document, X.accountSwitcher);
    return switcher?.textContent?.match(/@(\w{1,15})/)?.[1];
  },
};
