import { defineRule } from '../utils/engine/define';
import { Doc } from '../utils/engine/doc';
import type { RawFinding, Severity } from '../utils/engine/types';
import { PhraseMatcher, type PhraseHit } from '../utils/text/phrases';
import { toOriginal } from '../utils/text/fold';
import { cachedForMeetings, referenceWords, type AgendaItemLike, type MeetingLike } from '../utils/context/agenda-match';
import { antipatternsOf, expand, phrasesOf, withoutAntipatterns } from './data/lexicon';
import {
  GENERIC_TITLE_WORDS,
  MATTERS,
  PROCEDURAL_CUES,
  PUBLISHED_CUES,
  REVEAL_CUES,
  type Matter,
  type MatterEntry,
} from './data/restricted-items';

const MATTER_TERMS = new PhraseMatcher<MatterEntry>(phrasesOf(MATTERS));
const MATTER_ANTI = new PhraseMatcher<MatterEntry>(antipatternsOf(MATTERS));
const MATTER_TITLES = new PhraseMatcher<MatterEntry>(MATTERS.flatMap((m) => m.title.map((t): [string, MatterEntry] => [t, m])));
type Cue = 'reveal' | 'procedural' | 'published';
const CUES = new PhraseMatcher<Cue>([
  ...REVEAL_CUES.flatMap(expand).map((p): [string, Cue] => [p, 'reveal']),
  ...PROCEDURAL_CUES.flatMap(expand).map((p): [string, Cue] => [p, 'procedural']),
  ...PUBLISHED_CUES.flatMap(expand).map((p): [string, Cue] => [p, 'published']),
]);
/** A sum or a share: content, not a mention. */
const FIGURE = /[£$€]\s?\d|\d\s?%|\b\d+(?:\.\d+)?\s?(?:m|bn|k|million|billion)\b/iu;

interface Restricted {
  meeting: MeetingLike;
  item: AgendaItemLike;
  subjects: Set<string>;
  matters: Set<Matter>;
}

interface Index {
  items: Restricted[];
  /** Folded subject word → the restricted items it names. */
  subjects: Map<string, Restricted[]>;
  references: PhraseMatcher<Restricted>;
}

const cache = new Map<string, Index | null>();

