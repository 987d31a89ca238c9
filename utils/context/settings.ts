/**
 * The one settings model shared by the extension and the CLI. Versioned:
 * older stored or exported settings are migrated (settings-migrations.ts)
 * before they are validated here. Profile, election and meeting shapes are
 * the engine's own request schemas, so settings can never hold something the
 * engine would reject.
 */
import { z } from 'zod';
import { ACCOUNT_KINDS, PLATFORMS, electionSchema, meetingSchema, profileSchema, watchTermSchema } from '../engine/request';
import { SEVERITIES } from '../engine/types';
import { LANGUAGE_PREFERENCES } from '../i18n/locale';
import { accountIdentity, isForeignAddress } from './account-names';

import { SETTINGS_VERSION } from './default-settings';

export { SETTINGS_VERSION, defaultSettings } from './default-settings';

/** Written as people write it: @handle, handle, an x.com or facebook.com address, a Page's slug or id, a display name (account-names.ts). */
export const accountHandleSchema = z.string().trim().min(1, 'expected a handle').max(300);

export const accountSchema = z
  .object({
    platform: z.enum(PLATFORMS),
    handle: accountHandleSchema,
    kind: z.enum(ACCOUNT_KINDS),
  })
  .refine((account) => !isForeignAddress(account.platform, account.handle), {
    message: 'this address is not an account on that site: enter the handle (e.g. @cllr_sample) or the Page’s own address',
    path: ['handle'],
  });

const isoDate = electionSchema.shape.poll.unwrap();

export const settingsElectionSchema = electionSchema
  .extend({ poll: isoDate, label: z.string().max(200).optional() })
  .refine((e) => !e.noticeOfElection || e.noticeOfElection <= e.poll, {
    message: 'must be on or before polling day',
    path: ['noticeOfElection'],
  });

export const ruleOverrideSchema = z.object({
  enabled: z.boolean().optional(),
  severity: z.enum(SEVERITIES).optional(),
});

const httpsUrl = z.url({ protocol: /^https?$/, message: 'expected a web address starting https://' }).max(500);

/** The council the user serves: shown in explanations (its own policy) and used to fetch its meetings. */
export const councilSchema = z.object({
  name: z.string().trim().max(200).default(''),
  /** The council's Modern.gov site, e.g. https://democracy.example.gov.uk */
  modernGovSite: httpsUrl.optional(),
  /** The council's calendar link (an iCalendar feed, or a CMIS meetings list), for councils not on Modern.gov. */
  calendarFeed: httpsUrl.optional(),
  /** The council's own social media policy, linked from every explanation. */
  policyUrl: httpsUrl.optional(),
});

/** The local record of "posted anyway" decisions: off unless the user turns it on. */
export const decisionLogSettingsSchema = z.object({
  enabled: z.boolean().default(false),
  /** Keep the draft's text with each decision: a second, explicit opt-in. */
  includeText: z.boolean().default(false),
});

export const dismissalSchema = z.object({
  ruleId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a rule id'),
  /** The matched words, folded as the engine folds them (case, accents, punctuation). */
  text: z.string().trim().min(1).max(500),
});

export const settingsSchema = z
  .strictObject({
    version: z.literal(SETTINGS_VERSION),
    /** False until first-run setup is finished (or skipped): the options page opens on it. */
    setupComplete: z.boolean().default(false),
    /** Setup was skipped rather than finished: the popup and options page keep offering "Finish setup". */
    setupSkipped: z.boolean().default(false),
    language: z.enum(LANGUAGE_PREFERENCES).default('auto'),
    council: councilSchema.prefault({}),
    decisionLog: decisionLogSettingsSchema.prefault({}),
    profile: profileSchema.prefault({}),
    accounts: z.array(accountSchema).max(100).default([]),
    /** Accounts not listed are treated as this kind; the CLI's default is councillor too. */
    defaultAccountKind: z.enum(ACCOUNT_KINDS).default('councillor'),
    elections: z.array(settingsElectionSchema).max(20).default([]),
    meetings: z.array(meetingSchema).max(1000).default([]),
    watchTerms: z.array(watchTermSchema).max(500).default([]),
    /** "Don't warn me about this again" for one finding: the rule and the words it matched. */
    dismissed: z.array(dismissalSchema).max(2000).default([]),
    rules: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a rule id'), ruleOverrideSchema).default({}),
  })
  .superRefine((settings, ctx) => {
    // Two entries for one account would make its kind depend on list order.
    const seen = new Map<string, number>();
    settings.accounts.forEach((account, index) => {
      const key = accountIdentity(account);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else ctx.addIssue({ code: 'custom', path: ['accounts', index, 'handle'], message: `account ${index + 1} is the same as account ${first + 1}` });
    });
  });

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
export type Platform = (typeof PLATFORMS)[number];



export { accountKindFor, accountIdentity } from './account-names';
export { parseSettings, importSettings, serialiseSettings } from './settings-import';
export { toCheckContext, toCheckOptions } from './check-context';
