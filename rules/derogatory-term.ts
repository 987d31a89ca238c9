import { defineRule } from '../utils/engine/define';
import type { Doc } from '../utils/engine/doc';
import type { RawFinding, Severity } from '../utils/engine/types';
import { matchView } from '../utils/text/evasion';
import { PhraseMatcher, type PhraseHit } from '../utils/text/phrases';
import { LEXICON } from './data/discrimination';
import { EQA, GUIDANCE } from './data/discrimination/sources';
import type { LexiconEntry } from './data/discrimination/types';
import { condemnsQuotedSpan, isRepublished } from './data/discrimination/context';

/**
 * Slurs, mocking phrases and outdated terms about people with a protected
 * characteristic, from the lexicon in rules/data/discrimination/. One pass of
 * a word trie over the evasion-aware view (look-alike digits and symbols,
 * accents and zero-width characters undone), then each entry's own guards:
 * known innocent phrases, sense words in the sentence, proper names.
 *
 * A slur quoted in a post that condemns it ("someone sprayed 'P***s out'…
 * disgusting") is still flagged, at medium, with a masked form offered:
 * republishing the word repeats the harm, and describing it loses nothing.
 */

interface Compiled {
  terms: PhraseMatcher<LexiconEntry>;
  innocentPhrases: PhraseMatcher<LexiconEntry>;
  /** Sense words: `innocent` ones clear a hit, `required` ones must be present. */
  senses: PhraseMatcher<{ entry: LexiconEntry; role: 'innocent' | 'required' }>;
  after: Map<LexiconEntry, Set<string>>;
  before: Map<LexiconEntry, Set<string>>;
}

let compiled: Compiled | undefined;
function compile(): Compiled {
  if (compiled) return compiled;
  const terms = new PhraseMatcher<LexiconEntry>();
  const innocentPhrases = new PhraseMatcher<LexiconEntry>();
  const senses = new PhraseMatcher<{ entry: LexiconEntry; role: 'innocent' | 'required' }>();
  const after = new Map<LexiconEntry, Set<string>>();
  const before = new Map<LexiconEntry, Set<string>>();
  for (const entry of LEXICON) {
    for (const term of entry.terms) terms.add(term, entry);
    for (const fp of entry.falsePositives ?? []) {
      for (const phrase of fp.phrases ?? []) innocentPhrases.add(phrase, entry);
      for (const word of fp.nearby ?? []) senses.add(word, { entry, role: 'innocent' });
    }
    for (const word of entry.requires ?? []) senses.add(word, { entry, role: 'required' });
    if (entry.after) after.set(entry, new Set(entry.after));
    if (entry.before) before.set(entry, new Set(entry.before));
  }
  return (compiled = { terms, innocentPhrases, senses, after, before });
}

const MESSAGE_BY_KIND = { slur: 'slur', mocking: 'mocking', outdated: 'outdated' } as const;

/** "P***s": keeps the first letter and the plural so a report still reads. */
function mask(word: string): string {
  const plural = /s$/i.test(word) && word.length > 3;
  const stem = plural ? word.slice(0, -1) : word;
  return stem[0] + '*'.repeat(Math.max(stem.length - 1, 2)) + (plural ? word.slice(-1) : '');
}

function findTerms(doc: Doc): Array<PhraseHit<LexiconEntry> & { severity: Severity; suggestions: string[]; messageId: string }> {
  const { terms, innocentPhrases, senses, after, before } = compile();
  const view = matchView(doc);
  const vdoc = view.doc;
  const hits = terms.find(vdoc);
  if (hits.length === 0) return [];
  const innocent = innocentPhrases.find(vdoc);
  const senseHits = senses.find(vdoc);
  const words = vdoc.foldedWords;
  const wordAt = new Map(words.map((word, index) => [word.start, index]));
  const out: ReturnType<typeof findTerms> = [];
  let coveredTo = -1;
  for (const hit of hits) {
    const entry = hit.value;
    // Longest first at each start: skip shorter and overlapping hits already covered.
    if (hit.start < coveredTo) continue;
    if (innocent.some((p) => p.value === entry && p.start <= hit.start && p.end >= hit.end)) continue;
    const sentence = vdoc.sentenceAt(hit.start);
    const inSentence = (role: 'innocent' | 'required') =>
      senseHits.some((s) => s.value.entry === entry && s.value.role === role && s.start >= sentence.start && s.end <= sentence.end && (s.end <= hit.start || s.start >= hit.end));
    if (inSentence('innocent')) continue;
    if (entry.requires && !inSentence('required')) continue;
    const span = view.original(hit.start, hit.end);
    const typed = doc.text.slice(span.start, span.end);
    if (entry.falsePositives?.some((fp) => fp.capitalised) && /^\p{Lu}/u.test(typed)) continue;
    const index = wordAt.get(hit.start) ?? -1;
    const afterWords = after.get(entry);
    if (afterWords && !(index > 0 && afterWords.has(words[index - 1]!.text) && !/[.!?;:\n]/.test(vdoc.text.slice(words[index - 1]!.end, hit.start)))) continue;
    const beforeWords = before.get(entry);
    if (beforeWords) {
      const endIndex = words.findIndex((word) => word.end === hit.end);
      const next = words[endIndex + 1];
      const clauseEnds = !next || /[.!?,;:()\n"]/.test(vdoc.text.slice(hit.end, next.start));
      if (!clauseEnds && !beforeWords.has(next.text)) continue;
    }
    coveredTo = hit.end;
    const folded = vdoc.text.slice(hit.start, hit.end);
    const alternatives = entry.alternativesByTerm?.[folded] ?? entry.alternatives ?? [];
    const quotedToCondemn = entry.kind === 'slur' && condemnsQuotedSpan(vdoc, doc.folded.text, hit.start, hit.end);
    out.push({
      ...hit,
      ...span,
      text: typed,
      severity: quotedToCondemn ? 'medium' : entry.severity,
      messageId: quotedToCondemn ? 'quoted' : MESSAGE_BY_KIND[entry.kind],
      suggestions: quotedToCondemn ? [mask(typed)] : alternatives.map((alternative) => matchCase(alternative, typed)),
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
      { text: 'Someone\u2019s sprayed \u2018[[Pakis]] out\u2019 on the wall of the mosque. Disgusting.', severity: 'medium', suggestion: 'P***s' },
      { text: 'A bitter [[old maid]] on the parish council', severity: 'medium' },
      { text: 'Spot on.', request: { surface: 'quote', quoted: 'The pikeys are back on the common.' } },
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
