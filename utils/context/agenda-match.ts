/**
 * Which agenda items a draft mentions, and which meetings are sitting now.
 *
 * An item is recognised by its application reference ("25/00912/OUT",
 * "LIC/PR/0423", typed with any separators) or by a name in its title: a run
 * of capitalised words such as "Wheatfield Farm", "Eastgate Social Club" or
 * "Nightjar Bar" (and "Nightjar" alone), without leading words that describe
 * the works ("Land at", "Former", "Demolition of"). A run that is only a
 * street ("Mill Road", "Station Lane") is a weak key: it ties a draft to an
 * item of the author's own committee, but is not enough to say the matter
 * belongs to another committee.
 *
 * The index of keys is built once per distinct meetings list (a few hundred
 * items build in well under a millisecond) and cached by the list's identity
 * and, because a request parsed afresh for every check carries a new array,
 * by its content.
 */
import type { Doc } from '../engine/doc';
import { PhraseMatcher, type PhraseHit } from '../text/phrases';
import { tokenize } from '../text/tokens';

export interface AgendaItemLike {
  title: string;
  reference?: string | undefined;
  restricted?: boolean | undefined;
}

export interface MeetingLike {
  committee: string;
  start: string;
  end?: string | undefined;
  items?: AgendaItemLike[] | undefined;
}

/**
 * A meeting with no end time is taken to be sitting for this long after its
 * start: long enough for a typical evening planning committee or a licensing
 * hearing, short enough that the next morning is not "in session".
 */
export const ASSUMED_MEETING_HOURS = 4;

export function meetingEnd(meeting: MeetingLike): number {
  const start = Date.parse(meeting.start);
  const end = meeting.end ? Date.parse(meeting.end) : NaN;
  return Number.isNaN(end) ? start + ASSUMED_MEETING_HOURS * 3_600_000 : end;
}

/** In session from the start (inclusive) to the end (exclusive). */
export function inSession(meeting: MeetingLike, now: Date): boolean {
  const at = now.getTime();
  const start = Date.parse(meeting.start);
  return !Number.isNaN(start) && at >= start && at < meetingEnd(meeting);
}

export interface ItemKey {
  meeting: MeetingLike;
  item: AgendaItemLike;
  /** What the key is: the reference or a name from the title. */
  kind: 'reference' | 'name';
  /** Weak keys (a bare street name) only confirm a tie to the author's own committee. */
  strong: boolean;
}

/** Words that describe the works or the case, not the site: dropped from the start of a name. */
const LEADING = new Set([
  'land', 'site', 'former', 'erection', 'demolition', 'review', 'application', 'renewal', 'variation', 'new',
  'conversion', 'proposed', 'change', 'outline', 'full', 'reserved', 'hotel', 'solar', 'premises', 'licence',
  'license', 'sexual', 'entertainment', 'venue', 'enforcement', 'appeal', 'disposal', 'acquisition', 'the',
  'of', 'and', 'at', 'on', 'in', 'to', 'for', 'town', 'annual', 'senior', 'part', 'item', 'report', 'update',
]);
/** Small words allowed inside a name: "Stoke on Trent", "Church of St Mary". */
const INSIDE = new Set(['of', 'and', 'on', 'upon', 'the', 'de', 'le', 'in']);
const STREET = new Set([
  'street', 'st', 'road', 'rd', 'lane', 'avenue', 'ave', 'close', 'drive', 'way', 'place', 'crescent', 'court',
  'gardens', 'terrace', 'hill', 'grove', 'square', 'row', 'walk', 'green', 'park', 'rise', 'mews', 'parade',
]);
/** Venue words after a distinctive name ("Nightjar Bar"): the name alone is a key too. */
const VENUE = new Set(['bar', 'inn', 'lounge', 'club', 'pub', 'tavern', 'arms', 'farm', 'house', 'hall', 'express']);
/** Names too common to be a key on their own once the venue word is dropped ("The Crown", "Red Lion"). */
const COMMON_ALONE = new Set([
  'crown', 'red', 'white', 'black', 'royal', 'old', 'new', 'kings', 'queens', 'king', 'queen', 'green', 'golden',
  'rose', 'swan', 'bell', 'star', 'plough', 'george', 'anchor', 'ship', 'lion', 'social', 'community', 'village',
  'town', 'church', 'station', 'market', 'high', 'park', 'the', 'manor', 'grange', 'home',
]);

