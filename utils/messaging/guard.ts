/**
 * What a content script asks the background for: its settings (the user's, with the council's
 * policy laid over them, and the popup's switches), and the two writes a panel makes (mute a
 * finding or rule; record "posted anyway"). The background validates the settings and every
 * message with zod (utils/background/guard-messages.ts), so the content scripts, loaded into every
 * X and Facebook tab, carry no zod and no schema. No zod here.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../context/settings';
import type { Locale } from '../i18n/locale';
import type { PortableRuleTexts } from '../i18n/rules/portable';
import type { DecisionInput } from '../storage/decision-log';
import type { RuntimeState } from '../storage/runtime-state';

export interface GuardState {
  settings: Settings;
  /** Settings paths the council's managed policy decides. */
  locked: string[];
  runtime: RuntimeState;
  /** Why stored settings or the policy could not be used, in the settings' language. */
  problem?: string;
  /**
   * The rules' texts in the language the settings and the tab's languages choose, when it is not
   * English: the background carries the catalogues so every X and Facebook tab does not.
   */
  ruleTexts?: { locale: Locale; texts: PortableRuleTexts };
}

export type GuardMessage =
  /** `policy: false` answers at once with the user's own settings; Chromium can take a second to say there is no policy. */
  /** `languages`: the tab's, for the rules' texts (the settings may say "follow the browser"). */
  | { type: 'guard:state'; policy: boolean; languages?: readonly string[] }
  | { type: 'guard:mute'; scope: 'finding' | 'rule'; ruleId: string; text: string }
  | { type: 'guard:decision'; decision: DecisionInput };

export type GuardReply<M extends GuardMessage> = M extends { type: 'guard:state' }
  ? { ok: true; state: GuardState } | { ok: false; error: string }
  : { ok: true } | { ok: false; error: string };

/** A woken service worker answers in well under a second; past this the page is not kept waiting. */
const ANSWER_MS = 5000;

export const GUARD_MESSAGE_TYPES = ['guard:state', 'guard:mute', 'guard:decision'] as const;

/**
 * Sends one message. A background that cannot be reached (the extension reloaded under the page)
 * is `{ ok: false }` with the browser's reason, never an exception: the caller fails open and says so.
 */
export async function askBackground<M extends GuardMessage>(message: M, timeoutMs = ANSWER_MS): Promise<GuardReply<M>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the extension’s background did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    const reply = (await Promise.race([browser.runtime.sendMessage(message), late])) as GuardReply<M> | undefined;
    // The reply is the background's own, already validated; only its presence is in doubt.
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply;
    return { ok: false, error: 'no answer from the extension’s background' } as GuardReply<M>;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) } as GuardReply<M>;
  } finally {
    clearTimeout(timer);
  }
}
