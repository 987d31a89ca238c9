import { defineRule } from '../utils/engine/define';
import type { Doc } from '../utils/engine/doc';
import type { Characteristic } from './data/discrimination/types';
import type { RawFinding, Severity } from '../utils/engine/types';
import { matchView } from '../utils/text/evasion';
import { PhraseMatcher, type PhraseHit } from '../utils/text/phrases';
import {
  ADJECTIVE_FOLLOWERS, BEHAVIOUR_VERBS, COLLECTIVES, COMPLEMENT_FOLLOWERS, DIRECT_STEREOTYPE_VERBS, MODALS, COPULAS, FILLERS, GENERALISATION_SOURCE, GENERALISING_ADVERBS, GROUP_FOLLOWERS, GROUP_PEOPLE_NOUNS,
  GROUP_SENSES, GROUP_TROPES, GROUPS, HIRING_CUES, HOSTILE_ADJECTIVES, HOSTILE_PHRASES, JOKE_CUES, MOCKING_PHRASES, PREDICATES,
  PREPOSITIONS, PRONOUN_SUBJECTS, STEREOTYPE_VERBS, TROPE_CONTEXT, TYPICAL_NEUTRAL,
} from './data/discrimination/generalisation';
import { condemns, insideQuotes, isRepublished, reportedBefore } from './data/discrimination/context';

/**
 * Generalisations, dehumanising metaphors and mocking tropes about a protected
 * group: "Travellers are vermin", "a swarm of migrants", "typical woman driver",
 * "go back to where you came from", "lock up your sheds" beside a Traveller
 * site. Group names alone never fire (neutral and supportive mentions are
 * the norm); a frame around the mention must. One trie pass finds every
 * vocabulary item, then bounded look-ups around each group mention (a few
 * words either side), so the cost stays linear.
 *
 * Not flagged: a frame that is reported, quoted or challenged ("the myth
 * that…", "the leaflet called Travellers 'vermin' – vile"), and policy talk
 * (immigration numbers, "illegal migration", "delayed discharge").
 */

type Tag =
  | { type: 'group'; characteristic: Characteristic; singular: boolean }
  | { type: 'sense'; term: string; role: 'other' | 'group' }
  | { type: 'predicate'; severity: Severity; kind: 'dehumanising' | 'stereotype'; afterModal: boolean; atClauseEnd: boolean; notBefore?: ReadonlySet<string> }
  | { type: 'verb'; direct: boolean }
  | { type: 'collective'; severity: Severity }
  | { type: 'follower'; severity: Severity }
  | { type: 'complement' }
  | { type: 'hostile'; severity: Severity; characteristic: Characteristic; note: string; needsSubject: boolean; notBefore?: ReadonlySet<string> }
  | { type: 'trope'; severity: Severity; note: string }
  | { type: 'mocking'; characteristic: Characteristic; note: string }
  | { type: 'joke' | 'hiring' | 'pronoun' | 'context' };

