/**
 * Where a composer's parts are, relative to one another: X nests an editor and its send button
 * ~12 levels apart, in different branches, and several composers can be on the page at once (the
 * home box under the modal; a thread's boxes in one dialog).
 */
import { closestAny, queryAll, type Selectors } from './dom-query';
import { MAX_COMPOSER_DEPTH, X_SELECTORS as X } from './x-selectors';

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
