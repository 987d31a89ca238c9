/**
 * The policy a council's IT team pushes through Chrome/Edge enterprise policy (storage.managed,
 * checked by Chrome against public/managed_schema.json) or Firefox's policies.json "3rdparty"
 * section. Managed values override the user's own and are reported as locked so the options page
 * can show them read-only.
 *
 * Locked paths: 'council.name', 'council.modernGovSite', 'council.policyUrl', 'elections',
 * 'rules.<id>' for each rule forced on, and for council accounts both 'accounts' (the list holds
 * managed entries; the user may still add their own) and 'accounts.<platform>:<key>' for each
 * managed entry (the key of account-names.ts: "x.com/Name", "@name" and "name" are one account), so the page can lock just those rows.
 *
 * A policy is all-or-nothing: an invalid one is ignored entirely and the reason is reported
 * (half a policy would leave IT believing something is enforced that is not).
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { PLATFORMS } from '../engine/request';
import { accountIdentity, isForeignAddress } from '../context/account-names';
import { accountHandleSchema, settingsElectionSchema, type Settings } from '../context/settings';
import { describeIssues } from '../context/result';

const httpsOnly = z.url({ protocol: /^https$/, message: 'expected a web address starting https://' }).max(500);
const ruleId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a rule id such as "ni-number"');

export const managedPolicySchema = z.strictObject({
  councilName: z.string().trim().min(1, 'expected the council’s name').max(200).optional(),
  /** The council's corporate accounts, by platform: posts from them are checked as "council". */
  councilAccounts: z
    .strictObject({ x: z.array(accountHandleSchema).max(50).optional(), facebook: z.array(accountHandleSchema).max(50).optional() })
    .superRefine((accounts, ctx) => {
      for (const platform of PLATFORMS) {
        (accounts[platform] ?? []).forEach((written, index) => {
          if (isForeignAddress(platform, written)) ctx.addIssue({ code: 'custom', path: [platform, index], message: `not an account address on ${platform === 'x' ? 'X' : 'Facebook'}` });
        });
      }
    })
    .optional(),
  elections: z.array(settingsElectionSchema).max(20).optional(),
  modernGovSite: httpsOnly.optional(),
  rulesForcedOn: z.array(ruleId).max(100).optional(),
  socialMediaPolicyUrl: httpsOnly.optional(),
});

export type ManagedPolicy = z.output<typeof managedPolicySchema>;

/** Why a policy was not applied, in parts the options page can translate. */
export type PolicyProblem = { kind: 'invalid'; detail: string };

export interface ManagedPolicyReading {
  policy: ManagedPolicy | null;
  problem?: PolicyProblem;
}

/** Validates a raw policy. `knownRuleIds`, when given, also rejects rule ids that do not exist. */
export function parseManagedPolicy(raw: unknown, knownRuleIds?: readonly string[]): ManagedPolicyReading {
  if (raw === null || raw === undefined || (typeof raw === 'object' && Object.keys(raw).length === 0)) return { policy: null };
  const parsed = managedPolicySchema.safeParse(raw);
  if (!parsed.success) return { policy: null, problem: { kind: 'invalid', detail: describeIssues(parsed.error.issues, 'policy') } };
  const unknown = knownRuleIds ? (parsed.data.rulesForcedOn ?? []).filter((id) => !knownRuleIds.includes(id)) : [];
  if (unknown.length > 0) {
    return { policy: null, problem: { kind: 'invalid', detail: `rulesForcedOn: no rule called ${unknown.map((id) => `"${id}"`).join(', ')}` } };
  }
  return { policy: parsed.data };
}

/** Reads managed storage. No policy, or a browser without managed storage, is `{ policy: null }`. */
/** How long to wait for managed storage before treating the policy as absent. */
const MANAGED_READ_MS = 1000;

export async function readManagedPolicy(knownRuleIds?: readonly string[]): Promise<ManagedPolicyReading> {
  let raw: unknown;
  try {
    // Firefox throws here when no policies.json entry exists for this extension: that just means "no policy".
    raw = await Promise.race([
      browser.storage.managed.get(),
      // Chromium with a managed_schema but no policy can leave this promise pending for ever
      // (seen in headless Chromium 14x here): waiting would keep every context on default settings.
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer')), MANAGED_READ_MS)),
    ]);
  } catch {
    return { policy: null };
  }
  return parseManagedPolicy(raw, knownRuleIds);
}

export async function loadManagedPolicy(): Promise<ManagedPolicy | null> {
  return (await readManagedPolicy()).policy;
}

export interface PolicyApplied {
  settings: Settings;
  locked: ReadonlySet<string>;
}

export function applyManagedPolicy(settings: Settings, policy: ManagedPolicy | null): PolicyApplied {
  const locked = new Set<string>();
  if (!policy) return { settings, locked };
  const next: Settings = { ...settings, council: { ...settings.council }, rules: { ...settings.rules } };

  if (policy.councilName !== undefined) {
    next.council.name = policy.councilName;
    locked.add('council.name');
  }
  if (policy.modernGovSite !== undefined) {
    next.council.modernGovSite = policy.modernGovSite;
    locked.add('council.modernGovSite');
  }
  if (policy.socialMediaPolicyUrl !== undefined) {
    next.council.policyUrl = policy.socialMediaPolicyUrl;
    locked.add('council.policyUrl');
  }
  if (policy.elections !== undefined) {
    next.elections = policy.elections;
    locked.add('elections');
  }
  const managedAccounts = PLATFORMS.flatMap((platform) =>
    (policy.councilAccounts?.[platform] ?? []).map((handle) => ({ platform, handle, kind: 'council' as const })),
  );
  if (managedAccounts.length > 0) {
    const keyOf = accountIdentity;
    const managedKeys = new Set(managedAccounts.map(keyOf));
    // The managed entry replaces the user's entry for the same account (whatever kind they chose).
    const unique = managedAccounts.filter((a, i) => managedAccounts.findIndex((b) => keyOf(b) === keyOf(a)) === i);
    next.accounts = [...unique, ...settings.accounts.filter((a) => !managedKeys.has(keyOf(a)))];
    locked.add('accounts');
    for (const key of managedKeys) locked.add(`accounts.${key}`);
  }
  for (const id of policy.rulesForcedOn ?? []) {
    // Forced on at its default severity: a user override down to "low" would make it silent.
    next.rules[id] = { enabled: true };
    locked.add(`rules.${id}`);
  }
  return { settings: next, locked };
}