let matcher: PhraseMatcher<Tag> | undefined;
function compile(): PhraseMatcher<Tag> {
  if (matcher) return matcher;
  const m = new PhraseMatcher<Tag>();
  for (const group of GROUPS) {
    const { characteristic } = group;
    for (const term of group.plural) m.add(term, { type: 'group', characteristic, singular: false });
    for (const term of group.singular ?? []) m.add(term, { type: 'group', characteristic, singular: true });
    for (const adjective of group.adjectives ?? [])
      for (const noun of GROUP_PEOPLE_NOUNS) m.add(`${adjective} ${noun}`, { type: 'group', characteristic, singular: false });
  }
  for (const sense of GROUP_SENSES) {
    for (const word of sense.otherSense) m.add(word, { type: 'sense', term: sense.term, role: 'other' });
    for (const word of sense.groupSense) m.add(word, { type: 'sense', term: sense.term, role: 'group' });
  }
  for (const predicate of PREDICATES) {
    const tag: Tag = { type: 'predicate', severity: predicate.severity, kind: predicate.kind, afterModal: !!predicate.afterModal, atClauseEnd: !!predicate.atClauseEnd, ...(predicate.notBefore ? { notBefore: new Set(predicate.notBefore) } : {}) };
    for (const phrase of predicate.phrases) m.add(phrase, tag);
  }
  for (const phrase of COMPLEMENT_FOLLOWERS) m.add(phrase, { type: 'complement' });
  for (const verb of STEREOTYPE_VERBS) m.add(verb, { type: 'verb', direct: false });
  for (const verb of DIRECT_STEREOTYPE_VERBS) m.add(verb, { type: 'verb', direct: true });
  // "Lithuanian thieves", "disabled scroungers": a group adjective with a branding noun.
  for (const group of GROUPS)
    for (const adjective of group.adjectives ?? [])
      for (const noun of ADJECTIVE_FOLLOWERS) m.add(`${adjective} ${noun}`, { type: 'hostile', severity: 'medium', characteristic: group.characteristic, note: NOTES_STEREOTYPE, needsSubject: false });
  for (const { phrases, severity } of COLLECTIVES) for (const phrase of phrases) m.add(phrase, { type: 'collective', severity });
  for (const { phrases, severity } of GROUP_FOLLOWERS) for (const phrase of phrases) m.add(phrase, { type: 'follower', severity });
  for (const { phrases, severity, characteristic, note, needsSubject = false, notBefore } of HOSTILE_PHRASES) {
    const tag: Tag = { type: 'hostile', severity, characteristic, note, needsSubject, ...(notBefore ? { notBefore: new Set(notBefore) } : {}) };
    for (const phrase of phrases) m.add(phrase, tag);
  }
  for (const { phrases, severity, note } of GROUP_TROPES) for (const phrase of phrases) m.add(phrase, { type: 'trope', severity, note });
  for (const { phrases, characteristic, note } of MOCKING_PHRASES) for (const phrase of phrases) m.add(phrase, { type: 'mocking', characteristic, note });
  for (const phrase of JOKE_CUES) m.add(phrase, { type: 'joke' });
  for (const phrase of HIRING_CUES) m.add(phrase, { type: 'hiring' });
  for (const phrase of PRONOUN_SUBJECTS) m.add(phrase, { type: 'pronoun' });
  for (const phrase of TROPE_CONTEXT) m.add(phrase, { type: 'context' });
  return (matcher = m);
}

const set = (words: readonly string[]) => new Set(words);
const COPULA = set(COPULAS);
const BEHAVIOUR = set(BEHAVIOUR_VERBS);
const FILLER = set(FILLERS);
const PREPOSITION = set(PREPOSITIONS);
const ADVERB = set(GENERALISING_ADVERBS);
const HOSTILE_ADJECTIVE = set(HOSTILE_ADJECTIVES);
const TYPICAL_NEUTRAL_WORDS = set(TYPICAL_NEUTRAL);
const MODAL = set(MODALS);
/** The start of an answer that rejects the question before it. */
const REBUTTAL = /^\s{0,3}(?:no\b|nope\b|nonsense\b|rubbish\b|what nonsense|what rubbish|of course not|not true|not at all|hardly\b|absolutely not|wrong\b|utter nonsense|complete nonsense)/;
const POLICY_QUALIFIERS = set(['illegal', 'failed', 'rejected', 'criminal', 'undocumented', 'overstaying']);
const NOTES_STEREOTYPE = 'Attributes a negative trait or behaviour to everyone in a group.';
/** Determiners allowed between "a swarm of" and the group. */
const DETERMINERS = set(['the', 'these', 'those', 'bloody', 'more', 'foreign', 'illegal', 'fucking', 'filthy', 'dirty']);
const MAX_FILLERS = 5;
const MAX_PP = 6;

