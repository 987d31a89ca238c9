/**
 * Every X compose surface through the shared contract (tests/support/composer-contract.ts): the
 * reply box on a post page, the quote composer (Repost → Quote), a thread's "Post all", the
 * /i/chat textarea DM (Enter sends) and the older /messages Draft.js DM, on the replica served at
 * https://x.com. The quote surface runs in Traditional Chinese: nothing may depend on labels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, MISSING_CHROMIUM, type BrowserSession } from '../support/chromium';
import { describeComposerContract, type ComposerSurface } from '../support/composer-contract';
import { xPosted, xDraft, xFocused, NI_DRAFT } from './x-replica-driver';

const available = chromiumPath() !== null;
if (!available && process.env.CI === 'true') throw new Error(`CI=true and ${MISSING_CHROMIUM}`);

const THREAD_FIRST = 'Thread: what we know about the Mill Lane flooding (1/2)';

const reply: ComposerSurface = {
  name: 'X reply on a post page',
  kind: 'reply',
  open: (browser, options) => browser.openX(`/sam_resident/status/1005${options?.broken ? '?drift=editor' : ''}`),
  type: (page, text) => typeInto(page, '[data-fixture-composer="reply"] [contenteditable="true"]', text),
  send: (page) => page.locator('[data-fixture-composer="reply"] .post-button').click(),
  posted: (page) => xPosted(page, 'reply'),
  draft: (page) => xDraft(page, 'reply'),
  editorFocused: (page) => xFocused(page, 'reply'),
  risky: {
    text: "Sorry to hear that. I have passed Mrs Price's NI number AB123456C to the drainage team.",
    findings: [{ ruleId: 'ni-number', category: 'personal-data', span: 'AB123456C' }],
    suggestion: { ruleId: 'ni-number', replacement: '[NI number removed]', after: "Sorry to hear that. I have passed Mrs Price's NI number [NI number removed] to the drainage team." },
  },
  clean: 'Thanks Sam, I have reported it to the drainage team today.',
};

const quote: ComposerSurface = {
  name: 'X quote composer (zh-Hant labels)',
  kind: 'quote',
  async open(browser, options) {
    const page = await browser.openX(`/home?lang=zh-Hant${options?.broken ? '&drift=editor' : ''}`);
    await page.locator('article[data-fixture-post="flood"] [data-testid="retweet"]').click();
    await page.locator('#layers a[role="menuitem"]').click();
    await page.locator('#layers [role="dialog"]').waitFor();
    return page;
  },
  type: (page, text) => typeInto(page, '#layers [contenteditable="true"]', text),
  send: (page) => page.locator('#layers .post-button').click(),
  posted: (page) => xPosted(page, 'quote'),
  draft: (page) => xDraft(page, 'modal'),
  editorFocused: (page) => xFocused(page, 'modal'),
  risky: {
    text: 'Worth a read. Cllr Brown is corrupt.',
    findings: [{ ruleId: 'unfounded-allegation', category: 'respect', span: 'is corrupt' }],
    suggestion: { ruleId: 'unfounded-allegation', replacement: 'should explain this decision', after: 'Worth a read. Cllr Brown should explain this decision.' },
  },
  clean: 'Please stay away from the towpath tonight.',
};

const thread: ComposerSurface = {
  name: 'X thread ("Post all" publishes every box)',
  async open(browser, options) {
    const page = await browser.openX(`/home${options?.broken ? '?drift=editor' : ''}`);
    await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    await typeInto(page, '#layers [contenteditable="true"] >> nth=0', THREAD_FIRST);
    await page.locator('#layers [data-testid="addButton"]').click();
    return page;
  },
  // The risky text goes in the second box: the check must cover every box, not only the first.
  type: (page, text) => typeInto(page, '#layers [contenteditable="true"] >> nth=1', text),
  send: (page) => page.locator('#layers .post-button').click(),
  posted: (page) => xPosted(page, 'post'),
  draft: (page) => page.evaluate(() => (window as unknown as XWindow).__composers.modal!.boxes![1]!.text()),
  editorFocused: (page) => page.evaluate(() => document.activeElement === (window as unknown as XWindow).__composers.modal!.boxes![1]!.element),
  published: (typed) => `${THREAD_FIRST}\n\n${typed}`,
  risky: {
    text: NI_DRAFT.text,
    findings: NI_DRAFT.findings,
    suggestion: NI_DRAFT.suggestion,
  },
  clean: 'The drainage team will be on site from 8am (2/2)',
};

const chat: ComposerSurface = {
  name: 'X DM on /i/chat (textarea, Enter sends)',
  kind: 'dm',
  open: (browser, options) => browser.openX(`/i/chat/1005-2001${options?.broken ? '?drift=editor' : ''}`),
  type: (page, text) => typeInto(page, '[data-fixture-dm="chat"] textarea', text),
  send: (page) => page.keyboard.press('Enter'),
  posted: (page) => xPosted(page, 'dm'),
  draft: (page) => xDraft(page, 'chat'),
  editorFocused: (page) => xFocused(page, 'chat'),
  risky: {
    text: 'Hi Sam,\nyour NHS number is 943 476 5919, please call me',
    findings: [{ ruleId: 'nhs-number', category: 'personal-data', span: '943 476 5919' }],
    suggestion: { ruleId: 'nhs-number', replacement: '[NHS number removed]', after: 'Hi Sam,\nyour NHS number is [NHS number removed], please call me' },
  },
  clean: 'Thanks for getting in touch. Please call my office on Monday and I will update you.',
};

const messages: ComposerSurface = {
  name: 'X DM on /messages (Draft.js, send button)',
  kind: 'dm',
  open: (browser, options) => browser.openX(`/messages/1005-2001${options?.broken ? '?drift=editor' : ''}`),
  type: (page, text) => typeInto(page, '[data-fixture-dm="messages"] [contenteditable="true"]', text),
  send: (page) => page.locator('[data-fixture-dm="messages"] button').click(),
  posted: (page) => xPosted(page, 'dm'),
  draft: (page) => xDraft(page, 'messages'),
  editorFocused: (page) => xFocused(page, 'messages'),
  risky: {
    text: "Thanks Sam.\nMrs Price's NI number is AB123456C",
    findings: NI_DRAFT.findings,
    suggestion: { ...NI_DRAFT.suggestion, after: "Thanks Sam.\nMrs Price's NI number is [NI number removed]" },
  },
  clean: 'Thanks for getting in touch.\nPlease call my office on Monday.',
};

interface XWindow {
  __composers: Record<string, { element: Element; text(): string; boxes?: { element: Element; text(): string }[] }>;
}

/** Types like a person; a line break is Shift+Enter, which every X box takes as a new line (Enter alone sends a DM). */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(line);
  }
}

