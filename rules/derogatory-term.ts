import { defineRule } from '../utils/engine/define';
import type { Doc } from '../utils/engine/doc';
import type { RawFinding, Severity } from '../utils/engine/types';
import { matchView } from '../utils/text/evasion';
import { PhraseMatcher, type PhraseHit } from '../utils/text/phrases';
import { LEXICON } from './data/discrimination';
import { EQA, GUIDANCE } from './data/discrimination/sources';
import type { LexiconEntry } from './data/discrimination/types';
import { condemnsQuotedSpan, isRepublished } from './data/discrimination/context';
import { SLUR_EXPLETIVES } from './data/discrimination/generalisation';

/**
 * Slurs, mocking phrases and outdated terms about people with a protected
 * characteristic, from the lexicon in rules/data/discrimination/. One pass of
 * a word trie over the evasion-aware view (look-alike digits and symbols,
 * accents and zero-width characters undone), then each entry's own guards:
 * known innocent phrases, sense words in the sentence, proper names.
 *
 * A slur quoted in a post that condemns it ("someone sprayed 'P***s out'…
 * disgusting") is reporting, which the code protects: it is a low heads-up
 * with a masked form offered (republishing the word repeats the harm), never
 * an interruption.
 */

/**
 * One trie for everything, so the text is walked once: the terms, the innocent
 * phrases that contain them, and sense words (`innocent` ones clear a hit in
 * their sentence, `required` ones must be there).
 */
type Tag = { entry: LexiconEntry; role: 'term' | 'phrase' | 'innocent' | 'required' };
interface Compiled {
  matcher: PhraseMatcher<Tag>;
  after: Map<LexiconEntry, Set<string>>;
  before: Map<LexiconEntry, Set<string>>;
}

let compiled: Compiled | undefined;
function compile(): Compiled {
  if (compiled) return compiled;
  const matcher = new PhraseMatcher<Tag>();
  const after = new Map<LexiconEntry, Set<string>>();
  const before = new Map<LexiconEntry, Set<string>>();
  for (const entry of LEXICON) {
    for (const term of entry.terms) matcher.add(term, { entry, role: 'term' });
    for (const fp of entry.falsePositives ?? []) {
      for (const phrase of fp.phrases ?? []) matcher.add(phrase, { entry, role: 'phrase' });
      for (const word of fp.nearby ?? []) matcher.add(word, { entry, role: 'innocent' });
    }
    for (const word of entry.requires ?? []) matcher.add(word, { entry, role: 'required' });
    if (entry.after) after.set(entry, new Set(entry.after));
    if (entry.before) before.set(entry, new Set(entry.before));
  }
  return (compiled = { matcher, after, before });
}

const MESSAGE_BY_KIND = { slur: 'slur', mocking: 'mocking', outdated: 'outdated' } as const;

/** "P***s": keeps the first letter and the plural so a report still reads. */
function mask(word: string): string {
  const plural = /s$/i.test(word) && word.length > 3;
  const stem = plural ? word.slice(0, -1) : word;
  return stem[0] + '*'.repeat(Math.max(stem.length - 1, 2)) + (plural ? word.slice(-1) : '');
}

const EXPLETIVES: ReadonlySet<string> = new Set(SLUR_EXPLETIVES);

