/**
 * The X (x.com, twitter.com) adapter: composers (post, reply, quote, thread, DM), the repost guard
 * and the account in use. Selectors live in x-selectors.ts; each concern has its own x-*.ts file.
 */
import { readRichText } from './dom-text';
import { richTextRange } from './dom-range';
import { isTextarea, readTextarea, replaceTextareaRange, selectTextareaRange } from './textarea';
import { replaceDraftRange, selectDraftRange } from './draft-write';
import { currentXAccount } from './x-account';
import { composeAttempt, composersFor, kindOf } from './x-compose';
import { readPost } from './x-post';
import { createRepostMemory } from './x-repost';
import { nearest } from './x-scope';
import { X_ANCHORS, X_SELECTORS as X } from './x-selectors';
import type { PlatformAdapter } from './types';

/** One adapter per page: it remembers the post whose Repost menu is open. */
export function createXAdapter(): PlatformAdapter {
  const repost = createRepostMemory();
  return {
    platform: 'x',
    editorAnchors: [...X_ANCHORS.editor, ...X_ANCHORS.dm.editor],
    findComposers(root) {
      // Every kind of box (a Draft.js box and a textarea may share a page), not the first kind found.
      return [X.editor, X.dm.editor].flatMap((selectors) =>
        Array.from(root.querySelectorAll(selectors.join(','))).flatMap((editor) => {
          const send = nearest(editor, [...X.sendButton, ...X.dm.sendButton]) as HTMLElement | null;
          return composersFor([editor], send, kindOf(editor, repost).surface);
        }),
      );
    },
    readDraft: (editor) => (isTextarea(editor) ? readTextarea(editor) : readRichText(editor)),
    observe: (event) => repost.observe(event),
    sendAttemptFor: (event) => repost.repostAttempt(event) ?? composeAttempt(event, repost),
    replaceRange: (editor, start, end, replacement) =>
      isTextarea(editor) ? replaceTextareaRange(editor, start, end, replacement) : replaceDraftRange(editor, start, end, replacement),
    selectRange: (editor, start, end) =>
      isTextarea(editor) ? selectTextareaRange(editor, start, end) : void selectDraftRange(editor, start, end),
    // Live-hint highlights; a DM <textarea> has no DOM to point at (richTextRange returns null).
    rangeFor: richTextRange,
    readPost,
    currentAccount: currentXAccount,
  };
}

export const xAdapter: PlatformAdapter = createXAdapter();
