/**
 * Where a composer's parts are, relative to one another: X nests an editor and its send button
 * ~12 levels apart, in different branches, and several composers can be on the page at once (the
 * home box under the modal; a thread's boxes in one dialog).
 */
import { closestAny, queryAll, type Selectors } from './dom-query';
import { BOX_TEST_ID, MAX_COMPOSER_DEPTH, X_SELECTORS as X } from './x-selectors';

/** Node.DOCUMENT_POSITION_FOLLOWING, spelt out: the unit tests' DOM has no global Node. */
const FOLLOWING = 4;

/** Every match in the smallest ancestor of `start` that holds any, never past a dialog (the modal sits over the home box). */
export function nearestAll(start: Element, selectors: Selectors): Element[] {
  let scope: Element | null = start;
  for (let depth = 0; scope && depth < MAX_COMPOSER_DEPTH; depth++) {
    if (scope.matches(selectors.join(','))) return [scope];
    const found = queryAll(scope, selectors);
    if (found.length) return found;
    if (closestAny(scope, X.dialog) === scope) return [];
    scope = scope.parentElement;
  }
  return [];
}

export function nearest(start: Element, selectors: Selectors): Element | null {
  return nearestAll(start, selectors)[0] ?? null;
}

/** The last element matching `selectors` that comes before `element` in document order, within `root`. */
export function lastBefore(root: ParentNode, element: Element, selectors: Selectors): Element | null {
  const before = queryAll(root, selectors).filter(
    (candidate) => !candidate.contains(element) && candidate.compareDocumentPosition(element) & FOLLOWING,
  );
  return before.at(-1) ?? null;
}

/** N of the box's tweetTextarea_N (on the editor or a wrapper close above it), or null when it has none. */
function boxIndex(editor: Element): number | null {
  let node: Element | null = editor;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const match = BOX_TEST_ID.exec(node.getAttribute('data-testid') ?? '');
    if (match) return Number(match[1]);
  }
  return null;
}

/** A box that starts a composer: its first box (tweetTextarea_0), or a box with no number at all. */
const startsComposer = (editor: Element) => (boxIndex(editor) ?? 0) === 0;

/**
 * Every box of the composer `editor` belongs to: a thread's tweetTextarea_0, _1, _2… wherever X
 * put the toolbar (it moves "Post all" into the newest box's block as boxes are added, so the
 * boxes are not all near the button). Inside a dialog, every box of the dialog; elsewhere, the
 * largest ancestor that holds only one composer's first box (the home box and an open modal are two).
 */
export function composerBoxes(editor: Element): Element[] {
  const dialog = closestAny(editor, X.dialog);
  let scope: Element = editor;
  for (let depth = 0; !dialog && scope.parentElement && depth < MAX_COMPOSER_DEPTH; depth++) {
    if (everyBox(scope.parentElement).filter(startsComposer).length > 1) break;
    scope = scope.parentElement;
  }
  const boxes = everyBox(dialog ?? scope);
  return boxes.includes(editor) ? boxes : [editor];
}

/**
 * Every box under `root` that any alternative finds, in page order: here the alternatives are not
 * fall-backs but kinds of box that may share a page (X Pro's textarea beside a Draft.js box).
 */
const everyBox = (root: Element): Element[] =>
  root.matches(X.editor.join(',')) ? [root] : Array.from(root.querySelectorAll(X.editor.join(',')));
