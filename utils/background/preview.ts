/** "Show me what the council's site has": fetch without saving anything. */
import type { MeetingsPreviewMessage, MeetingsPreviewReply } from '../messaging/protocol';
import type { Settings } from '../context/settings';
import { DEFAULT_LIMITS, fetchModernGov, type FetchLimits } from './modern-gov-fetch';
import { missingPermission } from './permission';
import { translateProblem } from './problem';
import { siteBase } from './site';

export async function previewMeetings(
  message: MeetingsPreviewMessage,
  language: Settings['language'],
  options: { now?: () => Date; limits?: FetchLimits } = {},
): Promise<MeetingsPreviewReply> {
  const base = siteBase(message.site);
  if (!base.ok) return { ok: false, error: translateProblem({ key: 'background.error.badSite', params: { site: message.site } }, language) };
  const permission = await missingPermission(base.base);
  if (permission) return { ok: false, error: translateProblem(permission, language) };
  const fetched = await fetchModernGov(base.base, (options.now ?? (() => new Date()))(), options.limits ?? DEFAULT_LIMITS);
  return fetched.ok ? fetched : { ok: false, error: translateProblem(fetched.problem, language) };
}
