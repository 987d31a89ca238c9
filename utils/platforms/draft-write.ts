/**
 * Writing a suggestion into X's Draft.js editor so that Draft's own model (what X publishes)
 * changes, not only the DOM. Measured against the real draft-js 0.11.7 in Chromium
 * (tests/e2e/x-draft-write.e2e.test.ts), on drafts with hashtags, @mentions, links and emoji,
 * which X decorates in spans of their own:
 *
 * - execCommand('insertText' / 'delete') over a selected Range, the path this adapter used
 *   before, corrupts Draft (draft-js issue 616): Draft applies the browser's edit at its own,
 *   stale selection and reconciles the DOM one leaf at a time, so across decorated spans or lines
 *   the DOM and the model disagree ("the council@RiversideBC #RiversideFloods" in the model, the
 *   right text on screen) and the post would publish words the person never saw;
 * - what holds: select the span, wait for Draft to take the selection into its model (React's
 *   onSelect, from selectionchange), then a synthetic `paste` carrying the replacement as
 *   text/plain. Draft's paste handler replaces its model selection and re-renders; a \n becomes
 *   a new block. A removal is a paste too: the span grows by one neighbouring character, which
 *   the paste puts back (Draft ignores an empty paste).
 *
 * Never innerHTML. Every write is read back; a mismatch is reported with the text as it now is.
 */
import { selectBetween, settle } from './dom-selection';
import { locateOffset, readRichText } from './dom-text';
import type { WriteResult } from './types';

/** [start, end) and its replacement, made non-empty by taking in one neighbouring character when it removes text. */
export function asPaste(text: string, start: number, end: number, replacement: string): { start: number; end: number; paste: string } | null {
  if (replacement !== '') return { start, end, paste: replacement };
  const after = text.codePointAt(end);
  if (after !== undefined) {
    const next = String.fromCodePoint(after);
    return { start, end: end + next.length, paste: next };
  }
  if (start === 0) return null;
  // The last character before the span; an emoji is two UTF-16 units.
  const low = text.charCodeAt(start - 1);
  const width = start >= 2 && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
  return { start: start - width, end, paste: text.slice(start - width, start) };
}

export async function replaceDraftRange(editor: HTMLElement, start: number, end: number, replacement: string): Promise<WriteResult> {
  const before = readRichText(editor);
  if (start < 0 || end > before.length || start > end) return { ok: false, reason: 'changed', text: before };
  const expected = before.slice(0, start) + replacement + before.slice(end);
  // Removing the whole draft: nothing to paste back; the person can clear the box themselves.
  const write = asPaste(before, start, end, replacement);
  if (!write) return { ok: false, reason: 'refused', text: before };

  editor.focus();
  if (!selectDraftRange(editor, write.start, write.end)) return { ok: false, reason: 'no-selection', text: before };
  await settle();
  const view = editor.ownerDocument.defaultView;
  if (!view) return { ok: false, reason: 'no-selection', text: before };
  const data = new view.DataTransfer();
  data.setData('text/plain', write.paste);
  editor.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));

  await settle();
  const after = readRichText(editor);
  if (after === expected) return { ok: true };
  return { ok: false, reason: after === before ? 'refused' : 'not-kept', text: after };
}

/** Puts the caret (or a selection) on a span of the draft, e.g. to show where a finding is. */
export function selectDraftRange(editor: HTMLElement, start: number, end: number): boolean {
  const from = locateOffset(editor, start, 'forward');
  const to = locateOffset(editor, end, 'backward');
  return Boolean(from && to) && selectBetween(editor.ownerDocument, from!, to!);
}
