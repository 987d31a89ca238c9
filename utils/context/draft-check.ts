/**
 * What the content scripts call on every check: settings and the popup's switches, prepared once
 * when they change, plus one draft. The prepared context was validated when the settings were
 * loaded, so a check goes straight to the engine (re-validating 200 agenda items with zod on
 * every key press was half the cost of a short check).
 */
import { checkInput, type CheckResult } from '../engine/run';
import { MAX_TEXT_LENGTH } from '../engine/vocabulary';
import type { CheckInput, Finding, RuleTexts } from '../engine/types';
import { fold } from '../text/fold';
import type { RuntimeState } from '../storage/runtime-state';
import { toCheckContext, toCheckOptions } from './check-context';
import type { Platform, Settings } from './settings';

export interface Draft {
  text: string;
  platform: Platform;
  surface: CheckInput['surface'];
  quoted?: string;
  /** Every name the page shows for the account the post goes out from (handle, Page id or slug, display name). */
  account?: readonly string[];
}

export interface DraftCheckState {
  settings: Settings;
  runtime: RuntimeState;
  /**
   * The rules' texts in the user's language (rules/i18n); English when absent. Passed in,
   * not imported: a content script is handed them by the background rather than carrying them.
   */
  texts?: RuleTexts;
}

/** The dismissal key of a finding: rule id and the folded words it matched. */
export function dismissalText(finding: Finding, text: string, quoted = ''): string {
  const source = finding.in === 'quoted' ? quoted : text;
  return fold(source.slice(finding.start, finding.end)).text.replace(/\s+/g, ' ').trim();
}

export function createDraftChecker(state: DraftCheckState): (draft: Draft) => CheckResult {
  const { settings, runtime, texts } = state;
  const options = { ...toCheckOptions(settings), ...(texts ? { texts } : {}) };
  const dismissed = new Set(settings.dismissed.map((entry) => `${entry.ruleId}\u0000${entry.text}`));
  // "I'm in a regulatory meeting now": the popup's switch becomes a meeting the meeting rule can see.
  const meetingNow = runtime.meetingNow
    ? [{ committee: runtime.meetingNow.committee, start: new Date().toISOString(), end: runtime.meetingNow.until, items: [] }]
    : [];

  // The context (account kind, current election, recent meetings) changes with the account and
  // the clock, not the draft: built once per account per minute instead of on every key pause.
  const contexts = new Map<string, { minute: number; context: ReturnType<typeof toCheckContext> }>();
  const contextFor = (platform: Platform, account: readonly string[] | undefined, now: Date) => {
    const key = `${platform}\u0000${account?.join('\u0001') ?? ''}`;
    const minute = Math.floor(now.getTime() / 60_000);
    const cached = contexts.get(key);
    if (cached?.minute === minute) return cached.context;
    const base = toCheckContext(settings, { platform, ...(account ? { account } : {}), now });
    const context = meetingNow.length ? { ...base, meetings: [...base.meetings, ...meetingNow] } : base;
    contexts.set(key, { minute, context });
    return context;
  };

  return (draft) => {
    if (runtime.pausedUntil && Date.parse(runtime.pausedUntil) > Date.now()) return { findings: [], failures: [] };
    // The same limit the request schema puts on the CLI: the caller fails open and says why.
    if (draft.text.length > MAX_TEXT_LENGTH || (draft.quoted?.length ?? 0) > MAX_TEXT_LENGTH) {
      throw new Error(`the text is longer than ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters`);
    }
    const now = new Date();
    const context = contextFor(draft.platform, draft.account, now);
    const input: CheckInput = {
      ...context,
      text: draft.text,
      platform: draft.platform,
      surface: draft.surface,
      ...(draft.quoted ? { quoted: draft.quoted } : {}),
      now,
    };
    const result = checkInput(input, options);
    if (dismissed.size === 0) return result;
    const findings = result.findings.filter(
      (finding) => !dismissed.has(`${finding.ruleId}\u0000${dismissalText(finding, draft.text, draft.quoted)}`),
    );
    return { ...result, findings };
  };
}
