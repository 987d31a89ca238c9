/**
 * The outcome of the last Modern.gov refresh, so the options page can say when meetings were last
 * fetched and, after a failure, why (the previous meetings stay in the settings meanwhile).
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

export const MEETINGS_SYNC_KEY = 'local:meetings-sync';

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

export async function loadMeetingsSync(): Promise<MeetingsSync | null> {
  return parseMeetingsSync(await storage.getItem<unknown>(MEETINGS_SYNC_KEY));
}

export async function saveMeetingsSync(sync: MeetingsSync): Promise<void> {
  await storage.setItem(MEETINGS_SYNC_KEY, meetingsSyncSchema.parse(sync));
}

/** Records one attempt; a success from an earlier attempt on the same site is remembered. */
export async function recordMeetingsSync(
  site: string,
  at: string,
  outcome: { ok: true } | { ok: false; error: string },
): Promise<MeetingsSync> {
  const previous = await loadMeetingsSync();
  const earlierSuccess = previous?.site === site ? previous.lastSuccess : undefined;
  const sync: MeetingsSync = outcome.ok
    ? { site, lastAttempt: at, lastSuccess: at }
    : { site, lastAttempt: at, ...(earlierSuccess ? { lastSuccess: earlierSuccess } : {}), lastError: outcome.error };
  await saveMeetingsSync(sync);
  return sync;
}

export function watchMeetingsSync(callback: (sync: MeetingsSync | null) => void): () => void {
  return storage.watch<unknown>(MEETINGS_SYNC_KEY, (raw) => callback(parseMeetingsSync(raw)));
}
