/**
 * Whether an insult or allegation found in a text is aimed at an identifiable
 * person, and the span a finding should cover. The shapes, in one pass over a
 * few words either side of the term:
 * - copular: "Cllr Brown is a moron", "he's corrupt", "you're a liar" (span
 *   from the copula: "is a moron");
 * - attributive: "the useless planning officer", "corrupt Cllr Brown" (span:
 *   the term);
 * - vocative: "you absolute clown" (span from "you");
 * - subject: "the chief exec lied", "Cllr Brown is on the take" (span from
 *   the auxiliary: "has lied");
 * - exclamation: "What an idiot." with a person in the sentence or the one
 *   before (span from "what").
 * Negations ("is not corrupt", "never lied") and reports of an allegation
 * withdrawn or denied are not aimed at anyone.
 */
import type { Doc } from '../../utils/engine/doc';
import { subjectEndingAt, targetEndingAt, targetInSentence, targetStartingAt, type Target, type TargetOptions } from './targets';
import { brokenBetween, wordsOf, type Word } from '../../utils/text/words';

export type Form = 'noun' | 'adjective' | 'predicate' | 'verb' | 'mild' | 'phrase';
export type Shape = 'copular' | 'attributive' | 'vocative' | 'subject' | 'exclamation' | 'epithet';

export interface Aim {
  shape: Shape;
  target: Target;
  start: number;
  end: number;
  /** The copula as it should read in a replacement ("is", "was", "are"), with a leading space after a contraction. */
  copula: string;
}

const FILLERS = new Set([
  'a', 'an', 'such', 'so', 'total', 'totally', 'utter', 'utterly', 'complete', 'completely', 'absolute', 'absolutely',
  'clearly', 'obviously', 'just', 'nothing', 'but', 'real', 'really', 'proper', 'right', 'very', 'pretty', 'quite', 'rather',
  'one', 'big', 'massive', 'known', 'notorious', 'serial', 'habitual', 'compulsive', 'pathological', 'shameless', 'blatant',
  'little', 'bloody', 'fucking', 'effing', 'flipping', 'bleeding', 'f', 'biggest', 'most', 'even', 'also', 'still', 'actually',
  'basically', 'frankly', 'simply', 'truly', 'genuinely', 'downright', 'thoroughly', 'bit', 'of', 'kind', 'sort', 'and', 'lazy',
  'useless', 'incompetent', 'arrogant', 'stupid', 'ignorant', 'lying', 'corrupt', 'dishonest', 'spineless', 'pathetic', 'nasty', 'old',
  'jumped-up', 'self-serving', 'two-faced', 'silly', 'thick', 'fat', 'ugly', 'either', 'or', 'both', 'bone', 'idle',
]);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'am', 'be', 'been', 'being', 'like', 'remains', 'became', 'becomes', 'become']);
/** Auxiliaries and adverbs between a subject and its verb or copula. */
const AUXILIARIES = new Set([
  'has', 'have', 'had', 'is', 'was', 'are', 'were', 'been', 'being', 'be', 'did', 'does', 'do', 'will', 'would', 'must', 'may',
  'might', 'always', 'just', 'clearly', 'obviously', 'also', 'again', 'repeatedly', 'openly', 'deliberately', 'knowingly',
  'blatantly', 'then', 'now', 'still', 'constantly', 'routinely', 'regularly', 'probably', 'definitely', 'certainly', 'simply',
  'seems', 'seem', 'looks', 'look', 'sounds', 'acts', 'behaves', 'frankly', 'literally', 'actually', 'basically', 'busy', 'totally',
]);
const NEGATIONS = new Set(['not', 'never', 'no', 'hardly', 'nobody', 'neither', 'nor', 'nothing', 'cannot']);
const EXCLAIM = new Set(['what', 'such']);
/** Generic nouns for a person, after an insult: "the thickest man in the Town Hall". */
const PERSON_NOUNS = new Set(['man', 'woman', 'bloke', 'guy', 'person', 'fella', 'fellow', 'lady', 'individual', 'creature', 'specimen', 'character']);
const EPITHET_DETERMINERS = new Set(['the', 'that', 'this', 'you']);

