/**
 * What the popup asks the content script of a tab, and the answers: whether the page is being
 * checked, and a self-test that reports which parts of the compose box the adapter found, without
 * sending anything. Both sides check what they receive against these schemas.
 */
import { z } from 'zod';

export const pageMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page:status') }),
  z.strictObject({ type: z.literal('page:self-test') }),
]);
export type PageMessage = z.output<typeof pageMessageSchema>;

const platform = z.enum(['x', 'facebook']);

export const pageStatusSchema = z.strictObject({ platform, checking: z.literal(true) });
export type PageStatus = z.output<typeof pageStatusSchema>;

export const selfTestSchema = z.strictObject({
  platform,
  /** Compose boxes on the page (the home box, an open dialog's boxes, DM boxes…). */
  composers: z.number().int().nonnegative(),
  /** Of those, how many have the send button the adapter would hold. */
  sendButtons: z.number().int().nonnegative(),
  /** The account the page shows as posting, or null when none was found. */
  account: z.string().nullable(),
  /** The selector (from the site's table) that found the boxes, so IT can tell which one broke. */
  anchor: z.string().nullable(),
});
export type SelfTest = z.output<typeof selfTestSchema>;
