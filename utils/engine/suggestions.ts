/**
 * Every rule's suggestions pass through here before the person sees them: each is applied to its
 * sentence and kept only if the sentence still reads as one. When none survives, a sentence-level
 * alternative is offered instead (the suggestion as the whole sentence, the sentence cut after a
 * replaced predicate, or the sentence removed), or nothing. Heuristics over words, not a parser:
 * they reject more than they should rather than offer broken text.
 */
import { splitSentences, tokenize, type Span, type Token } from '../text/tokens';

/** A whole sentence to put in place of `start`–`end` (the sentence); `text: ''` removes it. */
export interface Rewrite {
  start: number;
  end: number;
  text: string;
}

export interface Reviewed {
  suggestions: string[];
  rewrite?: Rewrite;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'every', 'some', 'any', 'no']);
/** Determiners that cannot end a phrase ("this", "hers" and "that" can: they are pronouns too). */
const ARTICLES = new Set(['a', 'an', 'the', 'my', 'your', 'our', 'their', 'every']);
const PREPOSITIONS = new Set([
  'at', 'in', 'on', 'of', 'to', 'for', 'from', 'by', 'with', 'about', 'outside', 'inside', 'near', 'opposite', 'into', 'onto',
  'over', 'under', 'behind', 'beside', 'between', 'through', 'towards', 'via', 'across', 'along', 'past', 'against', 'without',
]);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'because', 'as', 'while', 'until', 'unless', 'if', 'when', 'then']);
/** Words after which a noun phrase ("a vehicle", "the street") may stand. */
const BEFORE_NOUN_PHRASE = new Set([
  ...PREPOSITIONS, ...CONJUNCTIONS,
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'and', 'or', 'than', 'like', 'thank', 'thanks',
  'see', 'saw', 'seen', 'met', 'meet', 'visited', 'visit', 'called', 'call', 'ring', 'rang', 'phone', 'phoned', 'contact', 'contacted',
  'told', 'tell', 'asked', 'ask', 'helped', 'help', 'support', 'supported', 'owns', 'own', 'moved', 'lives', 'live', 'living', 'where', 'whom', 'who',
]);
/** Words that begin a predicate: a suggestion starting with one needs a subject before it and a clause end after it. */
const PREDICATE_STARTS = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'should', 'got', 'get', 'gets', 'will', 'would', 'must', 'can', 'could', 'may',
  'might', 'did', 'does', 'do', 'needs', 'need', 'made', 'makes', 'took', 'takes',
]);
/** Words that begin a clause of their own. */
const CLAUSE_STARTS = new Set(['i', 'we', 'please', 'you', 'they', 'he', 'she', 'it', 'there']);
const FUNCTION_WORDS = new Set([...DETERMINERS, ...PREPOSITIONS, ...CONJUNCTIONS, 'is', 'are', 'was', 'were', 'be', 'i', 'you', 'we', 'it']);

type Kind = 'removal' | 'clause' | 'predicate' | 'phrase';

function kindOf(suggestion: string): Kind {
  const words = tokenize(suggestion);
  const first = words[0];
  if (!first) return 'removal';
  if (/[.!?]\s*$/.test(suggestion) || CLAUSE_STARTS.has(first.lower)) return 'clause';
  if (PREDICATE_STARTS.has(first.lower)) return 'predicate';
  return 'phrase';
}

