/**
 * The background's last refresh of the Modern.gov meetings (storage key `local:meetings-sync`,
 * written by the background script). Read through a schema: another context wrote it.
 */
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

export const MEETINGS_SYNC_KEY = 'local:meetings-sync';

export const meetingsSyncSchema = z.object({
  site: z.string(),
  lastAttempt: z.string(),
  lastSuccess: z.string().optional(),
  lastError: z.string().optional(),
});

export type MeetingsSync = z.output<typeof meetingsSyncSchema>;

export const parseMeetingsSync = (raw: unknown): MeetingsSync | null => meetingsSyncSchema.safeParse(raw).data ?? null;

/**
 * What to tell the user: the last attempt failed (and since when the meetings shown date), or it
 * worked. A failure is only current if it is the latest attempt.
 */
export type SyncView =
  | { kind: 'never' }
  | { kind: 'ok'; at: string }
  | { kind: 'failed'; error: string; at: string; showingFrom?: string };

export function syncView(sync: MeetingsSync | null): SyncView {
  if (!sync) return { kind: 'never' };
  const failedLast = sync.lastError !== undefined && (!sync.lastSuccess || Date.parse(sync.lastAttempt) > Date.parse(sync.lastSuccess));
  if (failedLast) return { kind: 'failed', error: sync.lastError!, at: sync.lastAttempt, ...(sync.lastSuccess ? { showingFrom: sync.lastSuccess } : {}) };
  return sync.lastSuccess ? { kind: 'ok', at: sync.lastSuccess } : { kind: 'never' };
}

export function useMeetingsSync(): MeetingsSync | null {
  const [sync, setSync] = useState<MeetingsSync | null>(null);
  useEffect(() => {
    void storage.getItem<unknown>(MEETINGS_SYNC_KEY).then((raw) => setSync(parseMeetingsSync(raw)));
    return storage.watch<unknown>(MEETINGS_SYNC_KEY, (raw) => setSync(parseMeetingsSync(raw)));
  }, []);
  return sync;
}
