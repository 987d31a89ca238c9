/**
 * The scratchpad's check: the same engine, settings and meeting switch as the content scripts,
 * for text pasted from anywhere. It ignores a pause (the user asked for this check) and checks as
 * a post from the account kind the user picks.
 */
import type { AccountKind, Settings } from '../../utils/context/settings';
import { editOf } from '../../utils/engine/edit';
import type { CheckResult } from '../../utils/engine/engine';
import type { Rewrite } from '../../utils/engine/suggestions';
import type { Locale } from '../../utils/i18n';
import type { RuntimeState } from '../../utils/storage/runtime-state';

/**
 * The engine (rules, lexicons, phone metadata: most of the extension's weight) is loaded on the
 * first check, not when the popup opens: most openings are for the page status or a switch.
 */
export function createScratchChecker(settings: Settings, runtime: RuntimeState, locale: Locale, account: AccountKind): (text: string) => Promise<CheckResult> {
  let ready: Promise<(draft: { text: string; platform: 'x'; surface: 'post' }) => CheckResult> | undefined;
  const checker = () =>
    (ready ??= Promise.all([import('../../utils/context/draft-check'), import('../../rules/i18n')]).then(([{ createDraftChecker }, { RULE_TEXTS }]) =>
      createDraftChecker({
        // No account is given, so every check goes out as the default kind: make that the one chosen.
        settings: { ...settings, defaultAccountKind: account },
        runtime: runtime.meetingNow ? { meetingNow: runtime.meetingNow } : {},
        texts: RULE_TEXTS[locale],
      }),
    ));
  return async (text) => (await checker())({ text, platform: 'x', surface: 'post' });
}

/** The text with one finding's span replaced by a suggestion (a removal takes a space with it: `editOf`). */
export function applySuggestion(text: string, span: { start: number; end: number }, replacement: string): string {
  const edit = editOf(text, span, replacement);
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** The text with a sentence-level rewrite applied: its range is exact. */
export const applyRewrite = (text: string, rewrite: Rewrite): string => text.slice(0, rewrite.start) + rewrite.text + text.slice(rewrite.end);
