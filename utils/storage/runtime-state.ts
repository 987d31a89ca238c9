/**
 * Short-lived switches set from the popup: "pause checking for an hour" and "I'm in a regulatory
 * meeting now". Not part of the exported settings: they describe this moment, not the user.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

export const RUNTIME_KEY = 'local:runtime';

const instant = z.iso.datetime({ offset: true });

export const runtimeStateSchema = z.object({
  /** No checks until then. */
  pausedUntil: instant.optional(),
  /** The user said they are in this committee's meeting until then. */
  meetingNow: z.object({ committee: z.string().trim().min(1).max(200), until: instant }).optional(),
});

export type RuntimeState = z.output<typeof runtimeStateSchema>;

/** Unreadable or expired state reads as "nothing set": a stale pause must never stop checks for good. */
export function parseRuntimeState(raw: unknown, now: Date = new Date()): RuntimeState {
  const parsed = runtimeStateSchema.safeParse(raw ?? {});
  if (!parsed.success) return {};
  const { pausedUntil, meetingNow } = parsed.data;
  const live = (iso: string) => Date.parse(iso) > now.getTime();
  return {
    ...(pausedUntil && live(pausedUntil) ? { pausedUntil } : {}),
    ...(meetingNow && live(meetingNow.until) ? { meetingNow } : {}),
  };
}

export async function loadRuntimeState(now: Date = new Date()): Promise<RuntimeState> {
  return parseRuntimeState(await storage.getItem<unknown>(RUNTIME_KEY), now);
}

export async function saveRuntimeState(state: RuntimeState): Promise<void> {
  await storage.setItem(RUNTIME_KEY, runtimeStateSchema.parse(state));
}

export function watchRuntimeState(callback: (state: RuntimeState) => void): () => void {
  return storage.watch<unknown>(RUNTIME_KEY, (raw) => callback(parseRuntimeState(raw)));
}