/** Reports of an allegation, not the author's own: withdrawn, denied, cleared, or someone else's words. */
export const REPORTED =
  /\b(?:withdr[ae]wn?|retract|apologi[sz](?:e|ed|es|ing)\b|cleared|exonerat|no evidence|unfounded|baseless|untrue|false (?:claim|allegation|accusation)|dismiss|rejected|acquitted|not guilty|denied|denies|deny|accus|alleg|claim(?:ed|s) that|smear|defamat|libel|sued|abuse i receive|called me|calling me)/;
/** A belief denied just before the term, over its subject: "I don't think she lied". */
// "I'm not saying he's corrupt, but..." is innuendo, so only a denied belief counts.
const DENIED_BELIEF = /(?:(?:don|doesn|didn)['\u2019]?t|do not) (?:think|believe)(?: that)?(?: [\p{L}'\u2019]+){1,3} $/u;

export function aim(doc: Doc, start: number, end: number, form: Form, options: TargetOptions): Aim | null {
  const words = wordsOf(doc);
  const i = firstWordAt(words, start);
  const j = lastWordAt(words, end);
  if (i < 0 || j < i) return null;
  if (reported(doc, words, i)) return null;

  const terms = { i, j };
  if (form === 'phrase') return { shape: 'subject', target: selfTarget(words, i, j), start: words[i]!.start, end, copula: '' };
  if (form !== 'verb') {
    const copular = copularAim(doc, words, terms, end, form, options);
    if (copular !== undefined) return copular;
  }
  if (form === 'verb') return subjectAim(doc, words, terms, end, options);
  if (form === 'predicate') return fragmentAim(doc, words, terms, end, form, options);
  if (form === 'mild') return null;
  const question = questionAim(doc, words, terms, end, options);
  if (question) return question;
  if (j + 1 < words.length && !brokenBetween(words, j, j + 1)) {
    const target = targetStartingAt(doc, j + 1, options) ?? genericPerson(doc, words, j + 1, options);
    if (target) return { shape: 'attributive', target, start: words[i]!.start, end, copula: 'is' };
  }
  const how = howAim(doc, words, terms, end, options);
  if (how) return how;
  if (form === 'noun') {
    const epithet = epithetAim(words, terms, end, options);
    if (epithet) return epithet;
  }
  return fragmentAim(doc, words, terms, end, form, options) ?? (form === 'noun' ? exclamationAim(doc, words, terms, end, options) : null);
}

const selfTarget = (words: Word[], i: number, j: number): Target => ({ kind: 'epithet', first: i, last: j, start: words[i]!.start, end: words[j]!.end });

/** "the thickest man", "a nasty little woman", when a person is named in the sentence or the one before. */
function genericPerson(doc: Doc, words: Word[], k: number, options: TargetOptions): Target | null {
  if (!PERSON_NOUNS.has(words[k]!.text)) return null;
  const sentence = words[k]!.sentence;
  return targetInSentence(doc, sentence, options) ?? (sentence > 0 ? targetInSentence(doc, sentence - 1, options) : null);
}

/** "Are you stupid or just lazy?", "Is Cllr Brown corrupt?": the copula opens the question. */
function questionAim(doc: Doc, words: Word[], { i }: { i: number }, end: number, options: TargetOptions): Aim | null {
  let k = i - 1;
  while (k >= 0 && !brokenBetween(words, k, k + 1) && FILLERS.has(words[k]!.text)) k--;
  if (k < 1 || brokenBetween(words, k, k + 1)) return null;
  const target = targetEndingAt(doc, k, options);
  if (!target) return null;
  const copula = target.first - 1;
  const opener = words[copula];
  if (!opener || !/^(?:is|are|was|were)$/.test(opener.text) || brokenBetween(words, copula, target.first)) return null;
  const before = words[copula - 1];
  if (before && before.sentence === opener.sentence && !/^(?:why|so|honestly|seriously)$/.test(before.text)) return null;
  return { shape: 'epithet', target, start: opener.start, end, copula: '' };
}

