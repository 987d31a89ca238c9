/**
 * The popup's two questions to a tab's content script, and their answers' shapes, without zod:
 * the content scripts carry no schema library (see guard.ts), so what they receive is checked
 * here by hand, and the popup checks the answers against page-check.ts's schemas.
 */
export type PageMessage = { type: 'page:status' } | { type: 'page:self-test' };

export interface PageStatus {
  platform: 'x' | 'facebook';
  checking: true;
}

export interface SelfTest {
  platform: 'x' | 'facebook';
  /** Compose boxes on the page (the home box, an open dialog's boxes, DM boxes…). */
  composers: number;
  /** Of those, how many have the send button the adapter would hold. */
  sendButtons: number;
  /** Every name the page shows for the account that is posting, joined; null when none was found. */
  account: string | null;
  /** The selector (from the site's table) that found the boxes, so IT can tell which one broke. */
  anchor: string | null;
}

/** Exactly `{ type: 'page:status' }` or `{ type: 'page:self-test' }`, with no other key. */
export function isPageMessage(value: unknown): value is PageMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const type = (value as { type?: unknown }).type;
  return keys.length === 1 && (type === 'page:status' || type === 'page:self-test');
}
