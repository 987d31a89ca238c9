/**
 * Finding things in Facebook's page relative to one another: a control's label, its dialog, the
 * editor a button sends, and what kind of composer an editor is. Pure over the DOM tree.
 */
import { closestAny, queryAll, queryFirst } from './dom-query';
import { labelIs, labelMatch } from './facebook-labels';
import { FACEBOOK_SELECTORS as FB, MAX_COMPOSER_DEPTH, MESSENGER_PATH } from './facebook-selectors';
import type { Surface } from './types';

export type EditorKind = Extract<Surface, 'post' | 'comment' | 'reply' | 'dm'> | 'unknown';

/** A control's accessible name as Facebook gives it: aria-label, else its text (compared normalised by facebook-labels). */
export function labelOf(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A dialog's title: aria-label, or the text of the element its aria-labelledby names. */
export function dialogTitle(dialog: Element): string {
  const own = dialog.getAttribute('aria-label');
  if (own) return own.trim();
  const ids = dialog.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  return ids
    .map((id) => dialog.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every dialog from the innermost around `element` outwards (Facebook nests a Page's settings in the composer). */
export function dialogsAround(element: Element): Element[] {
  const out: Element[] = [];
  for (let dialog = closestAny(element, FB.dialog); dialog; dialog = closestAny(dialog.parentElement, FB.dialog)) out.push(dialog);
  return out;
}

export function editorsIn(root: ParentNode): HTMLElement[] {
  return queryAll(root, FB.editor) as HTMLElement[];
}

/** The editor a control sends: the nearest one found climbing from it, never past a dialog. */
export function nearestEditor(control: Element): HTMLElement | null {
  let scope: Element | null = control;
  for (let depth = 0; scope && depth < MAX_COMPOSER_DEPTH; depth++) {
    const found = editorsIn(scope);
    if (found.length) return found[0]!;
    if (closestAny(scope, FB.dialog) === scope) return null;
    scope = scope.parentElement;
  }
  return null;
}

/** A comment's editor: the one in the same form as the submit arrow (other buttons nearby are not sends). */
export function commentEditorFor(control: Element): HTMLElement | null {
  const form = closestAny(control, FB.commentForm);
  const found = form ? editorsIn(form) : [];
  return found.length === 1 ? found[0]! : null;
}

/** The button in `scope` whose label is of `kind`, if any. */
export function buttonIn(scope: ParentNode, matches: (label: string) => boolean): HTMLElement | null {
  return (queryAll(scope, FB.button).find((button) => matches(labelOf(button))) as HTMLElement | undefined) ?? null;
}

export function editorKind(editor: Element): EditorKind {
  const label = labelOf(editor);
  if (labelIs('messageEditor', label) || editor.getAttribute('aria-placeholder') === 'Aa') return 'dm';
  if (labelMatch('replyEditor', label) !== null) return 'reply';
  if (labelMatch('commentEditor', label) !== null) return 'comment';
  // A box whose form holds the comment arrow (found by its id) is a comment, whatever its label says.
  const form = closestAny(editor, FB.commentForm);
  if (form && queryFirst(form, FB.commentSubmit)) return 'comment';
  if (dialogsAround(editor).some((dialog) => labelIs('createPost', dialogTitle(dialog)))) return 'post';
  // An unlabelled box on a Messenger page is Messenger's (its label is the one thing not localised here).
  if (MESSENGER_PATH.test(editor.ownerDocument.location?.pathname ?? '') && !closestAny(editor, FB.dialog)) return 'dm';
  return 'unknown';
}

/** Messenger's send button: the nearest one labelled as such, climbing from the box. */
export function messageSendNear(box: Element): HTMLElement | null {
  let scope: Element | null = box.parentElement;
  for (let depth = 0; scope && depth < MAX_COMPOSER_DEPTH; depth++, scope = scope.parentElement) {
    const found = buttonIn(scope, (label) => labelIs('messageSend', label));
    if (found) return found;
  }
  return null;
}

/** The button that sends an editor's draft, found by its label. */
export function sendControlFor(editor: HTMLElement, kind: EditorKind): HTMLElement | null {
  if (kind === 'comment' || kind === 'reply') {
    const form = closestAny(editor, FB.commentForm);
    if (!form) return null;
    return (queryFirst(form, FB.commentSubmit) as HTMLElement | null) ?? buttonIn(form, (label) => labelIs('commentSubmit', label));
  }
  if (kind === 'dm') return messageSendNear(editor);
  const dialog = dialogsAround(editor).at(-1);
  return dialog ? buttonIn(dialog, (label) => labelIs('post', label) || labelIs('next', label)) : null;
}

/**
 * Every name Facebook shows for the account in use: the left rail's first link (its address
 * carries the profile's or Page's id or slug, its text the name), else the name in a "Comment as
 * NAME" label. The address form is what people copy into settings; the name is what they type.
 */
export function accountShownIn(document: Document): string[] {
  const active = document.activeElement;
  const fromLabel = (editor: Element | null) => {
    const name = editor ? labelMatch('commentEditor', labelOf(editor)) : null;
    return name || undefined;
  };
  const focused = active ? fromLabel(closestAny(active, FB.editor)) : undefined;
  const rail = queryAll(document, ['[role="navigation"][aria-label]']).find((nav) => labelIs('shortcuts', labelOf(nav)));
  const link = rail ? queryFirst(rail, FB.railLink) : null;
  const railName = link?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  const href = link?.getAttribute('href') ?? '';
  // The rail's address, made absolute so account-names.ts reads it like one a person pasted.
  const address = href && URL.canParse(href, 'https://www.facebook.com') ? new URL(href, 'https://www.facebook.com').href : undefined;
  // A focused comment box names who comments: it wins over the rail, whose address then may not be theirs.
  if (focused) return focused === railName && address ? [address, focused] : [focused];
  if (railName) return address ? [address, railName] : [railName];
  for (const editor of editorsIn(document)) {
    const named = fromLabel(editor);
    if (named) return [named];
  }
  return [];
}
