/** Shared by the options and popup e2e files: storage seen from an extension page, and settings to seed. */
import type { Page } from 'playwright-core';

/** The extension API as seen inside an extension page (evaluated there, never in Node). */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> } };
};

export async function storageGet(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (name) => (await chrome.storage.local.get(name))[name], key);
}

export async function storageSet(page: Page, values: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (items) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(items);
  }, values);
}

/** A councillor who finished setup, with something in every list so every section renders rows. */
export const SEEDED_SETTINGS = {
  version: 3,
  setupComplete: true,
  setupSkipped: false,
  language: 'en-GB',
  council: { name: 'Anytown Borough Council', policyUrl: 'https://www.anytown.gov.uk/social-media-policy' },
  decisionLog: { enabled: true, includeText: false },
  profile: {
    role: 'councillor',
    name: 'Jane Smith',
    committees: ['Planning Committee', 'Audit Committee'],
    imprint: 'Promoted by Jane Smith, 1 High Street, Anytown AB1 2CD',
    ownContacts: ['jane.smith@anytown.gov.uk'],
  },
  accounts: [{ platform: 'x', handle: 'CllrJaneSmith', kind: 'councillor' }],
  defaultAccountKind: 'personal',
  elections: [{ poll: '2027-05-06' }],
  meetings: [
    {
      committee: 'Planning Committee',
      start: '2099-03-11T18:30:00Z',
      end: '2099-03-11T21:30:00Z',
      items: [
        { title: 'Land at Wheatfield Farm', reference: '24/01234/FUL', restricted: false },
        { title: 'Enforcement update', restricted: true },
      ],
    },
  ],
  watchTerms: [{ term: 'Wheatfield Farm', category: 'confidential', note: 'Pending appeal' }],
  dismissed: [{ ruleId: 'phone-number', text: '01632 960001' }],
  rules: { threat: { severity: 'medium' } },
} as const;

export const SEEDED_DECISIONS = [
  { at: '2026-05-01T19:05:00Z', platform: 'x', surface: 'post', categories: ['respect'], ruleIds: ['personal-attack'], reason: 'Fair comment on a decision' },
];
