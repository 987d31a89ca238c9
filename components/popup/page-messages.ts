/**
 * Asking the active tab's content script (utils/guard/page-report.ts) and checking its answer.
 * The tab is looked up at each question: the person may have switched tabs since the popup opened.
 */
import type { z } from 'zod';
import type { PageMessage } from '../../utils/messaging/page-check';

export type TabAnswer<T> = { ok: true; value: T; url?: string } | { ok: false; url?: string };

export async function askActiveTab<T>(message: PageMessage, schema: z.ZodType<T>): Promise<TabAnswer<T>> {
  let url: string | undefined;
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    url = tab?.url;
    if (tab?.id === undefined) return { ok: false, url };
    const parsed = schema.safeParse(await browser.tabs.sendMessage(tab.id, message));
    // No content script there (not a site we check, or a tab opened before the extension): no answer.
    return parsed.success ? { ok: true, value: parsed.data, url } : { ok: false, url };
  } catch {
    return { ok: false, url };
  }
}
