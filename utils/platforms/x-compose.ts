/**
 * X's compose surfaces: what a box is (post, reply, quote, DM), which boxes one send publishes (a
 * thread's "Post all" sends every box of its dialog), and which post it answers or quotes.
 */
import { closestAny, eventElement, isDisabled } from './dom-query';
import { readEmbeddedPost, readPost } from './x-post';
import { composerBoxes, lastBefore, nearest, nearestAll } from './x-scope';
import { X_SELECTORS as X } from './x-selectors';
import type { Composer, PostText, SendAttempt, Surface } from './types';

export interface ComposeContext {
  /** The post chosen with Repost → Quote, if that choice still stands (x-repost.ts). */
  quoteSource(): Element | null;
}

interface Kind {
  surface: Surface;
  shared?: PostText;
}

const isDm = (editor: Element) => editor.matches(X.dm.editor.join(','));

/**
 * What a box publishes. A reply carries the post it answers as `shared`, so rules can read the
 * context (shared/DESIGN.md: replies, quotes, reposts and shares all pass the other post as
 * `quoted`; the rules themselves decide that a reply does not republish it).
 */
export function kindOf(editor: Element, context: ComposeContext): Kind {
  if (isDm(editor)) return { surface: 'dm' };
  const dialog = closestAny(editor, X.dialog);
  if (dialog) {
    // The quote composer shows the quoted post as a card under the editor; the menu choice is the fall-back.
    const card = readEmbeddedPost(dialog);
    if (card) return { surface: 'quote', shared: card };
    const source = context.quoteSource();
    if (source) return withShared('quote', readPost(source));
    // The reply dialog shows the post being answered above the box.
    const parent = lastBefore(dialog, editor, X.post.article);
    return parent ? withShared('reply', readPost(parent)) : { surface: 'post' };
  }
  // On a post's own page, the box under it replies to it.
  if (X.statusPath.test(editor.ownerDocument.location?.pathname ?? '')) {
    const parent = lastBefore(editor.ownerDocument, editor, X.post.article);
    return withShared('reply', parent ? readPost(parent) : null);
  }
  return { surface: 'post' };
}

/** An unreadable other post leaves the box's own text to check: better than not checking at all. */
const withShared = (surface: Surface, post: PostText | null): Kind => (post ? { surface, shared: post } : { surface });

export function composersFor(editors: Element[], send: HTMLElement | null, surface: Surface): Composer[] {
  return editors.map((editor) => ({ editor: editor as HTMLElement, send, surface }));
}

function attempt(via: SendAttempt['via'], control: HTMLElement | null, editors: Element[], context: ComposeContext): SendAttempt {
  const kind = kindOf(editors[0]!, context);
  return {
    via,
    control,
    surface: kind.surface,
    composers: composersFor(editors, control, kind.surface),
    ...(kind.shared ? { shared: kind.shared } : {}),
  };
}

const ALL_SEND_BUTTONS = [...X.sendButton, ...X.dm.sendButton];

function clickAttempt(target: Element, context: ComposeContext): SendAttempt | null {
  const control = closestAny(target, ALL_SEND_BUTTONS) as HTMLElement | null;
  // X ignores clicks on a disabled button (empty draft), and so do we.
  if (!control || isDisabled(control)) return null;
  const dmSend = closestAny(control, X.dm.sendButton) !== null;
  const near = nearestAll(control, dmSend ? X.dm.editor : X.editor);
  // A thread's "Post all" publishes every box of its composer, not only the box beside the button.
  const editors = near.length && !dmSend ? composerBoxes(near[0]!) : near;
  return editors.length ? attempt('click', control, editors, context) : { via: 'click', control, surface: 'post', composers: [], missing: 'draft' };
}

function keyAttempt(key: KeyboardEvent, target: Element, context: ComposeContext): SendAttempt | null {
  if (key.key !== 'Enter' || key.isComposing || key.keyCode === 229) return null;
  const modified = key.ctrlKey || key.metaKey;

  // DMs: Enter sends, Shift+Enter is a new line.
  const dm = closestAny(target, X.dm.editor);
  if (dm) {
    if (key.shiftKey || key.altKey) return null;
    const control = nearest(dm, X.dm.sendButton) as HTMLElement | null;
    return control && isDisabled(control) ? null : attempt('keyboard', control, [dm], context);
  }

  // Posts, replies, quotes and threads: Ctrl/Cmd+Enter in any box sends every box of the composer.
  const editor = closestAny(target, X.editor);
  if (editor) {
    if (!modified) return null;
    const control = nearest(editor, X.sendButton) as HTMLElement | null;
    if (control && isDisabled(control)) return null;
    return attempt('keyboard', control, composerBoxes(editor), context);
  }

  // A box our lists do not know, beside a send button they do: a send whose draft we cannot read.
  const unknown = closestAny(target, X.anyEditable);
  if (!unknown || target.closest('input')) return null;
  const control = (modified ? nearest(unknown, X.sendButton) : key.shiftKey ? null : nearest(unknown, X.dm.sendButton)) as HTMLElement | null;
  if (!control || isDisabled(control)) return null;
  return { via: 'keyboard', control, surface: 'post', composers: [], missing: 'draft' };
}

export function composeAttempt(event: Event, context: ComposeContext): SendAttempt | null {
  const target = eventElement(event);
  if (!target) return null;
  if (event.type === 'click') return clickAttempt(target, context);
  if (event.type === 'keydown') return keyAttempt(event as KeyboardEvent, target, context);
  return null;
}
