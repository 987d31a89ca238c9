/**
 * The options page's two requests to the background script (the contract in
 * utils/messaging/protocol.ts). Replies cross a context boundary, so they are validated here too:
 * a malformed reply reads as a failure in plain words, never as half a preview.
 */
import { z } from 'zod';
import { meetingSchema } from '../../utils/engine/request';
import { describeIssues } from '../../utils/context/result';

const failure = z.object({ ok: z.literal(false), error: z.string() });

export const previewReplySchema = z.union([
  z.object({
    ok: z.literal(true),
    preview: z.object({
      site: z.string(),
      committees: z.array(z.string()),
      meetings: z.array(meetingSchema),
      fetchedAt: z.string(),
    }),
  }),
  failure,
]);

export const refreshReplySchema = z.union([
  z.object({ ok: z.literal(true), meetings: z.number(), fetchedAt: z.string() }),
  failure,
]);

export type PreviewReply = z.output<typeof previewReplySchema>;
export type RefreshReply = z.output<typeof refreshReplySchema>;
export type MeetingsPreview = Extract<PreviewReply, { ok: true }>['preview'];

async function ask<S extends z.ZodType>(message: unknown, schema: S): Promise<z.output<S> | { ok: false; error: string }> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const parsed = schema.safeParse(reply);
  return parsed.success ? parsed.data : { ok: false, error: `unexpected reply (${describeIssues(parsed.error.issues, 'reply')})` };
}

export const requestMeetingsPreview = (site: string): Promise<PreviewReply> =>
  ask({ type: 'meetings:preview', site }, previewReplySchema);

export const requestMeetingsRefresh = (): Promise<RefreshReply> => ask({ type: 'meetings:refresh' }, refreshReplySchema);
