/**
 * The options page in real Chromium with the built extension: first-run setup, .ics import,
 * settings export and import, a bad import, and axe-core in English and Welsh.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, chromiumPath, launchWithExtension, type BrowserSession } from '../support/chromium';
import { seriousViolations } from '../support/axe';
import { SEEDED_DECISIONS, SEEDED_SETTINGS, openOptions as openOptionsPage, showSection, storageGet } from './options-support';

const SECTIONS = ['setup', 'accounts', 'committees', 'meetings', 'elections', 'rules', 'privacy'] as const;

describe.skipIf(!chromiumPath())('options page', () => {
  let session: BrowserSession;
  const scratch = mkdtempSync(join(tmpdir(), 'cpc-options-'));

  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  const openOptions = (values: Record<string, unknown> = {}, clock?: Date) => openOptionsPage(session, values, { clock });

  it('first-run setup asks five short steps and stores the answers', async () => {
    const page = await openOptions();
    await page.getByRole('heading', { level: 1, name: 'Set up Councillor Post Check' }).waitFor();
    await page.getByLabel('Your name').fill('Jane Smith');
    await page.getByLabel('Your council', { exact: true }).fill('Anytown Borough Council');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { name: 'Step 2 of 5: Your accounts' }).waitFor();
    await page.getByRole('button', { name: 'Add an account' }).click();
    await page.locator('#account-handle-0').fill('@CllrJaneSmith');
    await page.getByRole('button', { name: 'Add an account' }).click();
    await page.locator('#account-platform-1').selectOption('facebook');
    await page.locator('#account-handle-1').fill('Anytown Council');
    await page.locator('#account-kind-1').selectOption('council');
    await page.getByRole('button', { name: 'Next' }).click();

    // Keyboard only: the new box takes focus, and Enter moves on as Next does.
    await page.getByRole('heading', { name: 'Step 3 of 5: Your committees' }).waitFor();
    await page.getByRole('button', { name: 'Add a committee' }).click();
    const focusedId = () => page.evaluate(() => document.activeElement?.id);
    await expect.poll(focusedId).toBe('committee-0');
    await page.keyboard.type('Planning Committee');
    await expect.poll(() => page.locator('[data-committee-kind]').first().textContent()).toBe('Planning (regulatory)');
    await page.getByRole('button', { name: 'Add a committee' }).click();
    await expect.poll(focusedId).toBe('committee-1');
    await page.keyboard.type('Audit Committee');
    await expect.poll(() => page.locator('[data-committee-kind]').nth(1).textContent()).toBe('Not regulatory');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Step 4 of 5: Imprint and contact details' }).waitFor();
    // The new step's heading has focus, so a screen reader starts there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.getByLabel('Your digital imprint').fill('Promoted by Jane Smith, 1 High Street, Anytown AB1 2CD');
    await page.getByLabel('Your own contact details').fill('jane.smith@anytown.gov.uk\n\n 07700 900123 \n');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { name: 'Step 5 of 5: Meetings (optional)' }).waitFor();
    expect(await storageGet(page, 'settings')).toMatchObject({ setupComplete: false, profile: { name: 'Jane Smith' } });
    await page.getByRole('button', { name: 'Finish setup' }).click();
    await page.getByRole('heading', { level: 1, name: 'Councillor Post Check settings' }).waitFor();

    expect(await storageGet(page, 'settings')).toEqual({
      version: 3,
      setupComplete: true,
      setupSkipped: false,
      language: 'auto',
      council: { name: 'Anytown Borough Council' },
      decisionLog: { enabled: false, includeText: false },
      profile: {
        role: 'councillor',
        name: 'Jane Smith',
        committees: ['Planning Committee', 'Audit Committee'],
        imprint: 'Promoted by Jane Smith, 1 High Street, Anytown AB1 2CD',
        ownContacts: ['jane.smith@anytown.gov.uk', '07700 900123'],
      },
      accounts: [
        { platform: 'x', handle: '@CllrJaneSmith', kind: 'councillor' },
        { platform: 'facebook', handle: 'Anytown Council', kind: 'council' },
      ],
      defaultAccountKind: 'councillor',
      elections: [],
      meetings: [],
      watchTerms: [],
      dismissed: [],
      rules: {},
    });
    await page.close();
  });

  it('imports meetings from an .ics file after showing them, with restricted items marked', async () => {
    // The fixture's meetings are in spring 2026: look at it from 1 March 2026.
    const page = await openOptions({ settings: SEEDED_SETTINGS_NO_MEETINGS }, new Date('2026-03-01T09:00:00Z'));
    await showSection(page, 'meetings');
    await page.getByLabel('Calendar file').setInputFiles(resolve(ROOT, 'tests/fixtures/ics/committee-calendar.ics'));
    const preview = page.locator('section.preview');
    await preview.getByRole('heading', { name: 'Found 2 meetings' }).waitFor();
    // Nothing is saved until the user confirms.
    expect(await storageGet(page, 'settings')).toMatchObject({ meetings: [] });
    expect(await preview.locator('.restricted').count()).toBe(1);
    expect(await preview.locator('li', { has: page.locator('.restricted') }).last().textContent()).toContain('Enforcement update');
    await preview.getByRole('button', { name: 'Save these 2 meetings' }).click();
    await page.getByText('Saved 2 meetings.').waitFor();

    const stored = (await storageGet(page, 'settings')) as { meetings: { committee: string; start: string }[] };
    expect(stored.meetings.map((m) => [m.committee, m.start])).toEqual([
      ['Planning & Highways Committee', '2026-03-11T18:30:00Z'],
      ['Licensing Act 2003 Sub-Committee', '2026-04-15T09:00:00Z'],
    ]);
    await page.close();
  });

  it('a broken calendar file changes nothing and says why', async () => {
    const page = await openOptions({ settings: SEEDED_SETTINGS }, new Date('2026-03-01T09:00:00Z'));
    const before = await storageGet(page, 'settings');
    await showSection(page, 'meetings');
    await page.getByLabel('Calendar file').setInputFiles(resolve(ROOT, 'tests/fixtures/ics/malformed.ics'));
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'malformed.ics could not be read' }).count()).toBe(1);
    expect(await storageGet(page, 'settings')).toEqual(before);
    await page.close();
  });

  it('exports all settings as one file that imports back exactly', async () => {
    const page = await openOptions({ settings: SEEDED_SETTINGS });
    await showSection(page, 'privacy');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^councillor-post-check-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(scratch, 'exported.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(SEEDED_SETTINGS);

    // Change something through the page (Welsh), then import the file: everything is as exported.
    await showSection(page, 'setup');
    await page.getByLabel('Cymraeg').check();
    await page.getByRole('heading', { level: 1, name: 'Gosodiadau Gwiriwr Negeseuon Cynghorwyr' }).waitFor();
    expect(await storageGet(page, 'settings')).toMatchObject({ language: 'cy' });
    await showSection(page, 'privacy');
    await page.getByLabel('Mewnforio ffeil gosodiadau').setInputFiles(file);
    await page.getByRole('heading', { level: 1, name: 'Councillor Post Check settings' }).waitFor();
    expect(await storageGet(page, 'settings')).toEqual(SEEDED_SETTINGS);
    await page.close();
  });

  it('a bad settings file changes nothing and names the field', async () => {
    const page = await openOptions({ settings: SEEDED_SETTINGS });
    const bad = join(scratch, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...SEEDED_SETTINGS, accounts: [{ platform: 'x', handle: 'CllrJaneSmith', kind: 'robot' }] }));
    await showSection(page, 'privacy');
    await page.getByLabel('Import a settings file').setInputFiles(bad);
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was changed' });
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'Nothing was changed. bad.json has a problem: accounts.0.kind: expected one of personal, councillor, council',
    );
    expect(await storageGet(page, 'settings')).toEqual(SEEDED_SETTINGS);

    const notJson = join(scratch, 'not-json.json');
    writeFileSync(notJson, '{"version": 3,');
    await page.getByLabel('Import a settings file').setInputFiles(notJson);
    await page.getByRole('alert').filter({ hasText: 'not-json.json has a problem: settings: not valid JSON' }).waitFor();
    expect(await storageGet(page, 'settings')).toEqual(SEEDED_SETTINGS);
    await page.close();
  });

  it('“Skip setup for now” leaves a visible “Finish setup” that reopens setup (issue 11, problem 6)', async () => {
    const page = await openOptions();
    await page.getByLabel('Your name').fill('Jane Smith');
    await page.getByLabel('Your council’s social media policy', { exact: false }).fill('anytown.gov.uk/social-media');
    await page.getByRole('button', { name: 'Skip setup for now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Councillor Post Check settings' }).waitFor();
    expect(await storageGet(page, 'settings')).toMatchObject({ setupComplete: true, setupSkipped: true, council: { policyUrl: 'https://anytown.gov.uk/social-media' } });
    await page.getByRole('button', { name: 'Finish setup' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up Councillor Post Check' }).waitFor();
    await page.close();
  });

  it('a save that fails keeps what the user typed on screen and stores nothing', async () => {
    const page = await openOptions({ settings: SEEDED_SETTINGS });
    await page.getByLabel('Your name').fill('Jane A. Smith');
    // The same account twice is refused by the settings schema, so the whole save fails.
    await showSection(page, 'accounts');
    await page.getByRole('button', { name: 'Add an account' }).click();
    await page.locator('#account-handle-1').fill('@cllrjanesmith');
    await page.locator('#accounts').getByRole('button', { name: 'Save these details' }).click();
    const alert = page.locator('#accounts').getByRole('alert');
    await alert.filter({ hasText: 'Not saved' }).waitFor();
    expect(await alert.textContent()).toBe('Not saved: Your accounts: account 2 is the same as account 1. What you typed is still here.');
    expect(await page.locator('#account-handle-1').inputValue()).toBe('@cllrjanesmith');
    expect(await storageGet(page, 'settings')).toEqual(SEEDED_SETTINGS);

    // Fixing it saves the accounts only; the name typed in another section is still on screen
    // (every section stays mounted) and is saved by its own section's button.
    await page.locator('#account-platform-1').selectOption('facebook');
    await page.locator('#accounts').getByRole('button', { name: 'Save these details' }).click();
    await page.locator('#accounts').getByText('Saved.').waitFor();
    expect(await storageGet(page, 'settings')).toMatchObject({
      profile: { name: 'Jane Smith' },
      accounts: [SEEDED_SETTINGS.accounts[0], { platform: 'facebook', handle: '@cllrjanesmith', kind: 'councillor' }],
    });
    await showSection(page, 'setup');
    expect(await page.getByLabel('Your name').inputValue()).toBe('Jane A. Smith');
    await page.locator('#setup').getByRole('button', { name: 'Save these details' }).click();
    await page.locator('#setup').getByText('Saved.').waitFor();
    expect(await storageGet(page, 'settings')).toMatchObject({
      profile: { name: 'Jane A. Smith', committees: SEEDED_SETTINGS.profile.committees },
      accounts: [SEEDED_SETTINGS.accounts[0], { platform: 'facebook', handle: '@cllrjanesmith', kind: 'councillor' }],
    });
    await page.close();
  });

  it('shows a focus ring on the control that has keyboard focus', async () => {
    const page = await openOptions({ settings: SEEDED_SETTINGS });
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { tag: element.tagName, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focused).toEqual({ tag: 'A', outline: 'solid', width: '3px' });
    await page.close();
  });

  it('adds an election and shows the computed pre-election period', async () => {
    const page = await openOptions({ settings: { ...SEEDED_SETTINGS, elections: [] } });
    await showSection(page, 'elections');
    await page.getByLabel('Polling day').fill('2027-05-06');
    await page.getByRole('button', { name: 'Add the election' }).click();
    const period = page.locator('#elections li[data-poll="2027-05-06"] [data-field="period"]');
    await period.waitFor();
    // No notice date given: the latest day the notice may be published (25 working days before).
    // ICU versions differ on the comma after the weekday.
    expect(await period.textContent()).toMatch(
      /^Pre-election period: Wednesday,? 31 March 2027 \(the latest date for the notice of election\) to Thursday,? 6 May 2027\.$/,
    );
    expect(await storageGet(page, 'settings')).toMatchObject({ elections: [{ poll: '2027-05-06' }] });

    // A notice after polling day is refused with the field named, and nothing is stored.
    await page.getByLabel('Polling day').fill('2027-06-01');
    await page.getByLabel('Notice of election (optional)').fill('2027-06-02');
    await page.getByRole('button', { name: 'Add the election' }).click();
    await page.getByRole('alert').filter({ hasText: 'Not added: noticeOfElection: must be on or before polling day.' }).waitFor();
    expect(await storageGet(page, 'settings')).toMatchObject({ elections: [{ poll: '2027-05-06' }] });
    await page.close();
  });

  it('the decision log exports as JSON and is deleted in one click', async () => {
    const page = await openOptions({ settings: SEEDED_SETTINGS, 'decision-log': SEEDED_DECISIONS });
    await showSection(page, 'privacy');
    await page.locator('#decision-log table').waitFor();
    expect(await page.locator('#decision-log tbody tr').count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the log' }).click()]);
    const file = join(scratch, 'decisions.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(SEEDED_DECISIONS);
    await page.getByRole('button', { name: 'Delete the whole log' }).click();
    await page.getByText('The log was deleted.').waitFor();
    expect(await storageGet(page, 'decision-log')).toBeUndefined();
    expect(await page.locator('#decision-log table').count()).toBe(0);
    await page.close();
  });

  it('rules, watch terms and dismissals are edited and saved at once', async () => {
    const page = await openOptions({ settings: SEEDED_SETTINGS });
    await showSection(page, 'rules');
    expect(await page.locator('#rules li[data-rule]').count()).toBeGreaterThanOrEqual(24);
    await page.getByLabel('On (NHS numbers)').uncheck();
    await expect.poll(async () => ((await storageGet(page, 'settings')) as typeof SEEDED_SETTINGS).rules).toEqual({
      threat: { severity: 'medium' },
      'nhs-number': { enabled: false },
    });
    // Back to the default severity removes the override entirely.
    await page.getByLabel('How strongly it warns (Threats and violent “jokes”)').selectOption('default');
    await expect.poll(async () => ((await storageGet(page, 'settings')) as typeof SEEDED_SETTINGS).rules).toEqual({ 'nhs-number': { enabled: false } });

    await page.getByLabel('Word or phrase').fill('Mill Lane depot');
    await page.getByLabel('Warn as').selectOption('personal-data');
    await page.getByRole('button', { name: 'Add to the watch list' }).click();
    await page.getByText('Added “Mill Lane depot”.').waitFor();
    await page.getByRole('button', { name: 'Remove “Wheatfield Farm”' }).click();
    await page.getByText('Removed “Wheatfield Farm”.').waitFor();
    await page.getByRole('button', { name: 'Warn about “01632 960001” again' }).click();
    await page.getByText('That warning will be shown again.').waitFor();
    expect(await storageGet(page, 'settings')).toMatchObject({
      watchTerms: [{ term: 'Mill Lane depot', category: 'personal-data' }],
      dismissed: [],
    });
    await page.close();
  });

  it('adds a meeting by hand with a restricted item, in UK time', async () => {
    const page = await openOptions({ settings: { ...SEEDED_SETTINGS, meetings: [] } });
    await showSection(page, 'meetings');
    await page.getByLabel('Committee', { exact: true }).fill('Licensing Sub-Committee');
    await page.getByLabel('Date', { exact: true }).fill('2099-07-08');
    await page.getByLabel('Start time').fill('10:00');
    await page.getByLabel('End time (optional)').fill('12:30');
    await page.getByRole('button', { name: 'Add an agenda item' }).click();
    await page.getByLabel('Title').fill('Review of a premises licence');
    await page.getByLabel('Restricted (exempt) item').check();
    await page.getByRole('button', { name: 'Add the meeting' }).click();
    await page.getByText('Added the Licensing Sub-Committee meeting.').waitFor();
    expect(await storageGet(page, 'settings')).toMatchObject({
      meetings: [
        {
          committee: 'Licensing Sub-Committee',
          start: '2099-07-08T09:00:00Z',
          end: '2099-07-08T11:30:00Z',
          items: [{ title: 'Review of a premises licence', restricted: true }],
        },
      ],
    });
    expect(await page.locator('#meetings ul.meetings .restricted').count()).toBe(1);

    // An end before the start is refused with the field named, and the form keeps its values.
    await page.getByLabel('Committee', { exact: true }).fill('Planning Committee');
    await page.getByLabel('Date', { exact: true }).fill('2099-07-09');
    await page.getByLabel('Start time').fill('18:00');
    await page.getByLabel('End time (optional)').fill('17:00');
    await page.getByRole('button', { name: 'Add the meeting' }).click();
    await page.getByRole('alert').filter({ hasText: 'End time: it must be after the start time.' }).waitFor();
    expect(await page.getByLabel('Committee', { exact: true }).inputValue()).toBe('Planning Committee');
    expect(((await storageGet(page, 'settings')) as { meetings: unknown[] }).meetings).toHaveLength(1);
    await page.close();
  });

  it('the axe check does report a control with no label (so its silence above means something)', async () => {
    const page = await openOptions({ settings: SEEDED_SETTINGS });
    await showSection(page, 'rules');
    await page.evaluate(() => document.querySelector('#rules')?.append(document.createElement('select')));
    expect((await seriousViolations(page, '#rules')).map((v) => [v.id, v.impact])).toEqual([['select-name', 'critical']]);
    await page.close();
  });

  for (const language of ['en-GB', 'cy'] as const) {
    it(`has no serious or critical axe violations (${language})`, async () => {
      const setup = await openOptions({ settings: { version: 3, language, profile: { committees: ['Planning Committee'] } } });
      await setup.locator('h1').waitFor();
      // The page renders before the stored language is read: wait for it, then audit that language.
      await expect.poll(() => setup.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await seriousViolations(setup)).toEqual([]);
      await setup.locator('.setup-nav button.primary').click();
      await setup.locator('.setup-nav button.primary').click();
      await setup.locator('h2[data-step="committees"]').waitFor();
      expect(await seriousViolations(setup)).toEqual([]);
      await setup.close();

      const page = await openOptions({ settings: { ...SEEDED_SETTINGS, language }, 'decision-log': SEEDED_DECISIONS });
      await page.locator('h1').waitFor();
      for (const section of SECTIONS) {
        await showSection(page, section);
        if (section === 'privacy') await page.locator('#decision-log table').waitFor();
        expect({ section, violations: await seriousViolations(page, `#${section}`) }).toEqual({ section, violations: [] });
      }
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

const SEEDED_SETTINGS_NO_MEETINGS = { ...SEEDED_SETTINGS, meetings: [] };
