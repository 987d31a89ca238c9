/**
 * The DOM side shared by every editor adapter: a Range between two points of the draft, the page's
 * selection set to it, and the wait for an editor to reconcile after a write.
 */
import type { DomPoint } from './dom-text';

/** Editors (Draft.js, Lexical, React textareas) reconcile on the next task or frame; read back only after they have. */
export const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The Range [from, to), or null when the editor re-rendered between the two lookups. */
export function rangeBetween(document: Document, from: DomPoint, to: DomPoint): Range | null {
  const range = document.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range;
}

/** Sets the page's selection to [from, to); false when the page has no selection to set or the points went stale. */
export function selectBetween(document: Document, from: DomPoint, to: DomPoint): boolean {
  const selection = document.getSelection();
  const range = rangeBetween(document, from, to);
  if (!selection || !range) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
