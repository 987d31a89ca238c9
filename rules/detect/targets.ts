/**
 * Who a remark is aimed at. An insult or an allegation matters when it lands on
 * an identifiable person: someone named (peopleIn(doc), an @handle, "Sarah
 * Jenkins"), a role only one person holds ("the Chief Executive", "the head of
 * housing", "the planning officer"), "he"/"she", or "you" in a reply. Parties,
 * the council, the administration and the government are not targets:
 * attacking them is political speech (shared/DESIGN.md, principle 1).
 */
import type { Doc } from '../../utils/engine/doc';
import { peopleIn } from './people';
import { brokenBetween, wordsOf, type Word } from '../../utils/text/words';

export type TargetKind = 'person' | 'handle' | 'role' | 'pronoun' | 'you' | 'name' | 'epithet';

export interface Target {
  kind: TargetKind;
  /** Word indices, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface TargetOptions {
  /** "you" counts as a target (replies, quotes, comments and DMs address someone). */
  allowYou: boolean;
}

/** Singular nouns for a post one person holds. */
const ROLE_NOUNS = new Set([
  'officer', 'executive', 'exec', 'ceo', 'leader', 'chair', 'chairman', 'chairwoman', 'chairperson', 'mayor',
  'mp', 'clerk', 'director', 'head', 'manager', 'councillor', 'cllr', 'holder', 'secretary', 'minister',
  'solicitor', 'lawyer', 'inspector', 'planner', 'colleague', 'deputy', 'speaker', 'commissioner', 'warden', 'worker',
  'engineer', 'surveyor', 'caseworker', 'member', 'adviser', 'advisor', 'receptionist', 'administrator', 'supervisor',
]);
/** Words that make a role phrase point at one person. */
const DETERMINERS = new Set(['the', 'our', 'this', 'that', 'your', 'their', 'his', 'her', 'my', 'its', 'whose']);
/** Words that end a role phrase's modifiers: verbs, conjunctions, prepositions. */
const NOT_MODIFIER = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by',
  'a', 'an', 'not', 'has', 'have', 'had', 'who', 'which', 'what', 'when', 'if', 'as', 'from', 'about', 'than',
]);
const PRONOUNS = new Set(['he', 'she']);
const YOU = new Set(['you', 'ya', 'u', 'yourself']);
/** Capitalised words that are institutions, parties and places rather than names. */
const NOT_NAMES = new Set([
  'i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'you', 'my', 'our', 'his', 'her', 'their', 'your',
  'and', 'but', 'or', 'so', 'if', 'when', 'why', 'what', 'who', 'how', 'today', 'tonight', 'yesterday', 'tomorrow', 'now', 'yes', 'no',
  'council', 'borough', 'county', 'city', 'town', 'district', 'parish', 'party', 'government', 'administration', 'cabinet', 'committee',
  'labour', 'conservative', 'conservatives', 'tory', 'tories', 'green', 'greens', 'liberal', 'democrat', 'democrats', 'lib', 'dem', 'dems',
  'reform', 'snp', 'plaid', 'cymru', 'independent', 'independents', 'uk', 'ukip', 'britain', 'england', 'wales', 'scotland', 'westminster',
  'whitehall', 'parliament', 'nhs', 'police', 'trust', 'board', 'group', 'team', 'department', 'service', 'services', 'office', 'hall', 'street',
  'road', 'lane', 'centre', 'center', 'park', 'ward', 'ltd', 'plc', 'limited', 'club', 'school', 'academy', 'college', 'university', 'church',
  'news', 'times', 'post', 'echo', 'gazette', 'bbc', 'itv', 'planning', 'housing', 'highways', 'budget', 'plan', 'policy', 'scheme', 'report',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr', 'cllr', 'councillor', 'mp', 'chief', 'executive', 'leader',
  'everyone', 'nobody', 'someone', 'anyone', 'thank', 'thanks', 'well', 'great', 'shame', 'sorry', 'please', 'just', 'oh', 'wow', 'rt',
]);

interface Context {
  words: Word[];
  /** For each word, the index of the peopleIn(doc) mention it is in, or -1. */
  personOf: Int32Array;
}