const WINDOW = 400;
const SEPARATORS = ',;:\u2013\u2014-';
const TERMINAL = /^[\s.!?\u2026"')\]\u2019\u201D]*$/u;

/**
 * The grammar sanity check on a sentence with an edit at `from`–`to` (offsets into `sentence`):
 * no doubled function word across the edit, no leftover punctuation pair (", ." or "()"), no
 * empty clause at either end, no determiner or preposition left dangling before punctuation.
 */
export function readsWell(sentence: string, from: number, to: number = from): boolean {
  const tokens = tokenize(sentence);
  if (tokens.length === 0) return false;
  // Tokens touching the edit (inside it or cut by it), with one neighbour on each side.
  const first = firstIndex(tokens, (token) => token.end > from);
  const after = firstIndex(tokens, (token) => token.start >= to);
  const low = Math.max(0, first - 1);
  const high = Math.min(tokens.length - 1, after);
  for (let k = low; k <= high; k++) {
    const left = tokens[k]!;
    const right = tokens[k + 1];
    const gap = sentence.slice(left.end, right?.start ?? sentence.length);
    if (leftoverPunctuation(gap, false)) return false;
    const dangling = ARTICLES.has(left.lower) || PREPOSITIONS.has(left.lower);
    if (dangling && (!right || /[.,;:!?]/.test(gap))) return false;
    if (!right) continue;
    if (left.lower === right.lower && FUNCTION_WORDS.has(left.lower)) return false;
    if (ARTICLES.has(left.lower) && (DETERMINERS.has(right.lower) || PREPOSITIONS.has(right.lower))) return false;
    if (!articleAgrees(left, right)) return false;
  }
  return !(low === 0 && leftoverPunctuation(sentence.slice(0, tokens[0]!.start), true));
}

function firstIndex(tokens: Token[], test: (token: Token) => boolean): number {
  const index = tokens.findIndex(test);
  return index === -1 ? tokens.length : index;
}

/** "a Asian shop": the article no longer fits the word after it (a rough vowel-letter test). */
function articleAgrees(article: Token | undefined, next: Token | undefined): boolean {
  if (!article || !next || (article.lower !== 'a' && article.lower !== 'an')) return true;
  const vowel = /^[aeiou]/.test(next.lower) && !/^(?:uni|use|usu|eu|one|once)/.test(next.lower);
  return article.lower === 'an' ? vowel || /^(?:hon|hour|heir)/.test(next.lower) : !vowel;
}

function leftoverPunctuation(gap: string, atSentenceStart: boolean): boolean {
  const marks = gap.replace(/\s+/g, ' ');
  if (atSentenceStart && /^\s*[,;:.!?)\]\u2013\u2014-]/.test(marks)) return true;
  if (/\(\s*\)|\[\s*\]|"\s*"|\u201C\s*\u201D|\u2018\s*\u2019/.test(marks)) return true;
  // A separator followed by another mark: ", ." or "– !" or ": ,".
  return /[,;:\u2013\u2014](?:\s*|\s-\s*)[,;:.!?\u2013\u2014]|\s-\s*[.!?,;:]/.test(marks);
}

/**
 * Reviews one finding's suggestions against the sentence it sits in. `sentences` are the text's
 * sentence spans (Doc.sentences); a finding that crosses sentences is reviewed against all of them.
 */
export function reviewSuggestions(text: string, span: Span, suggestions: readonly string[], sentences: readonly Span[] = splitSentences(text)): Reviewed {
  const first = sentences.find((s) => s.end > span.start) ?? { start: 0, end: text.length };
  const last = [...sentences].reverse().find((s) => s.start < span.end) ?? first;
  const whole = { start: Math.min(first.start, span.start), end: Math.max(last.end, span.end) };
  // A "sentence" can be a 20,000-character paste with no full stop: look only this far either side,
  // so reviewing every finding stays linear, and offer no rewrite of a sentence that long.
  const sentence = { start: Math.max(whole.start, span.start - WINDOW), end: Math.min(whole.end, span.end + WINDOW) };
  const clipped = sentence.start !== whole.start || sentence.end !== whole.end;
  const before = text.slice(sentence.start, span.start);
  const after = text.slice(span.end, sentence.end);
  const removed = tokenize(text.slice(span.start, span.end)).length;
  const kept = suggestions.filter((suggestion) => fitsInPlace(suggestion, before, after, removed));
  if (kept.length > 0 || suggestions.length === 0 || clipped) return { suggestions: kept };
  const rewrite = sentenceRewrite(text, sentence, before, after, suggestions);
  return rewrite ? { suggestions: [], rewrite } : { suggestions: [] };
}

