/**
 * Settings → the context fields of an engine check request, for one post
 * from one account at one moment.
 */
import type { CheckOptions } from '../engine/run';
import type { CheckRequest } from '../engine/request';
import { isPreElection, londonDate, noticeDeadline } from './election';
import { accountKindFor } from './account-names';
import type { Platform, Settings } from './settings';

export type CheckContext = Required<Pick<CheckRequest, 'account' | 'profile' | 'meetings' | 'watchTerms'>> &
  Pick<CheckRequest, 'election'>;

/** Meetings that ended longer ago than this decide nothing still pending, so rules need not see them. */
const PAST_MEETING_DAYS = 7;

export function toCheckContext(
  settings: Settings,
  post: { platform: Platform; account?: readonly string[]; now?: Date },
): CheckContext {
  const now = post.now ?? new Date();
  const cutoff = now.getTime() - PAST_MEETING_DAYS * 86_400_000;
  const election = currentElection(settings, now);
  return {
    account: accountKindFor(settings, post.platform, post.account),
    profile: settings.profile,
    ...(election ? { election } : {}),
    meetings: settings.meetings.filter((m) => Date.parse(m.end ?? m.start) >= cutoff),
    watchTerms: settings.watchTerms,
  };
}

/** The engine options settings control: which rules run and at what severity. */
export function toCheckOptions(settings: Settings): Pick<CheckOptions, 'overrides'> {
  return { overrides: settings.rules };
}

/**
 * The election whose pre-election period is running, else the next one.
 * The notice date is filled in from the timetable when it was not given, so
 * rules can compare dates without knowing the counting rules.
 */
function currentElection(settings: Settings, now: Date): CheckRequest['election'] {
  const today = londonDate(now);
  const withNotice = settings.elections
    .map((e) => ({ poll: e.poll, noticeOfElection: e.noticeOfElection ?? noticeDeadline(e.poll).date }))
    .sort((a, b) => a.poll.localeCompare(b.poll));
  return withNotice.find((e) => isPreElection(now, e)) ?? withNotice.find((e) => e.poll >= today);
}
