/**
 * A draft span [start, end) as a DOM Range, for drawing a highlight over it from the Range's client
 * rects. Reads only: the Range is never selected or edited, so the site's editor (Draft.js,
 * Lexical) never sees it. Uses the same offset walk as reading and write-back (dom-text.ts), so a
 * highlight sits exactly where a suggestion would be written.
 */
import { rangeBetween } from './dom-selection';
import { locateOffset } from './dom-text';

export function richTextRange(editor: HTMLElement, start: number, end: number): Range | null {
  // A <textarea> has no DOM inside it to point at: such editors get the indicator only.
  if (editor.tagName === 'TEXTAREA' || editor.tagName === 'INPUT' || end < start) return null;
  const from = locateOffset(editor, start, 'forward');
  const to = locateOffset(editor, end, 'backward');
  return from && to ? rangeBetween(editor.ownerDocument, from, to) : null;
}