/** "how incompetent you are", "so useless he is". */
function howAim(doc: Doc, words: Word[], { i, j }: { i: number; j: number }, end: number, options: TargetOptions): Aim | null {
  const subject = words[j + 1];
  const copula = words[j + 2];
  if (!subject || !copula || brokenBetween(words, i - 1 < 0 ? i : i - 1, j + 2)) return null;
  if (!/^(?:how|so|too)$/.test(words[i - 1]?.text ?? '') || !/^(?:is|are|was|were)$/.test(copula.text)) return null;
  const target = targetEndingAt(doc, j + 1, options);
  return target ? { shape: 'epithet', target, start: words[i - 1]!.start, end: copula.end, copula: '' } : null;
}

/** ", the fat fraud." / ", you muppet." at the end of a sentence: an epithet that is itself the person. */
function epithetAim(words: Word[], { i, j }: { i: number; j: number }, end: number, options: TargetOptions): Aim | null {
  const next = words[j + 1];
  if (next && next.sentence === words[j]!.sentence && !/[.!?,;:]/.test(next.before)) return null;
  let k = i - 1;
  while (k >= 0 && !brokenBetween(words, k, k + 1) && FILLERS.has(words[k]!.text)) k--;
  if (k < 0 || brokenBetween(words, k, k + 1) || !EPITHET_DETERMINERS.has(words[k]!.text)) return null;
  if (!words[k]!.before.includes(',') || words[k - 1]?.sentence !== words[k]!.sentence) return null;
  if (words[k]!.text === 'you' && !options.allowYou) return null;
  return { shape: 'epithet', target: selfTarget(words, k, j), start: words[k]!.start, end, copula: '' };
}

/**
 * A fragment that is only the insult ("Parasite.", "Absolute clown.", "Bent as a nine-bob note.",
 * "Waste of oxygen, ... that Mark Reeves") with a person in the same, previous or next sentence.
 */
function fragmentAim(doc: Doc, words: Word[], { i, j }: { i: number; j: number }, end: number, form: Form, options: TargetOptions): Aim | null {
  let k = i - 1;
  while (k >= 0 && words[k]!.sentence === words[i]!.sentence && !brokenBetween(words, k, k + 1) && FILLERS.has(words[k]!.text)) k--;
  if (k >= 0 && words[k]!.sentence === words[i]!.sentence) return null;
  const next = words[j + 1];
  const fragmentEnds = !next || next.sentence !== words[j]!.sentence || /[,:;.!?-]/.test(next.before);
  const simile = next?.text === 'as' && !brokenBetween(words, j, j + 1);
  if (!fragmentEnds && !(form === 'predicate' && simile)) return null;
  const sentence = words[i]!.sentence;
  // "Disgusting." after a report of graffiti is about the act; an adjective needs its person in the same sentence.
  const nearby = form === 'adjective' ? [sentence] : form === 'predicate' ? [sentence, sentence - 1, sentence - 2, sentence + 1] : [sentence, sentence - 1, sentence + 1];
  let target: Target | null = null;
  for (const s of nearby) if (!target && s >= 0) target = targetInSentence(doc, s, options);
  return target ? { shape: 'exclamation', target, start: words[k + 1]!.start, end, copula: '' } : null;
}

/** Copular or vocative; `undefined` when there is no copula (try other shapes), null when negated or aimed at no one. */
function copularAim(doc: Doc, words: Word[], { i }: { i: number }, end: number, form: Form, options: TargetOptions): Aim | null | undefined {
  let k = i - 1;
  while (k >= 0 && !brokenBetween(words, k, k + 1) && FILLERS.has(words[k]!.text)) k--;
  if (k < 0 || brokenBetween(words, k, k + 1)) return undefined;
  const word = words[k]!;
  if (NEGATIONS.has(word.text)) return null;
  if (word.text === 'you' || word.text === 'ya' || word.text === 'u') {
    if (form !== 'noun' || !options.allowYou) return undefined;
    const target = targetEndingAt(doc, k, options);
    return target ? { shape: 'vocative', target, start: word.start, end, copula: 'are' } : undefined;
  }
  if (!COPULAS.has(word.text)) return undefined;
  const run = auxiliariesBefore(words, k);
  if (!run) return null;
  const target = subjectEndingAt(doc, run.subjectEnd, options);
  if (!target) return null;
  return { shape: 'copular', target, start: words[run.first]!.start, end, copula: copulaFor(words, run.first, run.subjectEnd + 1, target) };
}

