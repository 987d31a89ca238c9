import { defineRule } from '../utils/engine/define';
import type { RawFinding } from '../utils/engine/types';
import { committeeKinds, isRegulatory } from '../utils/context/committees';
// A meeting with no end time sits for ASSUMED_MEETING_HOURS (4) after its start: see agenda-match.ts.
import { inSession, isSameCommittee, meetingEnd } from '../utils/context/agenda-match';

/** Up to this length the whole draft is the span; a longer one is marked by its first sentence. */
const WHOLE_TEXT_UP_TO = 280;

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

export default defineRule({
  id: 'meeting',
  category: 'meeting',
  severity: 'high',
  description:
    'A member of a planning, licensing or other regulatory committee posting publicly while that committee is in session.',
  source:
    'LGA Model Councillor Code of Conduct (2020) and guidance on social media; the council\u2019s planning and licensing codes of good practice (members must give the whole hearing their attention and not give the impression of a decision taken outside the debate)',
  url: 'https://www.local.gov.uk/publications/guidance-local-government-association-model-councillor-code-conduct',
  messages: {
    sitting: {
      message: '{committee} is in session now (until {end}).',
      explanation:
        'You sit on {committee}, which decides applications and cases on the evidence heard in the meeting. Posting while it sits can suggest you are not giving the hearing your full attention, or that you reached a view outside the debate, and can be used to challenge the decision. Post after the meeting closes.',
    },
  },
  examples: {
    flagged: [
      {
        text: '[[Long agenda at Planning tonight \u2013 Wheatfield Farm is up next.]]',
        request: {
          now: '2026-03-12T19:10:00Z',
          profile: { role: 'councillor', committees: ['Planning Committee'] },
          meetings: [{ committee: 'Planning Committee', start: '2026-03-12T18:30:00Z', end: '2026-03-12T21:30:00Z' }],
        },
      },
      {
        text: '[[Licensing Committee under way. Tesco Express variation first.]]',
        request: {
          now: '2026-07-01T09:40:00Z',
          profile: { role: 'councillor', committees: ['Licensing Committee'] },
          meetings: [{ committee: 'Licensing Committee', start: '2026-07-01T09:00:00Z' }],
        },
      },
      {
        text: '',
        request: {
          surface: 'repost',
          quoted: 'Riverton Council: Planning Committee is live on our webcast now.',
          now: '2026-03-12T18:45:00Z',
          profile: { role: 'councillor', committees: ['Planning Committee'] },
          meetings: [{ committee: 'Planning Committee', start: '2026-03-12T18:30:00Z', end: '2026-03-12T21:30:00Z' }],
        },
      },
    ],
    clean: [
      {
        text: 'Running late, in committee till 9.30. Save me some dinner!',
        request: {
          surface: 'dm',
          now: '2026-03-12T19:30:00Z',
          profile: { role: 'councillor', committees: ['Planning Committee'] },
          meetings: [{ committee: 'Planning Committee', start: '2026-03-12T18:30:00Z', end: '2026-03-12T21:30:00Z' }],
        },
      },
      {
        text: 'Planning Committee at 6.30 tonight. Watch the webcast.',
        request: {
          now: '2026-03-12T17:45:00Z',
          profile: { role: 'councillor', committees: ['Planning Committee'] },
          meetings: [{ committee: 'Planning Committee', start: '2026-03-12T18:30:00Z', end: '2026-03-12T21:30:00Z' }],
        },
      },
      {
        text: 'Lovely evening walk along the river.',
        request: {
          now: '2026-07-01T18:00:00Z',
          profile: { role: 'councillor', committees: ['Licensing Committee'] },
          meetings: [{ committee: 'Licensing Committee', start: '2026-07-01T09:00:00Z' }],
        },
      },
      {
        text: 'Cabinet agreeing the new Climate Action Plan right now.',
        request: {
          now: '2026-03-12T19:00:00Z',
          profile: { role: 'councillor', committees: ['Cabinet'] },
          meetings: [{ committee: 'Cabinet', start: '2026-03-12T18:30:00Z', end: '2026-03-12T20:30:00Z' }],
        },
      },
      {
        text: 'About to speak at Planning Committee as ward councillor.',
        request: {
          now: '2026-03-12T19:20:00Z',
          profile: { role: 'councillor', committees: ['Cabinet'] },
          meetings: [{ committee: 'Planning Committee', start: '2026-03-12T18:30:00Z', end: '2026-03-12T21:30:00Z' }],
        },
      },
      {
        text: 'Planning Committee is now considering item 5. Watch live on our webcast.',
        request: {
          account: 'council',
          now: '2026-03-12T19:15:00Z',
          profile: { role: 'officer', committees: [] },
          meetings: [{ committee: 'Planning Committee', start: '2026-03-12T18:30:00Z', end: '2026-03-12T21:30:00Z' }],
        },
      },
    ],
  },
  check({ input }) {
    if (input.surface === 'dm' || input.account === 'council' || input.profile?.role === 'officer') return [];
    const committees = (input.profile?.committees ?? []).filter((c) => committeeKinds(c).some(isRegulatory));
    if (committees.length === 0 || !input.meetings?.length) return [];
    const meeting = input.meetings.find(
      (m) => inSession(m, input.now) && committees.some((c) => isSameCommittee(c, m.committee)),
    );
    if (!meeting) return [];

    const data = { committee: meeting.committee, end: LONDON_TIME.format(new Date(meetingEnd(meeting))) };
    const text = input.text;
    let span: { start: number; end: number; in?: 'quoted' };
    if (text.trim()) {
      span = trimmed(text, 0, text.length);
      if (span.end - span.start > WHOLE_TEXT_UP_TO) {
        // The first sentence marks a long draft: the warning is about posting now, not about any one word.
        const firstSentence = /[.!?\u2026\n]/u.exec(text.slice(span.start));
        const cut = firstSentence ? span.start + firstSentence.index + 1 : span.end;
        span = trimmed(text, span.start, Math.min(cut, span.start + WHOLE_TEXT_UP_TO));
      }
    } else {
      const quoted = input.quoted ?? '';
      if (!quoted.trim()) return [];
      span = { ...trimmed(quoted, 0, quoted.length), in: 'quoted' };
    }
    const finding: RawFinding = { ...span, messageId: 'sitting', data };
    return [finding];
  },
});
