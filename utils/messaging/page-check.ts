/**
 * What the popup asks the content script of a tab, and the answers: whether the page is being
 * checked, and a self-test that reports which parts of the compose box the adapter found, without
 * sending anything. The popup checks the answers against these schemas; the content script checks
 * the questions by hand (page-message.ts), as content scripts carry no zod.
 */
import { z } from 'zod';
import type { PageMessage as PlainPageMessage, PageStatus as PlainPageStatus, SelfTest as PlainSelfTest } from './page-message';

export const pageMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page:status') }),
  z.strictObject({ type: z.literal('page:self-test') }),
]);
export type PageMessage = PlainPageMessage;

const platform = z.enum(['x', 'facebook']);

export const pageStatusSchema = z.strictObject({ platform, checking: z.literal(true) });
export type PageStatus = PlainPageStatus;

export const selfTestSchema = z.strictObject({
  platform,
  /** Compose boxes on the page (the home box, an open dialog's boxes, DM boxes…). */
  composers: z.number().int().nonnegative(),
  /** Of those, how many have the send button the adapter would hold. */
  sendButtons: z.number().int().nonnegative(),
  /** Every name the page shows for the account that is posting, joined; null when none was found. */
  account: z.string().nullable(),
  /** The selector (from the site's table) that found the boxes, so IT can tell which one broke. */
  anchor: z.string().nullable(),
});
export type SelfTest = PlainSelfTest;

// The hand-written types (page-message.ts, for the content scripts) and the schemas must agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: [Same<PlainPageMessage, z.output<typeof pageMessageSchema>>, Same<PlainPageStatus, z.output<typeof pageStatusSchema>>, Same<PlainSelfTest, z.output<typeof selfTestSchema>>] = [true, true, true];
void agree;
