/**
 * The settings page in sections (issue 11, problem 6): a list of sections reached by keyboard,
 * one section shown at a time with the current one marked, rules headed by their names in
 * English and Welsh, and a rule switched off still off after a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, type BrowserSession } from '../support/chromium';
import { SEEDED_DECISIONS, SEEDED_SETTINGS, openOptions, showSection, storageGet } from './options-support';

const SECTIONS = [
  ['setup', 'You and your council'],
  ['accounts', 'Accounts'],
  ['committees', 'Committees'],
  ['meetings', 'Meetings'],
  ['elections', 'Elections'],
  ['rules', 'Rules'],
  ['privacy', 'Privacy and your data'],
] as const;

/** What the page shows now: the visible sections, the marked link, the focused element. */
const shown = (page: Page) =>
  page.evaluate(() => ({
    visible: [...document.querySelectorAll<HTMLElement>('section.options-section')].filter((s) => s.checkVisibility()).map((s) => s.id),
    current: [...document.querySelectorAll('nav a[aria-current="page"]')].map((a) => a.textContent),
    focused: document.activeElement?.id,
    hash: location.hash,
  }));

describe.skipIf(!chromiumPath())('options page sections', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchWithExtension({ sites: [] });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('each section is reached from the list of sections by keyboard alone, and only it is shown', async () => {
    const page = await openOptions(session, { settings: SEEDED_SETTINGS, 'decision-log': SEEDED_DECISIONS });
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    expect(await shown(page)).toEqual({ visible: ['setup'], current: ['You and your council'], focused: '', hash: '' });
    // The list of sections is the first thing Tab reaches, in order.
    for (const [index, [id, name]] of SECTIONS.entries()) {
      // From the top of the page each time (a reload keeps the section in the fragment).
      if (index > 0) {
        await page.reload();
        await page.getByRole('navigation', { name: 'Sections' }).waitFor();
      }
      for (let presses = 0; presses <= index; presses += 1) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);
      await page.keyboard.press('Enter');
      // The chosen section's heading takes focus, so reading starts there.
      await expect.poll(() => shown(page)).toEqual({ visible: [id], current: [name], focused: `${id}-heading`, hash: `#${id}` });
      expect(await page.locator(`#${id}-heading`).textContent()).toBe(name);
    }
    await page.close();
  });

  it('a section is a page of its own, not one long scroll', async () => {
    const page = await openOptions(session, { settings: SEEDED_SETTINGS, 'decision-log': SEEDED_DECISIONS });
    await page.setViewportSize({ width: 1280, height: 900 });
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const heights: Record<string, number> = {};
    for (const [id] of SECTIONS) {
      await showSection(page, id);
      heights[id] = await height();
    }
    // The rules list (28 rules) is the longest; the whole page was 9,600 px in one scroll.
    for (const [id, pixels] of Object.entries(heights)) expect(pixels, id).toBeLessThan(id === 'rules' ? 7000 : 2600);
    await page.close();
  });

  it('a link or reload lands on its section, and an old fragment on the section that now holds it', async () => {
    const page = await openOptions(session, { settings: SEEDED_SETTINGS }, { section: 'elections' });
    await expect.poll(() => shown(page)).toMatchObject({ visible: ['elections'], current: ['Elections'] });
    await page.goto(page.url().replace(/#.*$/, '#decision-log'));
    await expect.poll(() => shown(page)).toMatchObject({ visible: ['privacy'], current: ['Privacy and your data'] });
    await page.close();
  });

  it('rules are headed by their names, in English and in Welsh, with the id only as a hint', async () => {
    const page = await openOptions(session, { settings: SEEDED_SETTINGS }, { section: 'rules' });
    const heading = page.locator('li[data-rule="ni-number"] h3');
    expect(await heading.textContent()).toBe('National Insurance numbers');
    expect(await page.locator('li[data-rule="ni-number"] .hint code').textContent()).toBe('ni-number');
    expect(await page.locator('#rules h3').allTextContents()).not.toContain('ni-number');

    await showSection(page, 'setup');
    await page.getByLabel('Cymraeg').check();
    await showSection(page, 'rules');
    await expect.poll(() => heading.textContent()).toBe('Rhifau Yswiriant Gwladol');
    expect(await page.getByLabel('Ymlaen (Rhifau GIG)').isChecked()).toBe(true);
    await page.close();
  });

  it('a rule switched off stays off after a reload, and every other rule stays on', async () => {
    const page = await openOptions(session, { settings: { ...SEEDED_SETTINGS, rules: {} } }, { section: 'rules' });
    await page.getByLabel('On (National Insurance numbers)').uncheck();
    await page.locator('#rules').getByText('Saved.').waitFor();
    await page.reload();
    await page.locator('#rules').waitFor({ state: 'visible' });
    expect(await page.getByLabel('On (National Insurance numbers)').isChecked()).toBe(false);
    expect(await page.getByLabel('On (NHS numbers)').isChecked()).toBe(true);
    expect(await page.locator('#rules li[data-rule] input[type="checkbox"]:not(:checked)').count()).toBe(1);
    expect(await storageGet(page, 'settings')).toMatchObject({ rules: { 'ni-number': { enabled: false } } });
    await page.close();
  });

  it('a half-typed form in one section is still there after visiting another', async () => {
    const page = await openOptions(session, { settings: SEEDED_SETTINGS });
    await showSection(page, 'committees');
    await page.getByRole('button', { name: 'Add a committee' }).click();
    await page.locator('#committee-2').fill('Licensing Sub-Committee');
    await showSection(page, 'rules');
    await showSection(page, 'committees');
    expect(await page.locator('#committee-2').inputValue()).toBe('Licensing Sub-Committee');
    await page.locator('#committees').getByRole('button', { name: 'Save these details' }).click();
    await page.locator('#committees').getByText('Saved.').waitFor();
    expect(await storageGet(page, 'settings')).toMatchObject({
      profile: { name: 'Jane Smith', committees: ['Planning Committee', 'Audit Committee', 'Licensing Sub-Committee'] },
      accounts: SEEDED_SETTINGS.accounts,
    });
    await page.close();
  });
});
