/**
 * What the options page says about the background's last refresh of the Modern.gov site or the
 * calendar link (stored by the background under `local:meetings-sync` / `local:feed-sync`, read
 * through its schema).
 */
import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { MEETINGS_SYNC_KEY, loadMeetingsSync, parseMeetingsSync, type MeetingsSync, type SyncKey } from '../../utils/storage/meetings-sync';

/**
 * The last attempt failed (and since when the meetings shown date), or it worked. A failure is
 * only current if it is the latest attempt.
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

export function useMeetingsSync(key: SyncKey = MEETINGS_SYNC_KEY): MeetingsSync | null {
  const [sync, setSync] = useState<MeetingsSync | null>(null);
  useEffect(() => {
    void loadMeetingsSync(key).then(setSync);
    return storage.watch<unknown>(key, (raw) => setSync(parseMeetingsSync(raw)));
  }, [key]);
  return sync;
}