describe.skipIf(!available)('X compose surfaces in Chromium', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const surface of [reply, quote, thread, chat, messages]) describeComposerContract(surface, () => browser);

  it('a DM: Shift+Enter is a new line and sends nothing; Enter then sends the clean message once', async () => {
    const page = await browser.openX('/i/chat/1005-2001');
    await typeInto(page, '[data-fixture-dm="chat"] textarea', 'Thanks Sam.\nI will call you on Monday.');
    await expect(xPosted(page, 'dm')).resolves.toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => xPosted(page, 'dm')).toEqual(['Thanks Sam.\nI will call you on Monday.']);
    await page.close();
  });

  it('a thread held for its second box says which box, and Ctrl+Enter from the first box holds it too', async () => {
    const page = await thread.open(browser);
    await thread.type(page, NI_DRAFT.text);
    await page.locator('#layers [contenteditable="true"] >> nth=0').click();
    await page.keyboard.press('Control+Enter');
    const panel = page.getByRole('alertdialog');
    await panel.waitFor({ state: 'visible' });
    await expect(panel.locator('li[data-rule="ni-number"] .box-label').textContent()).resolves.toBe('Post 2 of 2');
    await expect(xPosted(page, 'post')).resolves.toEqual([]);
    await page.close();
  });

  it('the extension made no network request in any of the above', () => {
    expect(browser.outsideRequests).toEqual([]);
  });
});