function findTerms(doc: Doc): Array<PhraseHit<LexiconEntry> & { severity: Severity; suggestions: string[]; messageId: string }> {
  const { matcher, after, before } = compile();
  const view = matchView(doc);
  const vdoc = view.doc;
  const all = matcher.find(vdoc);
  const hits: Array<PhraseHit<LexiconEntry>> = [];
  const phrases: Array<PhraseHit<LexiconEntry>> = [];
  const senses: Array<PhraseHit<Tag>> = [];
  for (const hit of all) {
    if (hit.value.role === 'term') hits.push({ ...hit, value: hit.value.entry });
    else if (hit.value.role === 'phrase') phrases.push({ ...hit, value: hit.value.entry });
    else senses.push(hit);
  }
  if (hits.length === 0) return [];
  const words = vdoc.foldedWords;
  const wordAt = new Map<number, number>();
  const wordEnding = new Map<number, number>();
  words.forEach((word, index) => {
    wordAt.set(word.start, index);
    wordEnding.set(word.end, index);
  });
  // Innocent phrases, by the words they cover: a hit is innocent when one phrase of its entry covers both its ends.
  const innocentAt = new Map<number, Set<LexiconEntry>>();
  for (const phrase of phrases) {
    const first = wordAt.get(phrase.start) ?? -1;
    const last = wordEnding.get(phrase.end) ?? -2;
    for (let w = first; w <= last && w >= 0; w++) (innocentAt.get(w) ?? innocentAt.set(w, new Set()).get(w)!).add(phrase.value);
  }
  // Sense words by sentence and entry; two spans are enough to know one lies outside any hit.
  const senseIn = new Map<string, Array<{ start: number; end: number }>>();
  for (const sense of senses) {
    const key = `${view.sentenceIndex(sense.start)}|${sense.value.role}|${sense.value.entry.id}`;
    const list = senseIn.get(key) ?? senseIn.set(key, []).get(key)!;
    if (list.length < 2) list.push(sense);
  }
  const out: ReturnType<typeof findTerms> = [];
  let coveredTo = -1;
  for (const hit of hits) {
    const entry = hit.value;
    // Longest first at each start: skip shorter and overlapping hits already covered.
    if (hit.start < coveredTo) continue;
    const first = wordAt.get(hit.start) ?? -1;
    const last = wordEnding.get(hit.end) ?? -1;
    if (innocentAt.get(first)?.has(entry) && innocentAt.get(last)?.has(entry)) continue;
    const sentence = view.sentenceIndex(hit.start);
    const inSentence = (role: 'innocent' | 'required') =>
      (senseIn.get(`${sentence}|${role}|${entry.id}`) ?? []).some((s) => s.end <= hit.start || s.start >= hit.end);
    if (inSentence('innocent')) continue;
    if (entry.requires && !inSentence('required')) continue;
    const span = view.original(hit.start, hit.end);
    const typed = doc.text.slice(span.start, span.end);
    if (entry.falsePositives?.some((fp) => fp.capitalised) && /^\p{Lu}/u.test(typed)) continue;
    const afterWords = after.get(entry);
    if (afterWords && !(first > 0 && afterWords.has(words[first - 1]!.text) && !/[.!?;:\n]/.test(vdoc.text.slice(words[first - 1]!.end, hit.start)))) continue;
    const beforeWords = before.get(entry);
    if (beforeWords) {
      const next = words[last + 1];
      const clauseEnds = !next || /[.!?,;:()\n"]/.test(vdoc.text.slice(hit.end, next.start));
      if (!clauseEnds && !beforeWords.has(next.text)) continue;
    }
    coveredTo = hit.end;
    const folded = vdoc.text.slice(hit.start, hit.end);
    const alternatives = entry.alternativesByTerm?.[folded] ?? entry.alternatives ?? [];
    const quotedToCondemn = entry.kind === 'slur' && condemnsQuotedSpan(view, doc.folded.text, hit.start, hit.end);
    // "Bloody gyppos": the expletive goes with the slur, or "Bloody Gypsies and Travellers" is left.
    const swear = !quotedToCondemn && alternatives.length > 0 && first > 0 && EXPLETIVES.has(words[first - 1]!.text) && /^ $/.test(vdoc.text.slice(words[first - 1]!.end, hit.start)) ? words[first - 1]! : undefined;
    const whole = swear ? { start: view.original(swear.start, swear.end).start, end: span.end } : span;
    const wholeTyped = doc.text.slice(whole.start, whole.end);
    out.push({
      ...hit,
      ...whole,
      text: wholeTyped,
      severity: quotedToCondemn ? 'low' : entry.severity,
      messageId: quotedToCondemn ? 'quoted' : MESSAGE_BY_KIND[entry.kind],
      suggestions: quotedToCondemn ? [mask(typed)] : alternatives.map((alternative) => matchCase(alternative, wholeTyped)),
    });
  }
  return out;
}

/** Keeps a capital at the start of a sentence ("Pakis" → "Pakistanis"); proper nouns keep theirs. */
function matchCase(alternative: string, typed: string): string {
  return /^\p{Lu}/u.test(typed) ? alternative[0]!.toUpperCase() + alternative.slice(1) : alternative;
}

export default defineRule({
  id: 'derogatory-term',
  category: 'discrimination',
  severity: 'high',
  description: 'A slur, mocking phrase or outdated term about people with a protected characteristic (Equality Act 2010), in UK usage.',
  source: `Equality Act 2010 s.4-12 and s.26 (harassment); ${GUIDANCE.lgaCode}; ${GUIDANCE.ofcom}`,
  url: 'https://www.legislation.gov.uk/ukpga/2010/15/section/26',
  messages: {
    slur: {
      message: 'This may be read as a slur ({characteristic}).',
      explanation: '{note} Posted by an elected member it can amount to harassment (Equality Act 2010 s.26) and a breach of the Code of Conduct. Source: {source}.',
    },
    mocking: {
      message: 'This may be read as mocking people ({characteristic}).',
      explanation: '{note} Even meant as a joke, it can amount to harassment related to a protected characteristic (Equality Act 2010 s.26). Source: {source}.',
    },
    outdated: {
      message: 'This term is considered outdated or offensive ({characteristic}).',
      explanation: '{note} Source: {source}.',
    },
    quoted: {
      message: 'Quoting this slur repeats it ({characteristic}).',
      explanation: 'Condemning abuse is right, but publishing the word again spreads it further. Describing it ("a racist slur") or masking it keeps the point. {note} Source: {source}.',
    },
  },
  examples: {
    flagged: [
      { text: 'Waste of money putting in a ramp for the three [[spastics]] who use that library.' },
      { text: 'Not another [[Paki]] shop, we\u2019ve got four already.', suggestion: 'Pakistani' },
      { text: '[[P1keys]] on the rec again' },
      { text: 'Some [[f\u200ba\u200bggot]] on the bus' },
      { text: 'She has been [[wheelchair-bound]] for years', severity: 'low', suggestion: 'a wheelchair user' },
      { text: 'Three [[coloured families]] on the close now', severity: 'medium', suggestion: 'Black families' },
      { text: 'Someone\u2019s sprayed \u2018[[Pakis]] out\u2019 on the wall of the mosque. Disgusting.', severity: 'low', suggestion: 'P***s' },
      { text: 'A bitter [[old maid]] on the parish council', severity: 'medium' },
      { text: 'I\u2019m tired of hearing \u2018[[pikeys]]\u2019 shouted from the public gallery.', severity: 'low', suggestion: 'p****s' },
      { text: 'Spot on.', request: { surface: 'quote', quoted: 'The pikeys are back on the common.' } },
      // The expletive goes with the slur: replacing the slur alone left 'Bloody Gypsies and Travellers'.
      { text: '[[Bloody gyppos]] selling dodgy tarmac door to door again.', suggestion: 'Gypsies and Travellers' },
    ],
    clean: [
      'Gypsy, Roma and Traveller History Month: the library has an exhibition on Romani history.',
      'Delays at Gypsy Hill station tonight due to a signal failure.',
      'Black Country Day tomorrow! Get your faggots and peas at the market.',
      'Great to see the old Spastics Society building reopen as a Scope charity shop.',
      'The disabled toilet is fixed and the new wheelchair access ramps are in.',
      'All cladding must use a fire retardant coating.',
      'Pakistan Independence Day celebrations at the Town Hall.',
      'Coloured pencils for the youth club and oriental rugs at the auction.',
      'Mental health support in schools is our priority.',
      'A lame duck administration. Queer History Month starts today. Happy Pride!',
      'The drainage board is clearing the dyke behind Fen Lane.',
      'Someone shouted a racial slur at a bus driver today. Report hate crime.',
    ],
  },
  check({ input, doc, quotedDoc }) {
    const findings: RawFinding[] = [];
    const toFinding = (hit: ReturnType<typeof findTerms>[number], quoted: boolean): RawFinding => ({
      start: hit.start,
      end: hit.end,
      ...(quoted ? { in: 'quoted' as const } : {}),
      messageId: hit.messageId,
      severity: hit.severity,
      data: { characteristic: hit.value.characteristic.replace(/-/g, ' '), note: hit.value.note, source: hit.value.source || EQA.race },
      suggestions: quoted ? [] : hit.suggestions,
    });
    for (const hit of findTerms(doc)) findings.push(toFinding(hit, false));
    if (isRepublished(input.surface) && input.quoted) for (const hit of findTerms(quotedDoc)) findings.push(toFinding(hit, true));
    return findings;
  },
});
