/**
 * Writing a suggestion into a Lexical editor through Lexical's own input handling, so its editor
 * state (what Facebook publishes) changes, not just the DOM. Measured against the real Lexical
 * (0.52) in Chromium (tests/e2e/facebook-*.e2e.test.ts):
 *
 * - a span inside one paragraph, replaced by one line: execCommand('insertText') (or 'delete'),
 *   the browser's own typing path, which Lexical reconciles from its input event;
 * - anything else (a replacement with line breaks, or a span across paragraphs): a synthetic
 *   `paste` carrying the text as text/plain; Lexical's rich-text paste handler turns each \n into a
 *   new paragraph in one update; a removal across paragraphs is a synthetic beforeinput
 *   'deleteContentBackward', which Lexical handles itself.
 *
 * What does not work, and must not be tried: execCommand('insertParagraph') (the browser edits the
 * DOM behind Lexical's back and Lexical drops the line), and execCommand across paragraphs (the
 * DOM and Lexical's state disagree afterwards). Every write is read back; a mismatch is reported
 * with the text as it now is, never retried over a changed draft.
 */
import { rangeBetween, selectBetween, settle } from './dom-selection';
import { lexicalLineOf, locateLexicalOffset, readLexicalText } from './lexical-text';
import type { WriteResult } from './types';

// Lexical picks up a new DOM selection on selectionchange and reconciles after a frame: `settle`.

/** The span as a DOM Range, for drawing a highlight over it (never selected, never edited). */
export function lexicalRange(editor: HTMLElement, start: number, end: number): Range | null {
  if (end < start) return null;
  const from = locateLexicalOffset(editor, start, 'forward');
  const to = locateLexicalOffset(editor, end, 'backward');
  return from && to ? rangeBetween(editor.ownerDocument, from, to) : null;
}

export function selectLexicalRange(editor: HTMLElement, start: number, end: number): boolean {
  const from = locateLexicalOffset(editor, start, 'forward');
  const to = locateLexicalOffset(editor, end, 'backward');
  return Boolean(from && to) && selectBetween(editor.ownerDocument, from!, to!);
}

export async function replaceLexicalRange(editor: HTMLElement, start: number, end: number, replacement: string): Promise<WriteResult> {
  const before = readLexicalText(editor);
  const expected = before.slice(0, start) + replacement + before.slice(end);
  const document = editor.ownerDocument;
  editor.focus();
  if (!selectLexicalRange(editor, start, end)) return { ok: false, reason: 'changed', text: before };
  await settle();

  const oneLine = !replacement.includes('\n') && lexicalLineOf(editor, start) === lexicalLineOf(editor, end);
  if (oneLine) {
    // Deprecated, but still the only way to type through the browser's own input path.
    if (replacement === '') document.execCommand('delete');
    else document.execCommand('insertText', false, replacement);
  } else if (replacement === '') {
    editor.dispatchEvent(new InputEvent('beforeinput', { inputType: 'deleteContentBackward', bubbles: true, cancelable: true }));
  } else {
    const data = new DataTransfer();
    data.setData('text/plain', replacement);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }

  await settle();
  const after = readLexicalText(editor);
  if (after === expected) return { ok: true };
  return {
    ok: false,
    reason: after === before ? 'refused' : 'not-kept',
    text: after,
  };
}
