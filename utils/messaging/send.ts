/**
 * For the options page and popup: send one message to the background and get its reply,
 * validated. A background that is not running, or a reply of the wrong shape, comes back as
 * `{ ok: false, error }` like any other failure, so callers handle one shape.
 */
import { browser } from 'wxt/browser';
import { replySchemas, type BackgroundMessage, type ReplyFor } from './protocol';

export async function sendToBackground<M extends BackgroundMessage>(message: M): Promise<ReplyFor[M['type']]> {
  const schema = replySchemas[message.type];
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    const parsed = schema.safeParse(reply);
    if (parsed.success) return parsed.data as ReplyFor[M['type']];
    return { ok: false, error: `The background script sent an unexpected reply (${parsed.error.issues[0]?.message ?? 'unknown'}).` };
  } catch (error) {
    return { ok: false, error: `The background script did not answer (${error instanceof Error ? error.message : String(error)}).` };
  }
}