function namesIn(title: string): Array<{ phrase: string; strong: boolean }> {
  const tokens = tokenize(title);
  const names: Array<{ phrase: string; strong: boolean }> = [];
  let run: typeof tokens = [];
  const flush = () => {
    // Trim small words at either end, then descriptive words at the start.
    while (run.length && (INSIDE.has(run[0]!.lower) || LEADING.has(run[0]!.lower))) run.shift();
    while (run.length && INSIDE.has(run.at(-1)!.lower)) run.pop();
    if (run.length > 0) {
      const words = run.map((t) => t.lower);
      const titleInitial = run[0]!.start === tokens[0]?.start;
      // A sentence-case title starts with a capital: one capitalised first word is not a name.
      if (!(titleInitial && words.length === 1) && !words.every((w) => /^\d+$/.test(w))) {
        const isStreet = STREET.has(words.at(-1)!) && words.length <= 2;
        names.push({ phrase: words.join(' '), strong: !isStreet });
        if (words.length === 2 && VENUE.has(words[1]!) && !COMMON_ALONE.has(words[0]!)) names.push({ phrase: words[0]!, strong: true });
      }
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const gap = i > 0 ? title.slice(tokens[i - 1]!.end, token.start) : '';
    const joined = run.length > 0 && /^ +$/.test(gap);
    if (token.capitalised || (joined && INSIDE.has(token.lower))) {
      if (run.length > 0 && !joined) flush();
      run.push(token);
    } else {
      flush();
    }
  }
  flush();
  return names;
}

/** "25/00912/OUT" → "25 00912 out": the reference's parts as words for the phrase matcher. */
export const referenceWords = (reference: string): string =>
  reference
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');

export interface AgendaIndex {
  matcher: PhraseMatcher<ItemKey>;
  size: number;
}

function buildIndex(meetings: readonly MeetingLike[]): AgendaIndex {
  const matcher = new PhraseMatcher<ItemKey>();
  let size = 0;
  for (const meeting of meetings) {
    for (const item of meeting.items ?? []) {
      const reference = item.reference ? referenceWords(item.reference) : '';
      if (reference) {
        matcher.add(reference, { meeting, item, kind: 'reference', strong: true });
        size++;
      }
      for (const { phrase, strong } of namesIn(item.title)) {
        matcher.add(phrase, { meeting, item, kind: 'name', strong });
        size++;
      }
    }
  }
  return { matcher, size };
}

const byIdentity = new WeakMap<readonly MeetingLike[], AgendaIndex>();
const byContent = new Map<string, AgendaIndex>();
const CONTENT_CACHE_SIZE = 8;

function signature(meetings: readonly MeetingLike[]): string {
  const parts: string[] = [];
  for (const meeting of meetings) {
    parts.push(meeting.committee, meeting.start, meeting.end ?? '');
    for (const item of meeting.items ?? []) parts.push(item.title, item.reference ?? '', item.restricted ? '1' : '0');
  }
  return parts.join('\u0000');
}

/**
 * The item index for a meetings list. Items keep pointing at the meeting
 * objects of the list they were built from; a list equal in content reuses the
 * index, so callers must read meeting fields from the returned keys only.
 */
export function agendaIndex(meetings: readonly MeetingLike[]): AgendaIndex {
  let index = byIdentity.get(meetings);
  if (index) return index;
  const key = signature(meetings);
  index = byContent.get(key);
  if (!index) {
    index = buildIndex(meetings);
    if (byContent.size >= CONTENT_CACHE_SIZE) byContent.delete(byContent.keys().next().value!);
    byContent.set(key, index);
  }
  byIdentity.set(meetings, index);
  return index;
}

/** Agenda items the text names, in text order. */
export function findItemMentions(doc: Doc, meetings: readonly MeetingLike[] | undefined): PhraseHit<ItemKey>[] {
  if (!meetings?.length || !doc.text) return [];
  const index = agendaIndex(meetings);
  if (index.size === 0) return [];
  return index.matcher.find(doc);
}
