/**
 * The check request (shared/DESIGN.md, "The check contract"), validated with zod
 * wherever it crosses a boundary: CLI lines, the content script, the scratchpad.
 */
import { z } from 'zod';
import { CATEGORIES } from './types';

import { ACCOUNT_KINDS, MAX_TEXT_LENGTH, PLATFORMS, SURFACES } from './vocabulary';

export { ACCOUNT_KINDS, MAX_TEXT_LENGTH, PLATFORMS, SURFACES } from './vocabulary';

/** A calendar date as councils write it in settings: YYYY-MM-DD. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const instant = z.iso.datetime({ offset: true, local: true });

export const profileSchema = z.object({
  role: z.enum(['councillor', 'officer']).default('councillor'),
  name: z.string().max(200).default(''),
  committees: z.array(z.string().max(200)).max(100).default([]),
  imprint: z.string().max(1000).default(''),
  ownContacts: z.array(z.string().max(200)).max(50).default([]),
});

export const electionSchema = z.object({
  poll: isoDate.optional(),
  noticeOfElection: isoDate.optional(),
});

export const agendaItemSchema = z.object({
  title: z.string().max(2000),
  reference: z.string().max(100).optional(),
  restricted: z.boolean().default(false),
});

export const meetingSchema = z.object({
  committee: z.string().max(200),
  start: instant,
  end: instant.optional(),
  items: z.array(agendaItemSchema).max(500).default([]),
});

/** A word or phrase the user asked to be warned about (a local case name, a sensitive site). */
export const watchTermSchema = z.object({
  term: z.string().trim().min(1, 'expected a word or phrase').max(200),
  category: z.enum(CATEGORIES),
  note: z.string().max(1000).optional(),
});

export const checkRequestSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string().max(MAX_TEXT_LENGTH),
  platform: z.enum(PLATFORMS).default('x'),
  surface: z.enum(SURFACES).default('post'),
  account: z.enum(ACCOUNT_KINDS).default('councillor'),
  quoted: z.string().max(MAX_TEXT_LENGTH).optional(),
  now: instant.optional(),
  profile: profileSchema.optional(),
  election: electionSchema.optional(),
  meetings: z.array(meetingSchema).max(1000).optional(),
  /** An extension of the DESIGN.md request: the user's own watch terms from settings. */
  watchTerms: z.array(watchTermSchema).max(500).optional(),
});

export type CheckRequest = z.input<typeof checkRequestSchema>;
export type ParsedRequest = z.output<typeof checkRequestSchema>;
export type Profile = z.output<typeof profileSchema>;
export type WatchTerm = z.output<typeof watchTermSchema>;

/** Plain-words zod error: "profile.committees.0: expected string, received number". */
export function describeError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
