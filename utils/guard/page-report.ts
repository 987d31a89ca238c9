/**
 * The content script's answers to the popup (utils/messaging/page-check.ts): "this page is being
 * checked", and the self-test. Reads the page only; never sends, clicks or types anything.
 */
import type { Anchor } from '../platforms/selector-table';
import type { PlatformAdapter } from '../platforms/types';
import { isPageMessage, type PageStatus, type SelfTest } from '../messaging/page-message';

export function selfTest(adapter: PlatformAdapter, document: Document): SelfTest {
  const composers = adapter.findComposers(document);
  return {
    platform: adapter.platform,
    composers: composers.length,
    sendButtons: composers.filter((composer) => composer.send).length,
    account: adapter.currentAccount(document).join(', ') || null,
    anchor: firstMatch(adapter.editorAnchors ?? [], document)?.css ?? null,
  };
}

const firstMatch = (anchors: readonly Anchor[], document: Document) => anchors.find((anchor) => document.querySelector(anchor.css));

/** The reply to a message from the popup, or undefined for anything that is not one (left to other listeners). */
export function answerPage(adapter: PlatformAdapter, document: Document, message: unknown): PageStatus | SelfTest | undefined {
  if (!isPageMessage(message)) return undefined;
  return message.type === 'page:status' ? { platform: adapter.platform, checking: true } : selfTest(adapter, document);
}
