/**
 * The messages the options page and popup send to the background script, and its replies.
 * Everything the background receives is checked against these schemas first: an unknown or
 * malformed message, or one from anywhere but the extension's own pages, gets
 * `{ ok: false, error }`, never an exception across the boundary.
 *
 * Error texts: every `error` string in a reply is already translated into the language of the
 * user's settings (utils/i18n, area `background`), ready to show as it is. Details that come from
 * the council's site (which XML element was wrong, the HTTP status) are quoted inside it.
 */
import { z } from 'zod';
import { meetingSchema } from '../engine/request';

/**
 * A Modern.gov site as the user types it: "https://democracy.example.gov.uk", with or without a
 * trailing page ("…/mgWebService.asmx", "…/mgCalendarMonthView.aspx"). Plain http is accepted
 * only for this machine (127.0.0.1 / localhost: a local mirror, and the tests), so council data
 * never travels unencrypted.
 */
export const siteSchema = z
  .string()
  .trim()
  .min(1, 'expected the address of the council’s Modern.gov site')
  .max(500)
  .pipe(z.url({ message: 'expected a web address such as https://democracy.example.gov.uk' }))
  .refine(
    (site) => {
      // Refinements still run when the URL check above failed: say nothing more then.
      if (!URL.canParse(site)) return true;
      const url = new URL(site);
      return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
    },
    { message: 'expected a web address starting https://' },
  );

export function isLoopback(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/**
 * A council's calendar link as the user pastes it: an iCalendar feed ("…/calendar.ics",
 * "webcal://…") or a CMIS meetings list page. webcal:// is the same address over https.
 */
export const feedSchema = z
  .string()
  .trim()
  .min(1, 'expected the address of the council’s calendar')
  .max(500)
  .transform((feed) => feed.replace(/^webcals?:\/\//i, 'https://'))
  .pipe(z.url({ message: 'expected a web address such as https://democracy.example.gov.uk/calendar.ics' }))
  .refine(
    (feed) => {
      if (!URL.canParse(feed)) return true;
      const url = new URL(feed);
      return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
    },
    { message: 'expected a web address starting https://' },
  );

export const meetingsPreviewMessageSchema = z.strictObject({ type: z.literal('meetings:preview'), site: siteSchema });
export const meetingsRefreshMessageSchema = z.strictObject({ type: z.literal('meetings:refresh') });
export const feedPreviewMessageSchema = z.strictObject({ type: z.literal('feed:preview'), feed: feedSchema });
export const feedRefreshMessageSchema = z.strictObject({ type: z.literal('feed:refresh') });

export const MESSAGE_TYPES = ['meetings:preview', 'meetings:refresh', 'feed:preview', 'feed:refresh'] as const;
export const backgroundMessageSchema = z.discriminatedUnion('type', [meetingsPreviewMessageSchema, meetingsRefreshMessageSchema, feedPreviewMessageSchema, feedRefreshMessageSchema], {
  // zod's own wording ("Invalid discriminator value") means nothing to the person reading it.
  error: (issue) => (issue.code === 'invalid_union' ? `expected one of ${MESSAGE_TYPES.join(', ')}` : undefined),
});
export type BackgroundMessage = z.input<typeof backgroundMessageSchema>;
export type MeetingsPreviewMessage = z.output<typeof meetingsPreviewMessageSchema>;
export type FeedPreviewMessage = z.output<typeof feedPreviewMessageSchema>;

const instant = z.iso.datetime({ offset: true });
const failureSchema = z.strictObject({ ok: z.literal(false), error: z.string().min(1) });

export const meetingsPreviewSchema = z.strictObject({
  /** The site as the background used it: the origin plus any path before Modern.gov's own pages; or the calendar link. */
  site: z.string(),
  /** Committees still in use, as the council names them. */
  committees: z.array(z.string()),
  /** Meetings in the next 60 days (cancelled ones left out), with their agenda items. */
  meetings: z.array(meetingSchema),
  fetchedAt: instant,
});
export type MeetingsPreview = z.output<typeof meetingsPreviewSchema>;

export const meetingsPreviewReplySchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), preview: meetingsPreviewSchema }),
  failureSchema,
]);
export const meetingsRefreshReplySchema = z.discriminatedUnion('ok', [
  /** `meetings`: how many meetings were saved into the settings. */
  z.strictObject({ ok: z.literal(true), meetings: z.number().int().nonnegative(), fetchedAt: instant }),
  failureSchema,
]);

export type MeetingsPreviewReply = z.output<typeof meetingsPreviewReplySchema>;
export type MeetingsRefreshReply = z.output<typeof meetingsRefreshReplySchema>;
export type Failure = z.output<typeof failureSchema>;

/** The reply each message type gets. */
export interface ReplyFor {
  'meetings:preview': MeetingsPreviewReply;
  'meetings:refresh': MeetingsRefreshReply;
  'feed:preview': MeetingsPreviewReply;
  'feed:refresh': MeetingsRefreshReply;
}
export const replySchemas = {
  'meetings:preview': meetingsPreviewReplySchema,
  'meetings:refresh': meetingsRefreshReplySchema,
  'feed:preview': meetingsPreviewReplySchema,
  'feed:refresh': meetingsRefreshReplySchema,
} as const satisfies { [T in keyof ReplyFor]: z.ZodType<ReplyFor[T]> };
