/** "Show me what the council's site (or calendar link) has": fetch without saving anything. */
import type { FeedPreviewMessage, MeetingsPreviewMessage, MeetingsPreviewReply } from '../messaging/protocol';
import type { Settings } from '../context/settings';
import { fetchFeed } from './feed-fetch';
import { DEFAULT_LIMITS, fetchModernGov, type FetchLimits, type FetchOutcome } from './modern-gov-fetch';
import { missingPermission } from './permission';
import { translateProblem, type Problem } from './problem';
import { feedAddress, siteBase } from './site';

interface PreviewOptions {
  now?: () => Date;
  limits?: FetchLimits;
}

export function previewMeetings(message: MeetingsPreviewMessage, language: Settings['language'], options: PreviewOptions = {}): Promise<MeetingsPreviewReply> {
  const base = siteBase(message.site);
  return preview(base.ok ? base.base : undefined, { key: 'background.error.badSite', params: { site: message.site } }, fetchModernGov, language, options);
}

export function previewFeed(message: FeedPreviewMessage, language: Settings['language'], options: PreviewOptions = {}): Promise<MeetingsPreviewReply> {
  return preview(feedAddress(message.feed), { key: 'background.error.badFeed', params: { feed: message.feed } }, fetchFeed, language, options);
}

async function preview(
  base: string | undefined,
  bad: Problem,
  fetch: (base: string, now: Date, limits: FetchLimits) => Promise<FetchOutcome>,
  language: Settings['language'],
  options: PreviewOptions,
): Promise<MeetingsPreviewReply> {
  if (!base) return { ok: false, error: translateProblem(bad, language) };
  const permission = await missingPermission(base);
  if (permission) return { ok: false, error: translateProblem(permission, language) };
  const fetched = await fetch(base, (options.now ?? (() => new Date()))(), options.limits ?? DEFAULT_LIMITS);
  return fetched.ok ? fetched : { ok: false, error: translateProblem(fetched.problem, language) };
}
