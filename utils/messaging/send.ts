/**
 * For the options page and popup: send one message to the background and get its reply,
 * validated. A background that is not running, or a reply of the wrong shape, comes back as
 * `{ ok: false, error }` like any other failure (translated like the background's own errors),
 * so callers handle one shape.
 */
import { browser } from 'wxt/browser';
import { describeIssues } from '../context/result';
import { translateProblem, type Problem } from '../background/problem';
import { loadSettings } from '../storage/settings-store';
import { replySchemas, type BackgroundMessage, type ReplyFor } from './protocol';

export async function sendToBackground<M extends BackgroundMessage>(message: M): Promise<ReplyFor[M['type']]> {
  const schema = replySchemas[message.type];
  let problem: Problem;
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    const parsed = schema.safeParse(reply);
    if (parsed.success) return parsed.data as ReplyFor[M['type']];
    problem = { key: 'background.error.badReply', params: { detail: describeIssues(parsed.error.issues, 'reply') } };
  } catch (error) {
    problem = { key: 'background.error.noAnswer', params: { detail: error instanceof Error ? error.message : String(error) } };
  }
  const language = (await loadSettings().catch(() => undefined))?.settings.language ?? 'auto';
  return { ok: false, error: translateProblem(problem, language) };
}
