/**
 * Fetched meetings replace the saved meetings of the committees the site lists (the site is the
 * authority for those), and leave every other saved meeting alone: ones typed by hand or
 * imported from a calendar file for bodies the site does not cover.
 */
import type { Meeting } from '../context/modern-gov';
import type { MeetingsPreview } from '../messaging/protocol';

export function mergeFetchedMeetings(saved: readonly Meeting[], fetched: Pick<MeetingsPreview, 'committees' | 'meetings'>): Meeting[] {
  const covered = new Set(fetched.committees.map(fold));
  return [...saved.filter((m) => !covered.has(fold(m.committee))), ...fetched.meetings].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

const fold = (committee: string) => committee.trim().replace(/\s+/g, ' ').toLowerCase();