function fitsInPlace(suggestion: string, before: string, after: string, removedWords: number): boolean {
  const edited = `${before}${suggestion}${after}`;
  const from = before.length;
  const to = from + suggestion.length;
  if (!readsWell(edited, from, to)) return false;
  const lead = before.replace(/^\s+/, '');
  switch (kindOf(suggestion)) {
    case 'removal':
      // Only one word (an adjective, a trailing hashtag) can go without leaving a fragment; a
      // longer span goes by the sentence-level rewrite.
      return removedWords === 1 && tokenize(before).length > 0;
    case 'clause':
      return (lead.trim() === '' || isLabel(lead)) && TERMINAL.test(after);
    case 'predicate':
      return /[\p{L}\p{N}]['\u2019]?$/u.test(lead.trimEnd()) && predicateEnds(after);
    case 'phrase': {
      if (!/^\s*(?:a|an|the)\s/i.test(suggestion)) return true;
      const previous = tokenize(lead).pop();
      return !previous || !/^\s*$/.test(lead.slice(previous.end)) || BEFORE_NOUN_PHRASE.has(previous.lower);
    }
  }
}

function predicateEnds(after: string): boolean {
  if (TERMINAL.test(after)) return true;
  if (/^\s*[,;:\u2013\u2014]/.test(after) || /^\s+-\s/.test(after)) return true;
  const next = tokenize(after)[0];
  return Boolean(next && CONJUNCTIONS.has(next.lower) && /^\s+$/.test(after.slice(0, next.start)));
}

function sentenceRewrite(text: string, sentence: Span, before: string, after: string, suggestions: readonly string[]): Rewrite | undefined {
  const body = text.slice(sentence.start, sentence.end);
  const lead = body.length - body.trimStart().length;
  const start = sentence.start + lead;
  const ending = terminalOf(body.trimEnd()) || '.';
  const clause = suggestions.find((s) => kindOf(s) === 'clause');
  if (clause) {
    // A lead-in that names the subject ("Wheatfield Farm:", "Hi Leanne,") stays.
    const lead = isLabel(before) ? before.trim() : '';
    const body = withoutEnding(clause.trim());
    return { start, end: sentence.end, text: lead ? `${lead} ${body}${ending}` : `${capitalise(body)}${ending}` };
  }
  const predicate = suggestions.find((s) => kindOf(s) === 'predicate');
  const subject = before.trim().replace(/[,;:]$/, '');
  const last = tokenize(subject).pop();
  // The words before must end like a noun phrase ("Cllr Amos", "the head of waste services"), not a verb ("keep telling").
  if (predicate && last && !FUNCTION_WORDS.has(last.lower) && !PREDICATE_STARTS.has(last.lower) && !/ing$/.test(last.lower)) {
    const candidate = `${subject} ${predicate.trim()}${ending}`;
    if (readsWell(candidate, subject.length + 1, subject.length + 1 + predicate.trim().length)) return { start, end: sentence.end, text: candidate };
  }
  // A trailing clause removed with the separator before it: "…for Eastfield – another promise kept!".
  if (suggestions.includes('') && TERMINAL.test(after)) {
    const trimmed = before.trimEnd();
    const kept = SEPARATORS.includes(trimmed.slice(-1)) ? trimmed.slice(0, -1).trimEnd() : before;
    if (kept !== before && tokenize(kept).length > 2 && readsWell(`${kept}${after}`, kept.length)) {
      return { start, end: sentence.end, text: `${kept.trim()}${after.trimEnd()}` };
    }
  }
  // Nothing reads well in place: the sentence itself, and the space before it, can go.
  const spaceBefore = /\s*$/.exec(text.slice(0, start))?.[0].length ?? 0;
  return { start: start - (sentence.end === text.length ? spaceBefore : 0), end: sentence.end === text.length ? sentence.end : end(text, sentence.end), text: '' };
}

/** The closing marks of a sentence ("." or "?!" or ".”"), read backwards so no regex can backtrack. */
function terminalOf(body: string): string {
  let at = body.length;
  while (at > 0 && '"\')\u2019\u201D'.includes(body[at - 1]!)) at--;
  const quotes = at;
  while (at > 0 && '.!?\u2026'.includes(body[at - 1]!)) at--;
  return at === quotes ? '' : body.slice(at);
}

function end(text: string, at: number): number {
  return at + (/^\s*/.exec(text.slice(at))?.[0].length ?? 0);
}

/** A short lead-in that only names who or what ("Hi Leanne,", "Wheatfield Farm:"), not a clause of its own. */
function isLabel(lead: string): boolean {
  const trimmed = lead.trim();
  return (trimmed.endsWith(',') || trimmed.endsWith(':')) && tokenize(trimmed).length <= 4;
}

function withoutEnding(text: string): string {
  let at = text.length;
  while (at > 0 && '.!?'.includes(text[at - 1]!)) at--;
  return text.slice(0, at);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
