/**
 * The one end-to-end contract every compose surface must meet (X's home box, modal, reply, quote,
 * thread and DMs; Facebook's dialogs, comments and Messenger), run in real Chromium with the built
 * extension. A surface describes how to drive its replica; the contract registers the same six
 * tests for each: held with the right findings, clean goes straight out, Post anyway once, a
 * suggestion reaches the site's own state, Edit returns focus, and a broken selector fails open.
 *
 * Usage, inside a describe that launched the browser:
 *   describeComposerContract(surface, () => browser);
 * "Posted" and "draft" are read from the replica's own state (never from the extension), so a test
 * sees what the site would have published and what its editor model holds.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { BrowserSession } from './chromium';
import { panel as panelMessages } from '../../utils/i18n/messages/en-GB/panel';
import { SURFACE_WORDS } from '../../utils/guard/panel-groups';
import { createTranslator } from '../../utils/i18n';
import type { Surface } from '../../utils/platforms/types';

/** A finding the panel must list: rule id, category and the exact flagged text. */
export interface ExpectedFinding {
  ruleId: string;
  category: string;
  span: string;
}

export interface ComposerSurface {
  /** Shown in the test titles, e.g. "X reply". */
  name: string;
  /** What the adapter calls this surface; the panel's title and buttons are worded for it. Default: post. */
  kind?: Surface;
  /** Opens the page with the composer ready to type into. `broken`: the replica renames what our selectors look for. */
  open(browser: BrowserSession, options?: { broken?: boolean }): Promise<Page>;
  /** Types into the composer the way a person would (clicks it first). */
  type(page: Page, text: string): Promise<void>;
  /** Presses the site's own send: a click on Post / Reply / Send, or the keyboard shortcut. */
  send(page: Page): Promise<void>;
  /** What the site published, one entry per send, in the site's own words (its model, not ours). */
  posted(page: Page): Promise<string[]>;
  /** The site's own model of the draft the person typed into (not the DOM we read). */
  draft(page: Page): Promise<string>;
  /** Whether the editor the person typed into has the keyboard focus. */
  editorFocused(page: Page): Promise<boolean>;
  /** What one send publishes for a typed draft, when the surface adds to it (a thread's other boxes). Default: the draft itself. */
  published?(typed: string): string;
  risky: {
    text: string;
    findings: ExpectedFinding[];
    /** A suggestion to apply: the finding's rule, the replacement offered, and the draft after it. */
    suggestion: { ruleId: string; replacement: string; after: string };
  };
  clean: string;
}

/** How long to keep watching after a post for a second, duplicate one. */
const SETTLE_MS = 300;

/** The findings listed in the panel, as rule / category / span. */
export async function panelFindings(page: Page): Promise<ExpectedFinding[]> {
  const items = page.getByRole('alertdialog').locator('li[data-rule]');
  await items.first().waitFor({ state: 'visible' });
  return items.evaluateAll((elements) =>
    elements.map((li) => ({
      ruleId: li.getAttribute('data-rule') ?? '',
      category: li.getAttribute('data-category') ?? '',
      span: li.querySelector('[data-field="span"]')?.textContent ?? '',
    })),
  );
}

const byRule = (a: ExpectedFinding, b: ExpectedFinding) => a.ruleId.localeCompare(b.ruleId) || a.span.localeCompare(b.span);

export function describeComposerContract(surface: ComposerSurface, browser: () => BrowserSession): void {
  const { risky, clean, name } = surface;
  const published = (typed: string) => surface.published?.(typed) ?? typed;

  async function heldRisky(options?: { broken?: boolean }): Promise<Page> {
    const page = await surface.open(browser(), options);
    await surface.type(page, risky.text);
    await surface.send(page);
    return page;
  }

  it(`${name}: a risky draft is held and the panel lists exactly the expected findings; nothing is posted`, async () => {
    const page = await heldRisky();
    const listed = await panelFindings(page);
    expect(listed.sort(byRule)).toEqual([...risky.findings].sort(byRule));
    await expect(surface.posted(page)).resolves.toEqual([]);
    await expect(surface.draft(page)).resolves.toBe(risky.text);
    await page.close();
  });

  it(`${name}: a clean draft is posted at once, with no panel`, async () => {
    const page = await surface.open(browser());
    await surface.type(page, clean);
    await surface.send(page);
    await expect.poll(() => surface.posted(page)).toEqual([published(clean)]);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    await page.close();
  });

  const words = SURFACE_WORDS[surface.kind ?? 'post'];
  const en = createTranslator('en-GB');

  it(`${name}: “${en(words.anyway)}” publishes the held draft exactly once`, async () => {
    const page = await heldRisky();
    await expect(page.getByRole('alertdialog', { name: en(words.title) }).count()).resolves.toBe(1);
    await page.getByRole('alertdialog').getByRole('button', { name: en(words.anyway) }).click();
    await expect.poll(() => surface.posted(page)).toEqual([published(risky.text)]);
    await page.waitForTimeout(SETTLE_MS);
    await expect(surface.posted(page)).resolves.toHaveLength(1);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    await page.close();
  });

  it(`${name}: applying a suggestion rewrites the draft and the site's own state sees the new text`, async () => {
    const page = await heldRisky();
    const { ruleId, replacement, after } = risky.suggestion;
    const label = replacement === '' ? panelMessages.remove : panelMessages.replaceWith.replace('{replacement}', replacement);
    await page.getByRole('alertdialog').locator(`li[data-rule="${ruleId}"]`).getByRole('button', { name: label }).click();
    await expect.poll(() => surface.draft(page)).toBe(after);
    await expect(surface.posted(page)).resolves.toEqual([]);
    await page.close();
  });

  it(`${name}: Edit closes the panel and returns focus to the editor; nothing is posted`, async () => {
    const page = await heldRisky();
    await page.getByRole('alertdialog').getByRole('button', { name: en(words.edit) }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await expect.poll(() => surface.editorFocused(page)).toBe(true);
    await expect(surface.posted(page)).resolves.toEqual([]);
    await expect(surface.draft(page)).resolves.toBe(risky.text);
    await page.close();
  });

  it(`${name}: when the site's markup no longer matches, the post goes through and a notice says it was not checked`, async () => {
    const page = await heldRisky({ broken: true });
    await expect.poll(() => surface.posted(page)).toEqual([published(risky.text)]);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    await expect(page.locator('[data-notice]').first().textContent()).resolves.toContain(panelMessages['notice.noDraft']);
    await page.close();
  });
}