const CONTEXT = Symbol('target context');

const contextOf = (doc: Doc): Context => doc.memo(CONTEXT, () => buildContext(doc));

function buildContext(doc: Doc): Context {
  const words = wordsOf(doc);
  const personOf = new Int32Array(words.length).fill(-1);
  const people = peopleIn(doc);
  let p = 0;
  for (let i = 0; i < words.length && p < people.length; i++) {
    const word = words[i]!;
    while (p < people.length && people[p]!.end <= word.start) p++;
    const person = people[p];
    if (person && word.start >= person.start && word.end <= person.end) personOf[i] = p;
  }
  return { words, personOf };
}

const make = (words: Word[], kind: TargetKind, first: number, last: number): Target => ({
  kind,
  first,
  last,
  start: words[first]!.start,
  end: words[last]!.end,
});

const isName = (word: Word | undefined): word is Word =>
  word !== undefined && word.capitalised && !word.clitic && !NOT_NAMES.has(word.text) && /^\p{L}/u.test(word.text);

/** A person reference whose last word is `k` (scanning leftwards from a copula or verb). */
export function targetEndingAt(doc: Doc, k: number, options: TargetOptions): Target | null {
  const { words, personOf } = contextOf(doc);
  const word = words[k];
  if (!word) return null;
  if (personOf[k]! >= 0) {
    let first = k;
    while (first > 0 && personOf[first - 1] === personOf[k]) first--;
    return make(words, 'person', first, k);
  }
  if (word.handle) return make(words, 'handle', k, k);
  if (PRONOUNS.has(word.text)) return make(words, 'pronoun', k, k);
  if (YOU.has(word.text)) return options.allowYou ? make(words, 'you', k, k) : null;
  const role = roleEndingAt(words, k);
  if (role) return role;
  if (isName(word)) {
    let first = k;
    while (first > 0 && k - first < 2 && isName(words[first - 1]) && !brokenBetween(words, first - 1, first)) first--;
    // One capitalised word at the start of a sentence is as likely a common word as a name.
    const sentenceStart = first === 0 || words[first - 1]!.sentence !== word.sentence;
    if (first < k || !sentenceStart) return make(words, 'name', first, k);
  }
  return null;
}

function roleEndingAt(words: Word[], k: number): Target | null {
  const word = words[k]!;
  // "the head of housing", "the leader of the council": scan back to "of" and a role noun before it.
  for (let of = k - 1; of >= Math.max(0, k - 3); of--) {
    if (words[of]!.text !== 'of') continue;
    if (brokenBetween(words, of - 1 < 0 ? 0 : of - 1, k)) break;
    const head = of - 1;
    if (head >= 0 && ROLE_NOUNS.has(words[head]!.text)) {
      const phrase = rolePhraseEndingAt(words, head);
      if (phrase !== null) return make(words, 'role', phrase, k);
    }
    break;
  }
  if (!ROLE_NOUNS.has(word.text)) return null;
  const first = rolePhraseEndingAt(words, k);
  return first === null ? null : make(words, 'role', first, k);
}

/** The first word of "the (up to 3 modifiers) ROLE" ending at role noun k, or null without a determiner. */
function rolePhraseEndingAt(words: Word[], k: number): number | null {
  for (let d = k - 1; d >= Math.max(0, k - 4); d--) {
    const word = words[d]!;
    if (brokenBetween(words, d, d + 1)) break;
    if (DETERMINERS.has(word.text)) return d;
    if (word.text === 'is' && word.clitic) return d - 1 >= 0 ? d - 1 : null; // "the council's chief executive"
    if (NOT_MODIFIER.has(word.text)) break;
  }
  // "Chief Executive", "Leader" typed with capitals name one post even without "the".
  return words[k]!.capitalised && words[k]!.text !== 'councillor' && words[k]!.text !== 'cllr' ? k : null;
}

