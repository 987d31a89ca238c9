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
 * items build in well under a millisecond) and cached by the list's content,
 * because a request parsed afresh for every check carries a new array.
 */
import type { Doc } from '../engine/doc';
import { PhraseMatcher, type PhraseHit } from '../text/phrases';
import { tokenize } from '../text/tokens';
import { sameCommittee } from './committees';

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
  /** Each key phrase once, with every item it names (a site deferred from one meeting to the next is on both). */
  matcher: PhraseMatcher<ItemKey[]>;
  size: number;
}

function buildIndex(meetings: readonly MeetingLike[]): AgendaIndex {
  const keys = new Map<string, ItemKey[]>();
  const add = (phrase: string, key: ItemKey) => {
    const list = keys.get(phrase);
    if (list) list.push(key);
    else keys.set(phrase, [key]);
  };
  for (const meeting of meetings) {
    for (const item of meeting.items ?? []) {
      const reference = item.reference ? referenceWords(item.reference) : '';
      if (reference) add(reference, { meeting, item, kind: 'reference', strong: true });
      for (const { phrase, strong } of namesIn(item.title)) add(phrase, { meeting, item, kind: 'name', strong });
    }
  }
  return { matcher: new PhraseMatcher<ItemKey[]>(keys), size: keys.size };
}

const signatures = new WeakMap<readonly MeetingLike[], string>();

/** The content of a meetings list as one string: equal lists, parsed afresh for each check, share one cache entry. */
export function meetingsSignature(meetings: readonly MeetingLike[]): string {
  let key = signatures.get(meetings);
  if (key === undefined) {
    const parts: string[] = [];
    for (const meeting of meetings) {
      parts.push(meeting.committee, meeting.start, meeting.end ?? '');
      for (const item of meeting.items ?? []) parts.push(item.title, item.reference ?? '', item.restricted ? '1' : '0');
    }
    signatures.set(meetings, (key = parts.join('\u0000')));
  }
  return key;
}

/**
 * A per-meetings-list structure, built once per distinct content (a small
 * LRU of recent lists per cache). Structures keep pointing at the meeting
 * objects of the list they were built from, so callers read meeting fields
 * from the structure only.
 */
export function cachedForMeetings<T>(cache: Map<string, T>, meetings: readonly MeetingLike[], build: () => T, size = 8): T {
  const key = meetingsSignature(meetings);
  let value = cache.get(key);
  if (value === undefined) {
    value = build();
    if (cache.size >= size) cache.delete(cache.keys().next().value!);
  } else {
    cache.delete(key);
  }
  cache.set(key, value);
  return value;
}

const indexes = new Map<string, AgendaIndex>();

/** The item index for a meetings list. */
export function agendaIndex(meetings: readonly MeetingLike[]): AgendaIndex {
  return cachedForMeetings(indexes, meetings, () => buildIndex(meetings));
}

const sameCache = new Map<string, boolean>();

/** sameCommittee, remembered: the same few names are compared on every check. */
export function isSameCommittee(a: string, b: string): boolean {
  const key = `${a}\u0000${b}`;
  let same = sameCache.get(key);
  if (same === undefined) {
    same = sameCommittee(a, b);
    if (sameCache.size >= 1000) sameCache.clear();
    sameCache.set(key, same);
  }
  return same;
}

/** Agenda items the text names, in text order: one hit per key phrase, with every item it names. */
export function findItemMentions(doc: Doc, meetings: readonly MeetingLike[] | undefined): PhraseHit<ItemKey[]>[] {
  if (!meetings?.length || !doc.text) return [];
  const index = agendaIndex(meetings);
  if (index.size === 0) return [];
  return index.matcher.find(doc);
}
