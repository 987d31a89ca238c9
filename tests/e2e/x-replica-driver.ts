/** Reading the X replica's own state from a test: what it published and what its editors hold. */
import type { Page } from 'playwright-core';
import type { ExpectedFinding } from '../support/composer-contract';

export interface XPosted {
  surface: string;
  text: string;
  composer?: string;
  parts?: string[];
  post?: string;
  quoted?: string;
  inReplyTo?: string;
}

/** Everything the replica published (its window.__posted). */
export const xPostedEntries = (page: Page) => page.evaluate(() => (window as unknown as { __posted: XPosted[] }).__posted);

/** The texts published, for one surface; anything published on another surface is kept, so it fails the comparison. */
export const xPosted = async (page: Page, surface: string) =>
  (await xPostedEntries(page)).map((entry) => (entry.surface === surface ? entry.text : `[${entry.surface}] ${entry.text}`));

/** The replica's own model of a composer's first box. */
export const xDraft = (page: Page, composer: string) =>
  page.evaluate((name) => (window as unknown as { __composers: Record<string, { text(): string }> }).__composers[name]!.text(), composer);

export const xFocused = (page: Page, composer: string) =>
  page.evaluate((name) => document.activeElement === (window as unknown as { __composers: Record<string, { element: Element }> }).__composers[name]!.element, composer);

/** The draft most surfaces are held on: a resident's National Insurance number. */
export const NI_DRAFT = {
  text: "Mrs Price's NI number is AB123456C",
  findings: [{ ruleId: 'ni-number', category: 'personal-data', span: 'AB123456C' }] as ExpectedFinding[],
  suggestion: { ruleId: 'ni-number', replacement: '[NI number removed]', after: "Mrs Price's NI number is [NI number removed]" },
};