/** A person reference whose first word is `j` (after an attributive insult: "useless [planning officer]"). */
export function targetStartingAt(doc: Doc, j: number, options: TargetOptions): Target | null {
  const { words, personOf } = contextOf(doc);
  const first = words[j];
  if (!first) return null;
  if (personOf[j]! >= 0) {
    let last = j;
    while (last + 1 < words.length && personOf[last + 1] === personOf[j]) last++;
    return make(words, 'person', j, last);
  }
  if (first.handle) return make(words, 'handle', j, j);
  if (YOU.has(first.text)) return null;
  for (let k = j; k < Math.min(words.length, j + 3); k++) {
    if (k > j && brokenBetween(words, k - 1, k)) break;
    const text = words[k]!.text;
    if (ROLE_NOUNS.has(text)) {
      // Plural or possessive-less compound ("officer reports") is not one person.
      const next = words[k + 1];
      if (next && !brokenBetween(words, k, k + 1) && /^(?:report|reports|team|teams|post|posts|role|roles|recommendation|decision)$/.test(next.text)) return null;
      return make(words, 'role', j, k);
    }
    if (NOT_MODIFIER.has(text)) break;
  }
  if (isName(first)) return isName(words[j + 1]) && !brokenBetween(words, j, j + 1) ? make(words, 'name', j, j + 1) : make(words, 'name', j, j);
  return null;
}

/** Any person reference in sentence `s` (for exclamations like "What an idiot."). */
export function targetInSentence(doc: Doc, s: number, options: TargetOptions): Target | null {
  const { words } = contextOf(doc);
  for (let k = 0; k < words.length; k++) {
    if (words[k]!.sentence !== s) continue;
    const found = targetEndingAt(doc, k, options);
    if (found && found.kind !== 'pronoun') return found;
  }
  return null;
}

/** Words that may follow a person and start a post-modifier: "Gareth Lloyd [from Highways] is...". */
const POSTMODIFIERS = new Set(['from', 'at', 'in', 'of', 'on', 'who', 'whose', 'with', 'over', 'for', 'down', 'up']);
const CLAUSE_BREAKS = new Set(['and', 'but', 'that', 'because', 'said', 'says', 'think', 'thinks', 'if', 'when', 'while', 'so', 'says', 'told', 'than', 'since']);
const PREPOSITIONS = new Set(['of', 'from', 'by', 'for', 'with', 'to', 'about', 'against', 'under', 'on', 'at', 'like']);

/**
 * The subject that ends at word k, allowing a post-modifier between the person and the verb:
 * "Mrs Chowdhury from three doors down is...", "Gina Baptiste, who runs the association, is...".
 * A person after a preposition ("the report by Cllr Brown is...") is not the subject.
 */
export function subjectEndingAt(doc: Doc, k: number, options: TargetOptions): Target | null {
  const { words } = contextOf(doc);
  const direct = targetEndingAt(doc, k, options);
  if (direct && notAfterPreposition(words, direct)) return direct;
  for (let t = k - 1; t >= Math.max(0, k - 8); t--) {
    if (words[t]!.sentence !== words[k]!.sentence) break;
    const after = words[t + 1]!;
    if (CLAUSE_BREAKS.has(words[t]!.text)) break;
    if (!POSTMODIFIERS.has(after.text) && !after.before.includes(',')) continue;
    const target = targetEndingAt(doc, t, options);
    if (!target || target.kind === 'pronoun' || target.kind === 'you') continue;
    // "...helped by Cllr Rafferty, who has been...": a relative clause makes the person its subject whatever came before.
    if (after.text === 'who' || after.text === 'whose' || after.before.includes(',')) return target;
    return notAfterPreposition(words, target);
  }
  return null;
}

function notAfterPreposition(words: Word[], target: Target): Target | null {
  const before = words[target.first - 1];
  return before && PREPOSITIONS.has(before.text) && !brokenBetween(words, target.first - 1, target.first) ? null : target;
}

/** "you" names someone in a reply, quote, comment or DM, or in a post that opens by addressing an @handle. */
export function targetOptionsFor(surface: string, doc: Doc): TargetOptions {
  if (surface !== 'post' && surface !== 'repost' && surface !== 'share') return { allowYou: true };
  // A post that names or tags someone ("Dear Mr Patel, you are...", "@CllrBrown you...") addresses them.
  return { allowYou: /(?:^|\s)@\w/.test(doc.text) || peopleIn(doc).length > 0 };
}