type PredicateTag = Extract<Tag, { type: 'predicate' }>;
interface Hit extends PhraseHit<Tag> {
  first: number;
  last: number;
}
interface Candidate {
  start: number;
  end: number;
  severity: Severity;
  messageId: 'dehumanising' | 'stereotype' | 'hostile' | 'trope' | 'mocking';
  characteristic: Characteristic;
  note: string;
}

const NOTES = {
  dehumanising: 'Likening people to vermin, disease, animals or an invading force dehumanises them; it is the language that precedes hostility and violence against a group.',
  stereotype: 'Attributes a negative trait or behaviour to everyone in a group.',
  typical: '"Typical [group]" turns one person\u2019s behaviour into a trait of the whole group.',
  hiring: 'Treats a protected group as a hiring risk: that is direct discrimination in employment (Equality Act 2010 s.13, s.18, s.39).',
  joke: 'A "joke" whose punchline is a protected group.',
};

function analyse(doc: Doc, outsideContext?: Characteristic): Candidate[] {
  const view = matchView(doc);
  const vdoc = view.doc;
  const words = vdoc.foldedWords;
  if (words.length === 0) return [];
  const startIndex = new Map<number, number>();
  const endIndex = new Map<number, number>();
  words.forEach((word, index) => {
    startIndex.set(word.start, index);
    endIndex.set(word.end, index);
  });
  const sentences = vdoc.sentences;
  const sentenceOf = view.sentenceIndex;
  const folded = doc.folded.text;
  const hits: Hit[] = compile()
    .find(vdoc)
    .map((hit) => ({ ...hit, first: startIndex.get(hit.start) ?? -1, last: endIndex.get(hit.end) ?? -1 }))
    .filter((hit) => hit.first >= 0 && hit.last >= 0);
  const byFirst = new Map<number, Hit[]>();
  const byLast = new Map<number, Hit[]>();
  for (const hit of hits) {
    (byFirst.get(hit.first) ?? byFirst.set(hit.first, []).get(hit.first)!).push(hit);
    (byLast.get(hit.last) ?? byLast.set(hit.last, []).get(hit.last)!).push(hit);
  }
  const startingAt = (index: number, type: Tag['type']) => (byFirst.get(index) ?? []).filter((hit) => hit.value.type === type);
  const endingAt = (index: number, type: Tag['type']) => (byLast.get(index) ?? []).filter((hit) => hit.value.type === type);
  const word = (index: number) => words[index]?.text;
  // A sentence break between two words ends any frame.
  const sameClause = (a: number, b: number) => !/[.!?;\n]/.test(vdoc.text.slice(words[a]!.end, words[b]!.start));

  // Sense words by sentence: "travellers" at the station are passengers.
  const senseSeen = new Set<string>();
  const contextSentences = new Map<number, Hit>();
  for (const hit of hits) {
    if (hit.value.type === 'sense') senseSeen.add(`${sentenceOf(hit.start)}|${hit.value.term}|${hit.value.role}`);
    else if (hit.value.type === 'context' && !contextSentences.has(sentenceOf(hit.start))) contextSentences.set(sentenceOf(hit.start), hit);
  }
  // Group mentions, longest first, minus other senses.
  const groups: Array<Hit & { value: Extract<Tag, { type: 'group' }> }> = [];
  const groupSentences = new Map<number, Characteristic>();
  let coveredTo = -1;
  for (const hit of hits) {
    if (hit.value.type !== 'group' || hit.start < coveredTo) continue;
    const at = sentenceOf(hit.start);
    const text = vdoc.text.slice(hit.start, hit.end);
    if (senseSeen.has(`${at}|${text}|other`) && !senseSeen.has(`${at}|${text}|group`)) continue;
    coveredTo = hit.end;
    groups.push(hit as (typeof groups)[number]);
    if (!groupSentences.has(at)) groupSentences.set(at, hit.value.characteristic);
  }
  const jokes = hits.filter((hit) => hit.value.type === 'joke');
  let nextJoke = 0;

  const out: Candidate[] = [];
  const push = (start: number, end: number, severity: Severity, messageId: Candidate['messageId'], characteristic: Characteristic, note: string) =>
    out.push({ start, end, severity, messageId, characteristic, note });

  /** A predicate's own conditions: a modal before it, the clause ending after it, or not a given next word. */
  const fits = (value: PredicateTag, last: number, sawModal: boolean) => {
    if (value.afterModal && !sawModal) return false;
    const next = words[last + 1];
    const clauseEnds = !next || /[.!?,;:()\n"]/.test(vdoc.text.slice(words[last]!.end, next.start));
    if (value.atClauseEnd && !clauseEnds) return false;
    // "ruining our town's pub quiz record": the place is only a possessive.
    if (!clauseEnds && next!.text === 's') return false;
    if (value.notBefore && !clauseEnds && value.notBefore.has(next!.text)) return false;
    return true;
  };

  /** From the word after a subject: "are (all) vermin", "live like animals", "always complain". */
  const forward = (subjectStart: number, k: number, characteristic: Characteristic, policy = false) => {
    const limit = Math.min(words.length, k + MAX_PP);
    // "the Polish lads at the car wash are …": skip a short prepositional phrase to the verb.
    if (PREPOSITION.has(word(k) ?? '')) {
      let j = k + 1;
      while (j < limit && !COPULA.has(word(j)!)) j++;
      if (j < limit) k = j;
    }
    let sawAdverb = false;
    for (let steps = 0; k < words.length && steps < 3 && ADVERB.has(word(k)!); steps++, k++) sawAdverb = true;
    // "they should all be sent back", "they need deporting", "they ought to be": a demand.
    let sawModal = false;
    if (MODAL.has(word(k) ?? '')) {
      sawModal = true;
      k++;
      if (word(k) === 'to') k++;
      for (let steps = 0; k < words.length && steps < 3 && ADVERB.has(word(k)!); steps++, k++) sawAdverb = true;
      const demand = startingAt(k, 'predicate').find((hit) => (hit.value as PredicateTag).afterModal);
      if (demand && !policy && sameClause(k - 1, demand.last)) {
        const value = demand.value as PredicateTag;
        push(subjectStart, demand.end, value.severity, value.kind, characteristic, NOTES[value.kind]);
        return;
      }
    }
    // A qualified subject ("failed asylum seekers should be deported") states a policy: no demand predicates further on either.
    if (policy) sawModal = false;
    const verb = startingAt(k, 'verb')[0];
    if (verb && (sawAdverb || (verb.value as { direct: boolean }).direct) && (k === 0 || sameClause(k - 1, verb.last))) {
      push(subjectStart, verb.end, 'medium', 'stereotype', characteristic, NOTES.stereotype);
      return;
    }
    const link = word(k);
    if (!link || !(COPULA.has(link) || BEHAVIOUR.has(link))) return;
    let needsLike = BEHAVIOUR.has(link);
    let j = k + 1;
    if (COPULA.has(link) && BEHAVIOUR.has(word(j) ?? '')) {
      needsLike = true;
      j++;
    }
    let sawLike = false;
    for (let steps = 0; j < words.length && steps <= MAX_FILLERS; steps++, j++) {
      const predicate = startingAt(j, 'predicate').find((hit) => fits(hit.value as PredicateTag, hit.last, sawModal));
      if (predicate && (!needsLike || sawLike) && sameClause(k, predicate.last)) {
        const value = predicate.value as Extract<Tag, { type: 'predicate' }>;
        push(subjectStart, predicate.end, value.severity, value.kind, characteristic, NOTES[value.kind]);
        return;
      }
      const verbAfter = startingAt(j, 'verb')[0];
      if (verbAfter && steps > 0 && ADVERB.has(word(j - 1)!)) {
        push(subjectStart, verbAfter.end, 'medium', 'stereotype', characteristic, NOTES.stereotype);
        return;
      }
      if (!FILLER.has(word(j)!)) return;
      if (word(j) === 'like') sawLike = true;
    }
  };

  for (const group of groups) {
    const { characteristic, singular } = group.value;
    const a = group.first;
    const b = group.last;
    // "Illegal migrants should be deported" is a policy position, not a demand about a people.
    if (!singular) forward(group.start, b + 1, characteristic, POLICY_QUALIFIERS.has(word(a - 1) ?? ''));
    // "migrant invasion", "gypsy scum", "immigrants flooding in".
    const follower = startingAt(b + 1, 'follower')[0];
    const afterFollower = follower && words[follower.last + 1];
    if (follower && !(afterFollower && afterFollower.text === 's' && sameClause(follower.last, follower.last + 1))) push(group.start, follower.end, (follower.value as { severity: Severity }).severity, 'dehumanising', characteristic, NOTES.dehumanising);
    // "… are (all) Romanians claiming benefits": the group as a complement, with a charge.
    const complement = startingAt(b + 1, 'complement')[0];
    const beforeGroup = word(a - 1) === 'all' ? a - 2 : a - 1;
    if (complement && beforeGroup >= 0 && COPULA.has(word(beforeGroup)!) && sameClause(beforeGroup, complement.last))
      push(group.start, complement.end, 'medium', 'stereotype', characteristic, NOTES.stereotype);
    // "a swarm of (these) migrants".
    for (const gap of [1, 2]) {
      const collective = endingAt(a - gap, 'collective')[0];
      if (collective && (gap === 1 || DETERMINERS.has(word(a - 1)!)) && sameClause(collective.last, a)) {
        push(collective.start, group.end, (collective.value as { severity: Severity }).severity, 'dehumanising', characteristic, NOTES.dehumanising);
        break;
      }
    }
    const previous = word(a - 1);
    if (!singular && previous && HOSTILE_ADJECTIVE.has(previous) && sameClause(a - 1, a))
      push(words[a - 1]!.start, group.end, 'medium', 'stereotype', characteristic, NOTES.stereotype);
    if (previous === 'typical' && !TYPICAL_NEUTRAL_WORDS.has(word(a - 2) ?? '') && sameClause(a - 1, a))
      push(words[a - 1]!.start, group.end, 'medium', 'stereotype', characteristic, NOTES.typical);
    for (const gap of [1, 2]) {
      const hiring = endingAt(a - gap, 'hiring')[0];
      if (hiring && sameClause(hiring.last, a)) {
        push(hiring.start, group.end, 'medium', 'stereotype', characteristic, NOTES.hiring);
        break;
      }
    }
    const sentence = sentences[sentenceOf(group.start)]!;
    while (nextJoke < jokes.length && jokes[nextJoke]!.start < group.end) nextJoke++;
    const joke = jokes[nextJoke];
    if (joke && joke.end <= sentence.end && joke.first - b <= 12) push(group.start, joke.end, 'medium', 'mocking', characteristic, NOTES.joke);
  }

  // "They're animals": a pronoun standing for a group named in this or the previous sentence.
  const keptGroups = new Set<Hit>(groups);
  // A context word can stand in for the group ("Another mosque? They're taking over"), except caravans, which are also holidays.
  const antecedents: Array<{ start: number; end: number; characteristic: Characteristic }> = [];
  for (const hit of hits) {
    if (hit.value.type === 'group' && keptGroups.has(hit)) antecedents.push({ start: hit.start, end: hit.end, characteristic: hit.value.characteristic });
    else if (hit.value.type === 'context') {
      const characteristic = contextCharacteristic(hit.text);
      if (characteristic !== 'race') antecedents.push({ start: hit.start, end: hit.end, characteristic });
    }
  }
  let antecedentIndex = -1;
  for (const pronoun of hits) {
    if (pronoun.value.type !== 'pronoun') continue;
    while (antecedentIndex + 1 < antecedents.length && antecedents[antecedentIndex + 1]!.end <= pronoun.start) antecedentIndex++;
    const antecedent = antecedents[antecedentIndex];
    if (antecedent && sentenceOf(antecedent.start) >= sentenceOf(pronoun.start) - 1) forward(pronoun.start, pronoun.last + 1, antecedent.characteristic);
  }

  for (const hit of hits) {
    const value = hit.value;
    if (value.type === 'hostile') {
      if (value.needsSubject && (hit.first === 0 || !sameClause(hit.first - 1, hit.first) || sentenceOf(words[hit.first - 1]!.start) !== sentenceOf(hit.start))) continue;
      if (value.notBefore && hit.last + 1 < words.length && sameClause(hit.last, hit.last + 1) && value.notBefore.has(word(hit.last + 1)!)) continue;
      push(hit.start, hit.end, value.severity, 'hostile', value.characteristic, value.note);
    }
    else if (value.type === 'mocking') push(hit.start, hit.end, 'medium', 'mocking', value.characteristic, value.note);
    else if (value.type === 'trope') {
      const at = sentenceOf(hit.start);
      const near = groupSentences.get(at) ?? groupSentences.get(at - 1) ?? groupSentences.get(at + 1);
      const word = (contextSentences.get(at) ?? contextSentences.get(at - 1) ?? contextSentences.get(at + 1))?.text;
      const context = near ?? (word ? contextCharacteristic(word) : undefined) ?? outsideContext;
      if (context) push(hit.start, hit.end, value.severity, 'trope', context, value.note);
    }
  }

  // Reported, challenged or quoted to condemn: not the author's own claim.
  const condemned = condemns(view, folded);
  // Put as a question and answered at once: "Migrants destroying this country? No, it's austerity."
  const rebutted = (offset: number) => {
    const at = sentenceOf(offset);
    const sentence = sentences[at]!;
    const next = sentences[at + 1];
    if (!next || !/\?\s*$/.test(vdoc.text.slice(Math.max(sentence.start, sentence.end - 3), sentence.end))) return false;
    return REBUTTAL.test(vdoc.text.slice(next.start, Math.min(next.end, next.start + 24)));
  };
  const kept: Candidate[] = [];
  let keptTo = -1;
  for (const candidate of out.sort((x, y) => x.start - y.start || y.end - x.end)) {
    if (candidate.start < keptTo) continue;
    if (reportedBefore(view, folded, candidate.start)) continue;
    if (condemned && insideQuotes(view, folded, candidate.start, candidate.end)) continue;
    if (rebutted(candidate.start)) continue;
    keptTo = candidate.end;
    kept.push({ ...candidate, ...view.original(candidate.start, candidate.end) });
  }
  return kept;
}

/** The protected group a text is about, if it names one or a context word (mosque, Pride). */
function subjectOf(doc: Doc): Characteristic | undefined {
  const hits = compile().find(matchView(doc).doc);
  const group = hits.find((hit) => hit.value.type === 'group');
  if (group) return (group.value as { characteristic: Characteristic }).characteristic;
  const context = hits.find((hit) => hit.value.type === 'context');
  return context ? contextCharacteristic(context.text) : undefined;
}

/** The characteristic a context word (mosque, Pride, caravan) points to. */
function contextCharacteristic(text: string): Characteristic {
  const word = text.toLowerCase();
  if (/^(pride|lgbt)/.test(word)) return 'sexual-orientation';
  if (/^(non|trans)/.test(word)) return 'gender-reassignment';
  if (/^(caravan|encampment)/.test(word)) return 'race';
  return 'religion-belief';
}

export default defineRule({
  id: 'group-generalisation',
  category: 'discrimination',
  severity: 'medium',
  description: 'A generalisation, dehumanising metaphor or mocking trope about people with a protected characteristic.',
  source: GENERALISATION_SOURCE,
  url: 'https://www.legislation.gov.uk/ukpga/2010/15/section/26',
  messages: {
    dehumanising: {
      message: 'This may dehumanise a group of people ({characteristic}).',
      explanation: '{note} From an elected member it can amount to harassment (Equality Act 2010 s.26) and breach the Code of Conduct\u2019s duty to promote equalities. Criticism of a policy or of a specific incident does not need it.',
    },
    stereotype: {
      message: 'This may stereotype a group of people ({characteristic}).',
      explanation: '{note} Describe the specific issue or incident instead of the group. Equality Act 2010 s.26 (harassment); LGA Model Councillor Code of Conduct 2020, para 2.',
    },
    hostile: {
      message: 'This may be read as hostile to people ({characteristic}).',
      explanation: '{note} Immigration and integration policy can be debated without it. Equality Act 2010 s.26 (harassment); LGA Model Councillor Code of Conduct 2020, para 2.',
    },
    trope: {
      message: 'This may be read as a coded stereotype ({characteristic}).',
      explanation: '{note} Next to a mention of the group, readers will take it as aimed at them. Equality Act 2010 s.26 (harassment).',
    },
    mocking: {
      message: 'This may be read as mocking people ({characteristic}).',
      explanation: '{note} Even meant as a joke, it can amount to harassment related to a protected characteristic (Equality Act 2010 s.26).',
    },
  },
  examples: {
    flagged: [
      { text: 'Every time the council houses Roma families here the bins overflow. [[They live like animals]].', severity: 'high' },
      { text: '[[Travellers are nothing but vermin]]', severity: 'high' },
      { text: 'Another [[swarm of migrants]] arriving in Dover' },
      { text: '[[Typical woman]] driver, straight into the bollard' },
      { text: 'Not being funny but the [[Polish lads at the car wash are all on the fiddle]].' },
      { text: 'Another Traveller site planned for Riverside. [[Lock up your sheds]], everybody.' },
      { text: 'Told him to [[go back to where you came from]]', severity: 'high' },
      { text: '[[These people come here]], [[don\u2019t learn English and expect]] translation' },
      { text: 'Why do we [[bother hiring young women]]?' },
      { text: 'Next he\u2019ll [[identify as a lamppost]].' },
      { text: 'Spot on. Been saying it for years.', request: { surface: 'quote', quoted: 'Muslims are a fifth column in this country.' } },
    ],
    clean: [
      'Anyone who thinks disabled people are scroungers should spend a day at the Kestrel House day centre.',
      'New Traveller site consultation opens today - have your say.',
      'The stereotype that Travellers cause crime is lazy and wrong.',
      'The government\u2019s rhetoric on migrants is divisive and cruel. Riverside is a welcoming place.',
      'Don\u2019t learn English the hard way: free ESOL classes at the library!',
      'I condemn the leaflet calling migrants \u2018vermin\u2019. Hate has no place here.',
      'Flooding on the A38 is affecting travellers; swarms of commuters at the station.',
      'Net migration fell to 200,000 last year; the Home Office wants more removals.',
      'Thanks to the disabled residents who campaigned for the ramp. Happy Pride!',
      'A typical pensioner household spends £1,200 a year on heating.',
      'Women are underrepresented on the council and young people are the future.',
      'Refugees are welcome here. Migrants are not criminals.',
    ],
  },
  check({ input, doc, quotedDoc }) {
    const findings: RawFinding[] = [];
    const toFinding = (c: Candidate, quoted: boolean): RawFinding => ({
      start: c.start,
      end: c.end,
      ...(quoted ? { in: 'quoted' as const } : {}),
      messageId: c.messageId,
      severity: c.severity,
      data: { characteristic: c.characteristic.replace(/-/g, ' '), note: c.note },
    });
    // A reply or quote inherits the other post's subject: "No thanks, I'll keep my head attached" under a mosque open day.
    const outside = input.quoted ? subjectOf(quotedDoc) : undefined;
    for (const c of analyse(doc, outside)) findings.push(toFinding(c, false));
    // Reposting or quoting without condemning it republishes the claim.
    if (isRepublished(input.surface) && input.quoted && !condemns(matchView(doc), doc.folded.text)) for (const c of analyse(quotedDoc)) findings.push(toFinding(c, true));
    return findings;
  },
});
