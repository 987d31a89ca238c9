/**
 * The Facebook (www.facebook.com, web.facebook.com) adapter: the create-post dialog (a profile's
 * Post, a Page's Next → Post settings → Post), comments and replies (Enter submits), Messenger
 * (Enter sends) and Share (Share now, Send via Messenger). Markup is in facebook-selectors.ts,
 * labels in facebook-labels.ts; this file holds only the logic that uses them.
 */
import { closestAny, eventElement, isDisabled, queryFirst } from './dom-query';
import {
  accountShownIn,
  buttonIn,
  messageSendNear,
  commentEditorFor,
  dialogsAround,
  dialogTitle,
  editorKind,
  editorsIn,
  labelOf,
  nearestEditor,
  sendControlFor,
  type EditorKind,
} from './facebook-dom';
import { labelIs, labelMatch } from './facebook-labels';
import { readFacebookPost } from './facebook-post';
import { FACEBOOK_ANCHORS, FACEBOOK_SELECTORS as FB, MESSENGER_PATH } from './facebook-selectors';
import { readLexicalText } from './lexical-text';
import { lexicalRange, replaceLexicalRange, selectLexicalRange } from './lexical-write';
import type { Composer, PlatformAdapter, SendAttempt, Surface } from './types';

/** Node.DOCUMENT_POSITION_FOLLOWING, without reaching for the page's globals. */
const FOLLOWING = 4;

const surfaceOf = (kind: EditorKind): Surface => (kind === 'unknown' ? 'post' : kind);

function composerOf(editor: HTMLElement): Composer {
  const kind = editorKind(editor);
  return { editor, send: sendControlFor(editor, kind), surface: surfaceOf(kind) };
}

const isShareRow = (label: string) => labelIs('shareNow', label) || labelMatch('sendViaMessenger', label) !== null;
const isDialogSend = (label: string) => labelIs('post', label) || labelIs('next', label);

/** Flows that span clicks: the post whose Share was opened, and a Page draft that passed Next. */
interface FlowMemory {
  sharing: Element | null;
  pastNext: boolean;
}