function subjectAim(doc: Doc, words: Word[], { i }: { i: number }, end: number, options: TargetOptions): Aim | null {
  const run = auxiliariesBefore(words, i);
  if (!run) return null;
  const target = subjectEndingAt(doc, run.subjectEnd, options);
  if (!target) return null;
  return { shape: 'subject', target, start: words[run.first]!.start, end, copula: words[run.first]!.clitic ? ' ' : '' };
}

/**
 * Walks back from the verb at `verb` over auxiliaries ("will", "has been") to the word that ends
 * the subject. A negation on the way ("is not", "never was") means no aim: null. So does a break
 * (a sentence end, or a comma) between the subject and the verb.
 */
function auxiliariesBefore(words: Word[], verb: number): { first: number; subjectEnd: number } | null {
  let first = verb;
  let k = verb - 1;
  while (k >= 0 && !brokenBetween(words, k, k + 1) && (AUXILIARIES.has(words[k]!.text) || NEGATIONS.has(words[k]!.text))) {
    if (NEGATIONS.has(words[k]!.text)) return null;
    first = k;
    k--;
  }
  if (k < 0 || brokenBetween(words, k, k + 1, { commas: false })) return null;
  return { first, subjectEnd: k };
}

function exclamationAim(doc: Doc, words: Word[], { i }: { i: number }, end: number, options: TargetOptions): Aim | null {
  let k = i - 1;
  while (k >= 0 && !brokenBetween(words, k, k + 1) && FILLERS.has(words[k]!.text)) k--;
  if (k < 0 || !EXCLAIM.has(words[k]!.text) || brokenBetween(words, k, k + 1)) return null;
  const sentence = words[i]!.sentence;
  const target = targetInSentence(doc, sentence, options) ?? (sentence > 0 ? targetInSentence(doc, sentence - 1, options) : null);
  return target ? { shape: 'exclamation', target, start: words[k]!.start, end, copula: '' } : null;
}

function copulaFor(words: Word[], first: number, afterSubject: number, target: Target): string {
  const lead = words[first]!.clitic ? ' ' : '';
  if (target.kind === 'you') return `${lead}are`;
  for (let k = afterSubject; k <= first + 3 && k < words.length; k++) if (words[k]!.text === 'was' || words[k]!.text === 'were') return `${lead}was`;
  return `${lead}is`;
}

function reported(doc: Doc, words: Word[], i: number): boolean {
  const sentence = doc.sentenceAt(words[i]!.start);
  const text = doc.text.slice(sentence.start, sentence.end).toLowerCase();
  if (REPORTED.test(text)) return true;
  if (DENIED_BELIEF.test(doc.text.slice(Math.max(sentence.start, words[i]!.start - 60), words[i]!.start).toLowerCase())) return true;
  // Inside quotes: someone else's words, or a title ('Big Little Lies').
  return quoteOpenAt(doc.text, sentence.start, words[i]!.start);
}

/**
 * Whether a quotation opened in `text` from `from` is still open at `at`. Apostrophes inside words and after plurals
 * are not quotes. One character at `at` is kept so that an opening quote right before it is seen as one.
 */
export function quoteOpenAt(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at + 1);
  if ((before.match(DOUBLE_QUOTES)?.length ?? 0) % 2 === 1) return true;
  return (before.match(OPENING_SINGLE)?.length ?? 0) > (before.match(CLOSING_SINGLE)?.length ?? 0);
}

const DOUBLE_QUOTES = /["\u201C\u201D]/g;
const OPENING_SINGLE = /(?<![\p{L}\p{N}])['\u2018\u2019](?=\p{L})/gu;
const CLOSING_SINGLE = /(?<=\p{L})['\u2018\u2019](?![\p{L}\p{N}])/gu;

function firstWordAt(words: Word[], start: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  return low < words.length ? low : -1;
}

function lastWordAt(words: Word[], end: number): number {
  let k = firstWordAt(words, end);
  if (k < 0) k = words.length;
  while (k > 0 && words[k - 1]!.start >= end) k--;
  return k - 1;
}
