/**
 * The outcome of the last Modern.gov refresh (and, under its own key, of the last calendar-feed refresh), so the options page can say when meetings were last
 * fetched and, after a failure, why (the previous meetings stay in the settings meanwhile).
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

export const MEETINGS_SYNC_KEY = 'local:meetings-sync';
export const FEED_SYNC_KEY = 'local:feed-sync';
export type SyncKey = typeof MEETINGS_SYNC_KEY | typeof FEED_SYNC_KEY;

const instant = z.iso.datetime({ offset: true });

export const meetingsSyncSchema = z.strictObject({
  /** The site the refresh used. */
  site: z.string().max(500),
  lastAttempt: instant,
  /** When meetings were last fetched and saved successfully (kept across later failures). */
  lastSuccess: instant.optional(),
  /** Why the last attempt failed, in the settings' language; absent when it succeeded. */
  lastError: z.string().max(2000).optional(),
});

export type MeetingsSync = z.output<typeof meetingsSyncSchema>;

/** Unreadable state reads as "never refreshed": it only describes the past. */
export function parseMeetingsSync(raw: unknown): MeetingsSync | null {
  const parsed = meetingsSyncSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function loadMeetingsSync(key: SyncKey = MEETINGS_SYNC_KEY): Promise<MeetingsSync | null> {
  return parseMeetingsSync(await storage.getItem<unknown>(key));
}

export async function saveMeetingsSync(sync: MeetingsSync, key: SyncKey = MEETINGS_SYNC_KEY): Promise<void> {
  await storage.setItem(key, meetingsSyncSchema.parse(sync));
}

/** Records one attempt; a success from an earlier attempt on the same site is remembered. */
export async function recordMeetingsSync(
  site: string,
  at: string,
  outcome: { ok: true } | { ok: false; error: string },
  key: SyncKey = MEETINGS_SYNC_KEY,
): Promise<MeetingsSync> {
  const previous = await loadMeetingsSync(key);
  const earlierSuccess = previous?.site === site ? previous.lastSuccess : undefined;
  const sync: MeetingsSync = outcome.ok
    ? { site, lastAttempt: at, lastSuccess: at }
    : { site, lastAttempt: at, ...(earlierSuccess ? { lastSuccess: earlierSuccess } : {}), lastError: outcome.error };
  await saveMeetingsSync(sync, key);
  return sync;
}

export function watchMeetingsSync(callback: (sync: MeetingsSync | null) => void, key: SyncKey = MEETINGS_SYNC_KEY): () => void {
  return storage.watch<unknown>(key, (raw) => callback(parseMeetingsSync(raw)));
}
