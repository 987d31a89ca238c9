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

export const SETTINGS_VERSION = 3;

/** "@CllrJane", "cllrjane " and "CLLRJANE" are the same account. */
export const normaliseHandle = (handle: string): string => handle.trim().replace(/^@/, '').toLowerCase();

export const accountSchema = z.object({
  platform: z.enum(PLATFORMS),
  handle: z.string().trim().min(1, 'expected a handle').max(100),
  kind: z.enum(ACCOUNT_KINDS),
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
      const key = `${account.platform}:${normaliseHandle(account.handle)}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else ctx.addIssue({ code: 'custom', path: ['accounts', index, 'handle'], message: `account ${index + 1} is the same as account ${first + 1}` });
    });
  });

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
export type Platform = (typeof PLATFORMS)[number];

export const defaultSettings = (): Settings => settingsSchema.parse({ version: SETTINGS_VERSION });

/** The kind of the account a post goes out from; handles compare case-insensitively. */
export function accountKindFor(settings: Settings, platform: Platform, handle: string | undefined): AccountKind {
  const wanted = handle === undefined ? undefined : normaliseHandle(handle);
  const match = settings.accounts.find((a) => a.platform === platform && normaliseHandle(a.handle) === wanted);
  return match?.kind ?? settings.defaultAccountKind;
}

export { parseSettings, importSettings, serialiseSettings } from './settings-import';
export { toCheckContext, toCheckOptions } from './check-context';