export function createFacebookAdapter(): PlatformAdapter {
  const memory: FlowMemory = { sharing: null, pastNext: false };

  function shareAttempt(control: HTMLElement): SendAttempt {
    const article = memory.sharing?.isConnected ? memory.sharing : null;
    const post = article ? readFacebookPost(article) : null;
    // "Share now" may come with a "Say something about this" box of its own.
    const dialog = dialogsAround(control)[0];
    const composers = dialog ? editorsIn(dialog).map(composerOf) : [];
    if (!post) return { via: 'click', control, surface: 'share', composers, missing: 'post' };
    return { via: 'click', control, surface: 'share', composers, shared: post };
  }

  function dialogSendAttempt(control: HTMLElement, label: string): SendAttempt | null {
    const dialogs = dialogsAround(control);
    if (dialogs.length === 0) return null;
    const editor = editorsIn(dialogs.at(-1)!)[0];
    if (labelIs('post', label) && !editor) {
      // A Page's second step: the editor is gone and the draft was checked at Next.
      const settings = dialogs.some((dialog) => labelIs('postSettings', dialogTitle(dialog)));
      if (settings || memory.pastNext) {
        memory.pastNext = false;
        return null;
      }
    }
    if (!editor) return { via: 'click', control, surface: 'post', composers: [], missing: 'draft' };
    return { via: 'click', control, surface: 'post', composers: [composerOf(editor)] };
  }

  /**
   * A click on a button we cannot name, in a composer dialog where no button has a label we know
   * (a language we have no labels for, or a renamed button): it may be the send. Checked with no
   * control, so a risky draft goes through with a notice rather than silently.
   */
  function unnamedDialogSend(control: HTMLElement): SendAttempt | null {
    const outer = dialogsAround(control).at(-1);
    const editor = outer ? editorsIn(outer)[0] : undefined;
    if (!outer || !editor || sendControlFor(editor, editorKind(editor))) return null;
    // Facebook's Post button comes after the editor; Close and the title come before it.
    if (!(editor.compareDocumentPosition(control) & FOLLOWING)) return null;
    return { via: 'click', control: null, surface: 'post', composers: [composerOf(editor)] };
  }

  /** A press on one of Facebook's controls (a click, or Enter/Space on it): a send, or null. */
  function controlAttempt(control: HTMLElement): SendAttempt | null {
    if (isDisabled(control)) return null;
    const label = labelOf(control);
    if (isShareRow(label)) return shareAttempt(control);
    if (isDialogSend(label)) return dialogSendAttempt(control, label);
    // The comment arrow: by its language-independent id first, then by its label.
    if (closestAny(control, FB.commentSubmit) || labelIs('commentSubmit', label)) {
      const editor = commentEditorFor(control);
      if (editor) return { via: 'click', control, surface: surfaceOf(editorKind(editor)), composers: [composerOf(editor)] };
      // The arrow's form holds a box that no longer looks like Lexical: a comment we cannot read.
      const form = closestAny(control, FB.commentForm);
      return form && queryFirst(form, FB.anyEditable) ? { via: 'click', control, surface: 'comment', composers: [], missing: 'draft' } : null;
    }
    if (labelIs('messageSend', label)) {
      const editor = nearestEditor(control);
      return editor
        ? { via: 'click', control, surface: 'dm', composers: [composerOf(editor)] }
        : { via: 'click', control, surface: 'dm', composers: [], missing: 'draft' };
    }
    return unnamedDialogSend(control);
  }

  /**
   * Enter in a box that no longer looks like Lexical, beside a send control we know (a comment's
   * arrow, Messenger's send): Facebook will send it, and we cannot read it, so say so.
   */
  function unreadableKeySend(target: Element | null): SendAttempt | null {
    const box = closestAny(target, FB.anyEditable);
    if (!box) return null;
    const form = closestAny(box, FB.commentForm);
    const comment = form ? ((queryFirst(form, FB.commentSubmit) as HTMLElement | null) ?? buttonIn(form, (label) => labelIs('commentSubmit', label))) : null;
    if (comment) return { via: 'keyboard', control: comment, surface: 'comment', composers: [], missing: 'draft' };
    const messenger = MESSENGER_PATH.test(box.ownerDocument.location?.pathname ?? '') ? messageSendNear(box) : null;
    return messenger ? { via: 'keyboard', control: messenger, surface: 'dm', composers: [], missing: 'draft' } : null;
  }

  function keyAttempt(event: KeyboardEvent): SendAttempt | null {
    const target = eventElement(event);
    const pressed = pressedControl(event);
    if (pressed) {
      // Enter or Space on a focused div[role=button]: Facebook may act on the key with no click.
      const attempt = controlAttempt(pressed);
      return attempt && { ...attempt, via: 'keyboard' };
    }
    if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
    const editor = closestAny(target, FB.editor) as HTMLElement | null;
    if (!editor) return unreadableKeySend(target);
    const kind = editorKind(editor);
    // In the create-post dialog Enter starts a new paragraph; an unnamed box in a dialog is taken to be one too.
    if (kind === 'post' || (kind === 'unknown' && closestAny(editor, FB.dialog))) return null;
    const control = sendControlFor(editor, kind);
    if (control && isDisabled(control)) return null;
    return { via: 'keyboard', control, surface: kind === 'unknown' ? 'comment' : kind, composers: [{ editor, send: control, surface: surfaceOf(kind) }] };
  }

  return {
    platform: 'facebook',
    editorAnchors: FACEBOOK_ANCHORS.editor,
    findComposers: (root) => editorsIn(root).map(composerOf),
    readDraft: readLexicalText,
    sendAttemptFor(event) {
      if (event.type === 'click') {
        const control = closestAny(eventElement(event), FB.button) as HTMLElement | null;
        return control ? controlAttempt(control) : null;
      }
      if (event.type === 'keydown') return keyAttempt(event as KeyboardEvent);
      return null;
    },
    replaceRange: replaceLexicalRange,
    selectRange: (editor, start, end) => void selectLexicalRange(editor, start, end),
    rangeFor: lexicalRange,
    readPost: readFacebookPost,
    currentAccount: accountShownIn,
    observe(event) {
      if (event.type !== 'click' && !pressedControl(event)) return;
      const target = eventElement(event);
      const control = closestAny(target, FB.button);
      const share = closestAny(target, FB.shareButton) ?? (control ? queryFirst(control, FB.shareButton) : null);
      if (share) memory.sharing = closestAny(share, FB.feedPost);
      if (control && labelIs('next', labelOf(control)) && dialogsAround(control).length) memory.pastNext = true;
    },
  };
}

/** The control Enter or Space (no modifier) was pressed on, when focus is on a control and not in a box. */
function pressedControl(event: Event): HTMLElement | null {
  if (event.type !== 'keydown') return null;
  const key = event as KeyboardEvent;
  if ((key.key !== 'Enter' && key.key !== ' ') || key.shiftKey || key.ctrlKey || key.metaKey || key.altKey || key.isComposing) return null;
  const target = eventElement(event);
  if (!target || closestAny(target, FB.anyEditable) || target.closest('input, textarea')) return null;
  return closestAny(target, FB.button) as HTMLElement | null;
}

export const facebookAdapter = createFacebookAdapter();
