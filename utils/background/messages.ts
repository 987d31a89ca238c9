/**
 * The background's one message listener: checks who is asking and what, then hands over to the
 * preview or refresh (of the Modern.gov site, or of the calendar link). Always answers with a reply of the protocol's shape; nothing thrown here
 * crosses to the page.
 */
import { browser, type Browser } from 'wxt/browser';
import { describeIssues } from '../context/result';
import { backgroundMessageSchema, type MeetingsPreviewReply, type MeetingsRefreshReply } from '../messaging/protocol';
import { loadSettings } from '../storage/settings-store';
import type { FetchLimits } from './modern-gov-fetch';
import { previewFeed, previewMeetings } from './preview';
import { translateProblem } from './problem';
import { handleGuardMessage, type GuardAnswer, type RuleTextsByLocale } from './guard-messages';
import { refreshFeed, refreshMeetings } from './refresh';

export interface HandlerOptions {
  now?: () => Date;
  limits?: FetchLimits;
  /** The rules' texts in languages other than English, sent to a content script with its settings. */
  ruleTexts?: RuleTextsByLocale;
}

/** This extension's own content scripts (and pages): no other extension or site can message it without externally_connectable. */
export const fromOwnExtension = (sender: Browser.runtime.MessageSender): boolean => sender.id === browser.runtime.id;

const isGuardMessage = (raw: unknown): boolean =>
  typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string' && (raw as { type: string }).type.startsWith('guard:');

/** The options page and popup: this extension, on one of its own pages (a content script's sender URL is the web page's). */
export function fromOwnPage(sender: Browser.runtime.MessageSender): boolean {
  const ownOrigin = browser.runtime.getURL('/');
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

export async function handleMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  options: HandlerOptions = {},
): Promise<MeetingsPreviewReply | MeetingsRefreshReply | GuardAnswer> {
  // A content script's settings, mutes and decisions: validated here so its tab carries no zod.
  if (isGuardMessage(raw) && fromOwnExtension(sender)) {
    return handleGuardMessage(raw, options.ruleTexts).catch((error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }));
  }
  let language: Parameters<typeof translateProblem>[1] = 'auto';
  try {
    language = (await loadSettings()).settings.language;
    if (!fromOwnPage(sender)) return { ok: false, error: translateProblem({ key: 'background.error.notAllowed' }, language) };
    const parsed = backgroundMessageSchema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: translateProblem({ key: 'background.error.badMessage', params: { detail: describeIssues(parsed.error.issues, 'message') } }, language) };
    }
    const message = parsed.data;
    switch (message.type) {
      case 'meetings:preview':
        return await previewMeetings(message, language, options);
      case 'meetings:refresh':
        return await refreshMeetings(options);
      case 'feed:preview':
        return await previewFeed(message, language, options);
      case 'feed:refresh':
        return await refreshFeed(options);
    }
  } catch (error) {
    return { ok: false, error: translateProblem({ key: 'background.error.unexpected', params: { detail: error instanceof Error ? error.message : String(error) } }, language) };
  }
}
