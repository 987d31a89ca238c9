/**
 * Writing into a rich-text editor the way a person would: select the span with a Range and let the
 * browser insert the text (document.execCommand), so the editor's own input handling (Draft.js,
 * Lexical) updates its model. Never innerHTML: the editor would not know, and would either revert
 * it or publish the old text. Browser-only: tested in Chromium (tests/e2e).
 */
import { selectBetween, settle } from './dom-selection';
import { locateOffset, readRichText } from './dom-text';
import type { WriteResult } from './types';

export async function replaceRichTextRange(
  editor: HTMLElement,
  start: number,
  end: number,
  replacement: string,
  read: (editor: Element) => string = readRichText,
): Promise<WriteResult> {
  const before = read(editor);
  const expected = before.slice(0, start) + replacement + before.slice(end);
  const from = locateOffset(editor, start, 'forward');
  const to = locateOffset(editor, end, 'backward');
  if (!from || !to) return { ok: false, reason: 'changed', text: before };

  editor.focus();
  if (!selectBetween(editor.ownerDocument, from, to)) return { ok: false, reason: 'no-selection', text: before };
  // execCommand is deprecated but remains the only way to edit through the browser's own input path.
  const accepted =
    replacement === ''
      ? editor.ownerDocument.execCommand('delete')
      : editor.ownerDocument.execCommand('insertText', false, replacement);

  await settle();
  const after = read(editor);
  if (after === expected) return { ok: true };
  return {
    ok: false,
    reason: accepted ? 'not-kept' : 'refused',
    text: after,
  };
}

/** Puts the caret (or a selection) on a span of the draft, e.g. to show where a finding is. */
export function selectRichTextRange(editor: HTMLElement, start: number, end: number): boolean {
  const from = locateOffset(editor, start, 'forward');
  const to = locateOffset(editor, end, 'backward');
  return Boolean(from && to) && selectBetween(editor.ownerDocument, from!, to!);
}