function buildIndex(meetings: readonly MeetingLike[]): Index | null {
  const items: Restricted[] = [];
  const subjects = new Map<string, Restricted[]>();
  const references = new PhraseMatcher<Restricted>();
  for (const meeting of meetings) {
    for (const item of meeting.items ?? []) {
      if (!item.restricted) continue;
      const title = new Doc(item.title);
      const matterHits = MATTER_TITLES.find(title);
      const entry: Restricted = { meeting, item, subjects: new Set(), matters: new Set(matterHits.map((h) => h.value.kind)) };
      for (const word of title.foldedWords) {
        if (matterHits.some((h) => title.folded.starts[word.start]! >= h.start && title.folded.starts[word.start]! < h.end)) continue;
        const w = word.text.replace(/'s$/u, '');
        if (w.length < 3 || /^\d+$/u.test(w) || GENERIC_TITLE_WORDS.has(w)) continue;
        entry.subjects.add(w);
        const list = subjects.get(w) ?? [];
        list.push(entry);
        subjects.set(w, list);
      }
      const reference = item.reference ? referenceWords(item.reference) : '';
      if (reference) references.add(reference, entry);
      items.push(entry);
    }
  }
  return items.length ? { items, subjects, references } : null;
}

function indexFor(meetings: readonly MeetingLike[]): Index | null {
  return cachedForMeetings(cache, meetings, () => buildIndex(meetings));
}

interface Mentions {
  references: Map<Restricted, PhraseHit<Restricted>[]>;
  subjects: Map<Restricted, Array<{ start: number; end: number }>>;
  matters: Array<PhraseHit<MatterEntry>>;
}

function mentionsIn(doc: Doc, index: Index): Mentions {
  const references = new Map<Restricted, PhraseHit<Restricted>[]>();
  for (const hit of index.references.find(doc)) {
    const list = references.get(hit.value);
    if (list) list.push(hit);
    else references.set(hit.value, [hit]);
  }
  // The first subject word of each item in each sentence is all the rule needs: that keeps the lists
  // as short as the number of sentences however often a word repeats.
  const subjects = new Map<Restricted, Array<{ start: number; end: number }>>();
  const lastSentence = new Map<Restricted, number>();
  const sentences = doc.sentences;
  let sentence = 0;
  for (const word of doc.foldedWords) {
    const items = index.subjects.get(word.text.replace(/'s$/u, ''));
    if (!items) continue;
    const span = toOriginal(doc.folded, word.start, word.end);
    while (sentence < sentences.length - 1 && sentences[sentence]!.end <= span.start) sentence++;
    for (const item of items) {
      if (lastSentence.get(item) === sentence) continue;
      lastSentence.set(item, sentence);
      const list = subjects.get(item);
      if (list) list.push(span);
      else subjects.set(item, [span]);
    }
  }
  const matters = withoutAntipatterns(MATTER_TERMS.find(doc), MATTER_ANTI.find(doc));
  return { references, subjects, matters };
}


/** Cues inside [start, end): cues are sorted by start, so binary search to the first. */
function cuesBetween(cues: PhraseHit<Cue>[], start: number, end: number): PhraseHit<Cue>[] {
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cues[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  const out: PhraseHit<Cue>[] = [];
  for (let i = low; i < cues.length && cues[i]!.start < end; i++) if (cues[i]!.end <= end) out.push(cues[i]!);
  return out;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

export default defineRule({
  id: 'restricted-item',
  category: 'confidential',
  severity: 'high',
  description:
    'A post that names or describes an agenda item marked restricted (exempt), by its reference or by its subject and business together, beyond saying it will be taken in private.',
  source: 'Local Government Act 1972, s.100A(4) and Schedule 12A; LGA Model Councillor Code of Conduct (2020), para 4 (confidentiality)',
  url: 'https://www.legislation.gov.uk/ukpga/1972/70/schedule/12A',
  messages: {
    reveals: {
      message: 'This may reveal restricted business: \u201c{item}\u201d is an exempt item.',
      explanation:
        'The agenda marks \u201c{item}\u201d ({committee}) as restricted: its report is exempt under Schedule 12A, so its content (terms, prices, bidders, advice, people) is not public. Sharing it may breach the code of conduct and the council\u2019s duty of confidence, and can harm the council\u2019s position. You can say that the item will be taken in private, or wait until the decision is published.',
    },
    mentions: {
      message: 'This mentions restricted business: \u201c{item}\u201d is an exempt item.',
      explanation:
        'The agenda marks \u201c{item}\u201d ({committee}) as restricted. Naming it may be fine if you only repeat the published agenda title, but anything about its content is confidential until the decision is published.',
    },
  },
  examples: {
    flagged: [
      {
        text: "[[Cabinet's looking at the Riverside Leisure Centre contract on Tuesday \u2013 the operator wants an extra \u00a31.2m a year or they walk.]]",
        request: {
          meetings: [
            {
              committee: 'Cabinet',
              start: '2026-03-17T18:00:00Z',
              items: [{ title: 'Riverside Leisure Centre contract renegotiation', reference: 'CAB/26/014', restricted: true }],
            },
          ],
        },
      },
      {
        text: 'Busy week. [[Depot sale at Cabinet on the 21st.]]',
        severity: 'medium',
        request: {
          meetings: [
            { committee: 'Cabinet', start: '2026-04-21T17:00:00Z', items: [{ title: 'Disposal of land at Mill Lane depot', reference: 'CAB/26/031', restricted: true }] },
          ],
        },
      },
      {
        text: '[[CAB/26/031 \u2013 the depot sale \u2013 is the worst deal I\u2019ve seen.]]',
        request: {
          meetings: [
            { committee: 'Cabinet', start: '2026-04-21T17:00:00Z', items: [{ title: 'Disposal of land at Mill Lane depot', reference: 'CAB/26/031', restricted: true }] },
          ],
        },
      },
    ],
    clean: [
      {
        text: 'Cabinet will consider the Riverside Leisure Centre contract in private session on Tuesday (exempt information, paragraph 3).',
        request: {
          meetings: [
            { committee: 'Cabinet', start: '2026-03-17T18:00:00Z', items: [{ title: 'Riverside Leisure Centre contract renegotiation', restricted: true }] },
          ],
        },
      },
      {
        text: "Cabinet's looking at the Riverside Leisure Centre contract on Tuesday \u2013 the operator wants an extra \u00a31.2m a year.",
        request: {
          meetings: [
            { committee: 'Cabinet', start: '2026-03-17T18:00:00Z', items: [{ title: 'Riverside Leisure Centre contract renegotiation', restricted: false }] },
          ],
        },
      },
      {
        text: 'Riverside Leisure Centre pool reopens on Monday after the filter repairs.',
        request: {
          meetings: [
            { committee: 'Cabinet', start: '2026-03-17T18:00:00Z', items: [{ title: 'Riverside Leisure Centre contract renegotiation', restricted: true }] },
          ],
        },
      },
      {
        text: 'Council land should always go to open auction: that is my view on every disposal.',
        request: {
          meetings: [{ committee: 'Cabinet', start: '2026-04-21T17:00:00Z', items: [{ title: 'Disposal of land at Mill Lane depot', restricted: true }] }],
        },
      },
    ],
  },
  check({ input, doc, quotedDoc }) {
    if (!input.meetings?.length || !doc.text.trim()) return [];
    const index = indexFor(input.meetings);
    if (!index) return [];
    const inText = mentionsIn(doc, index);
    if (inText.references.size === 0 && inText.subjects.size === 0 && inText.matters.length === 0) return [];
    const inQuoted = quotedDoc.text ? mentionsIn(quotedDoc, index) : undefined;

    const cues = CUES.find(doc);
    if (cues.some((c) => c.value === 'published')) return [];

    const findings: RawFinding[] = [];
    const seen = new Set<string>();
    for (const item of index.items) {
      const matters = inText.matters.filter((m) => item.matters.has(m.value.kind));
      const subjects = inText.subjects.get(item) ?? [];
      const quotedSubject = (inQuoted?.subjects.get(item)?.length ?? 0) > 0;
      const quotedMatter = inQuoted?.matters.some((m) => item.matters.has(m.value.kind)) ?? false;
      let anchor: number | undefined = inText.references.get(item)?.[0]?.start;
      if (anchor === undefined) {
        // Subject and matter together: near each other in the text, or one of them in the post replied to.
        // First matter hit in each sentence, so each subject looks at three sentences, not every matter hit.
        const matterBySentence = new Map<number, number>();
        for (const m of matters) {
          const at = doc.sentenceIndex(m.start);
          if (!matterBySentence.has(at)) matterBySentence.set(at, m.start);
        }
        for (const s of subjects) {
          const at = doc.sentenceIndex(s.start);
          const near = matterBySentence.get(at) ?? matterBySentence.get(at - 1) ?? matterBySentence.get(at + 1);
          if (near !== undefined) {
            anchor = Math.min(near, s.start);
            break;
          }
        }
        if (anchor === undefined && matters.length && quotedSubject) anchor = matters[0]!.start;
        if (anchor === undefined && subjects.length && quotedMatter) anchor = subjects[0]!.start;
      }
      if (anchor === undefined) continue;

      const sentences = doc.sentences;
      const first = doc.sentenceIndex(anchor);
      const window = { start: sentences[first]!.start, end: sentences[Math.min(first + 1, sentences.length - 1)]!.end };
      const inWindow = cuesBetween(cues, window.start, window.end);
      const reveals = inWindow.filter((c) => c.value === 'reveal');
      const figure = FIGURE.test(doc.text.slice(window.start, window.end));
      const revealed = reveals.length > 0 || figure;
      const procedural = inWindow.some((c) => c.value === 'procedural' && c.start < sentences[first]!.end);
      if (procedural && !revealed) continue;
      const severity: Severity = revealed ? 'high' : 'medium';
      // The span runs over the anchor's sentence, and over the next one when that is where the content is.
      const nextRevealed =
        first + 1 < sentences.length &&
        (reveals.some((c) => c.start >= sentences[first]!.end) ||
          (!reveals.length && figure && !FIGURE.test(doc.text.slice(sentences[first]!.start, sentences[first]!.end))));
      const span = trimmed(doc.text, sentences[first]!.start, sentences[nextRevealed ? first + 1 : first]!.end);
      const key = `${span.start}:${span.end}`;
      if (seen.has(key) || span.end <= span.start) continue;
      seen.add(key);
      findings.push({
        ...span,
        messageId: revealed ? 'reveals' : 'mentions',
        severity,
        data: { item: item.item.title, committee: item.meeting.committee },
      });
    }
    return findings;
  },
});
