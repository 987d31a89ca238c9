/**
 * The scratchpad's check: the same engine, settings and meeting switch as the content scripts,
 * for text pasted from anywhere. It ignores a pause (the user asked for this check) and checks as
 * a post from the account kind the user picks.
 */
import { createDraftChecker } from '../../utils/context/draft-check';
import type { AccountKind, Settings } from '../../utils/context/settings';
import type { CheckResult } from '../../utils/engine/engine';
import type { Locale } from '../../utils/i18n';
import type { RuntimeState } from '../../utils/storage/runtime-state';

export function createScratchChecker(settings: Settings, runtime: RuntimeState, locale: Locale, account: AccountKind): (text: string) => CheckResult {
  const check = createDraftChecker({
    // No handle is given, so every check goes out as the default kind: make that the one chosen.
    settings: { ...settings, defaultAccountKind: account },
    runtime: runtime.meetingNow ? { meetingNow: runtime.meetingNow } : {},
    locale,
  });
  return (text) => check({ text, platform: 'x', surface: 'post' });
}

/** The text with one finding's span replaced by a suggestion. */
export const applySuggestion = (text: string, span: { start: number; end: number }, replacement: string): string =>
  text.slice(0, span.start) + replacement + text.slice(span.end);
