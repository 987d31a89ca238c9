/** Selector lists (first alternative that matches wins), shared by every platform adapter. */

export type Selectors = readonly string[];

export function queryFirst(root: ParentNode, selectors: Selectors): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

export function queryAll(root: ParentNode, selectors: Selectors): Element[] {
  for (const selector of selectors) {
    const found = Array.from(root.querySelectorAll(selector));
    if (found.length) return found;
  }
  return [];
}

export function closestAny(element: Element | null, selectors: Selectors): Element | null {
  if (!element) return null;
  for (const selector of selectors) {
    const found = element.closest(selector);
    if (found) return found;
  }
  return null;
}

/** The element an event really started on, also when it began inside a shadow root. */
export function eventElement(event: Event): Element | null {
  const first = event.composedPath()[0] ?? event.target;
  if (!first || typeof first !== 'object' || !('nodeType' in first)) return null;
  const node = first as Node;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

export function isDisabled(control: Element): boolean {
  return control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true';
}
