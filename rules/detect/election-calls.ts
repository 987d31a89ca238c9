/**
 * Finds appeals for votes ("Vote for me on 7 May", "Re-elect Sarah Idris",
 * "Put your cross next to Dev Singh", "I'd really appreciate your vote") in one
 * pass: trigger phrases from rules/data/election-calls.ts through a
 * PhraseMatcher, then a bounded look at the few tokens after each trigger for
 * who is to be voted for (me/us, a party, a person's name) and when ("on
 * Thursday"). The span is the call with its object and polling date.
 */
import type { Doc } from '../../utils/engine/doc';
import { peopleIn } from './people';
import {
  CALLS,
  CANDIDATE_TITLES,
  COMPETITION_CUES,
  DATE_WORDS,
  NOT_CANDIDATES,
  OFFICES,
  POLL_WORDS,
  TEAM_WORDS,
  type CallEntry,
  type CallKind,
} from '../data/election-calls';
import { STREET_SUFFIXES, ORGANISATION_SUFFIXES } from '../data/places';
import { phrasesOf } from '../data/lexicon';
import { PhraseMatcher } from '../../utils/text/phrases';
import { tokenAfter } from '../../utils/text/tokens';
import { findParties, hashtagParty, type PartyHit } from './parties';
import { askedAndDenied } from './denial';

export interface ElectionCall {
  start: number;
  end: number;
  text: string;
  kind: CallKind | 'hashtag';
}

const MATCHER = new PhraseMatcher<CallEntry>(phrasesOf(CALLS));
const ME_US = new Set(['me', 'us']);
const NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/;
/** Council business, not an election: "voted to re-elect Cllr Jones as Chair". */
const AS_OFFICE = new Set(['chair', 'chairman', 'chairwoman', 'vice-chair', 'chairperson', 'mayor', 'leader', 'president', 'deputy', 'sheriff']);
/** After a one-word surname: the end of the appeal (punctuation, an emoji, the end of the post). */
const CALL_ENDS = /^\s*(?:$|[.!,;:)]|[^\p{L}\p{N}\s'\u2019])/u;
/** Capitalised words after "Vote" that are not surnames. */
const SURNAME_NOT = new Set(['here', 'early', 'online', 'wisely', 'tactically', 'brexit', 'again', 'local', 'smart', 'today', 'tomorrow', 'now', 'yes', 'no', 'leave', 'remain', 'out', 'in', 'up', 'down', 'best', 'please', 'now!']);
const COUNCIL_VOTERS = new Set(['voted', 'agreed', 'resolved', 'unanimously', 'will', 'to', 'council', 'members']);

/** Per Doc: the political and imprint rules both ask. */
const CALLS_MEMO = Symbol('election calls');

export const findElectionCalls = (doc: Doc): ElectionCall[] => doc.memo(CALLS_MEMO, () => scan(doc));

function scan(doc: Doc): ElectionCall[] {
  const text = doc.text;
  const tokens = doc.tokens;
  if (tokens.length === 0) return [];
  const at = new Map<number, number>();
  tokens.forEach((token, i) => at.set(token.start, i));
  let parties: Map<number, PartyHit> | undefined;
  const partyAt = (i: number): PartyHit | undefined => {
    parties ??= new Map(findParties(doc).map((hit) => [hit.start, hit]));
    const token = tokens[i];
    return token ? parties.get(token.start) : undefined;
  };
  const after = (end: number): number => tokenAfter(tokens, end);
  // Tokens i and j are in the same clause: only spaces (or a dash inside a name) between them.
  const joined = (i: number, j: number): boolean => {
    const a = tokens[i];
    const b = tokens[j];
    return !!a && !!b && /^[ \t]+$/.test(text.slice(a.end, b.start));
  };
  const sameSentence = (i: number, j: number): boolean => {
    const a = tokens[i];
    const b = tokens[j];
    return !!a && !!b && !/[.!?\n]/.test(text.slice(a.end, b.start));
  };

  /** A candidate's name from token j: an optional title and 1-3 capitalised words. Returns the last index. */
  const nameFrom = (j: number, minWords: number): number | undefined => {
    let k = j;
    const first = tokens[k];
    if (!first || !sameSentence(j - 1, j) || !first.capitalised) return undefined;
    const titled = CANDIDATE_TITLES.has(first.lower.replace(/\.$/, ''));
    if (titled) k++;
    let last = -1;
    for (let n = 0; n < 3 && tokens[k]?.capitalised && (k === j || joined(k - 1, k)); n++, k++) last = k;
    if (last < 0) return undefined;
    const words = tokens.slice(titled ? j + 1 : j, last + 1);
    if (!titled && words.length < minWords) return undefined;
    if (NOT_CANDIDATES.has(words[0]!.lower)) return undefined;
    const tail = words[words.length - 1]!.lower.replace(/['\u2019]s$/, '');
    // "Riverton Park" is a place; "Helen Ward" a person: ask the people finder only then.
    if (!titled && (STREET_SUFFIXES.has(tail) || ORGANISATION_SUFFIXES.has(tail)) && !peopleIn(doc).some((p) => p.start === first.start)) return undefined;
    if (words.some((word) => DATE_WORDS.has(word.lower))) return undefined;
    return last;
  };

  /**
   * "Vote Threlfall!", "Vote Costello.", "vote Mistry for Lowgate", "Vote Harkin on the 7th": one capitalised word is a
   * candidate's surname when the appeal ends there or goes on to the ward or the polling day ("Vote Leave" and "Vote now" do not count).
   */
  const surnameFrom = (j: number, placedOrDated = false): number | undefined => {
    if (nameFrom(j, 1) !== j || SURNAME_NOT.has(tokens[j]!.lower)) return undefined;
    if (whenFrom(j + 1) !== undefined) return j;
    const next = tokens[j + 1];
    if (next && (next.lower === 'in' || next.lower === 'for') && joined(j, j + 1) && tokens[j + 2]?.capitalised && joined(j + 1, j + 2)) {
      // The ward is part of the appeal: "vote Mistry for Lowgate", "vote Birch in Holt End".
      let last = j + 2;
      while (last < j + 4 && tokens[last + 1]?.capitalised && joined(last, last + 1)) last++;
      return last;
    }
    return !placedOrDated && CALL_ENDS.test(text.slice(tokens[j]!.end)) ? j : undefined;
  };

  /** A party from token j (skipping "the"). Returns the last token index of the party's name. */
  const partyFrom = (j: number): number | undefined => {
    const start = tokens[j]?.lower === 'the' && joined(j, j + 1) ? j + 1 : j;
    const hit = partyAt(start);
    if (hit) return after(hit.end) - 1;
    // After "vote", a bare party name counts even in lower case or as plain "Green".
    const word = tokens[start]?.lower;
    if (word && BARE_PARTIES.has(word) && sameSentence(j - 1, start)) {
      if ((word === 'lib' || word === 'liberal') && tokens[start + 1]) return start + 1 + (tokens[start + 2]?.lower === 'uk' ? 1 : 0);
      if (word === 'reform' || word === 'plaid') return tokens[start + 1]?.lower === 'uk' || tokens[start + 1]?.lower === 'cymru' ? start + 1 : start;
      return start;
    }
    return undefined;
  };

  /** "on 7 May", "on the 7th", "on Thursday", "on polling day", "this Thursday", "at the election". Returns the last index or undefined. */
  const whenFrom = (j: number): number | undefined => {
    const first = tokens[j];
    if (!first || !sameSentence(j - 1, j)) return undefined;
    if (first.lower === 'on' || first.lower === 'this' || first.lower === 'next') {
      let last: number | undefined;
      for (let k = first.lower === 'on' ? j + 1 : j; k < j + 4 && tokens[k] && joined(k - 1, k); k++) {
        const word = tokens[k]!.lower;
        if (!(DATE_WORDS.has(word) || NUMBER.test(word))) break;
        if (word !== 'the' && word !== 'this' && word !== 'next') last = k;
      }
      return last;
    }
    if (first.lower === 'tomorrow' || first.lower === 'today') return j;
    if ((first.lower === 'at' || first.lower === 'in') && tokens[j + 1]?.lower === 'the' && POLL_WORDS.has(tokens[j + 2]?.lower ?? '')) return j + 2;
    return undefined;
  };

  // Competition cues per sentence, computed once per sentence (a long paste has many calls).
  const competitionBySentence = new Map<number, boolean>();
  const competition = (start: number): boolean => {
    const sentence = doc.sentenceAt(start);
    let cached = competitionBySentence.get(sentence.start);
    if (cached === undefined) {
      cached = false;
      for (let k = after(sentence.start); k < tokens.length && tokens[k]!.start < sentence.end; k++) if (COMPETITION_CUES.has(tokens[k]!.lower)) { cached = true; break; }
      competitionBySentence.set(sentence.start, cached);
    }
    return cached;
  };

  const calls: ElectionCall[] = [];
  let coveredTo = -1;
  const push = (start: number, lastToken: number, kind: ElectionCall['kind']) => {
    const end = Math.max(tokens[lastToken]!.end, start);
    // Keep a directly following "!" (the call's own punctuation).
    const bang = text[end] === '!' ? end + 1 : end;
    calls.push({ start, end: bang, text: text.slice(start, bang), kind });
    coveredTo = bang;
  };

  for (const hit of MATCHER.find(doc)) {
    if (hit.start < coveredTo) continue;
    const i = at.get(hit.start);
    if (i === undefined) continue;
    const j = after(hit.end);
    const kind = hit.value.kind;
    const lastOfHit = j - 1;
    const withWhen = (last: number) => whenFrom(last + 1) ?? last;
    switch (kind) {
      case 'vote-for': {
        const word = tokens[j]?.lower;
        if (word && ME_US.has(word) && sameSentence(j - 1, j)) push(hit.start, withWhen(j), kind);
        else {
          const party = partyFrom(j);
          if (party !== undefined) push(hit.start, withWhen(party), kind);
          else {
            const name = nameFrom(j, 1);
            if (name !== undefined && !competition(hit.start)) push(hit.start, withWhen(name), kind);
          }
        }
        break;
      }
      case 'vote-name':
      case 'elect': {
        if (kind === 'elect' && tokens[j]?.lower && ME_US.has(tokens[j]!.lower) && sameSentence(j - 1, j)) {
          push(hit.start, withWhen(j), kind);
          break;
        }
        // "register to vote", "how to vote": after "to" only a party or a candidate with a ward or a day ("remember to vote Green", "to vote Birch in Holt End").
        const infinitive = kind === 'vote-name' && tokens[i - 1]?.lower === 'to';
        if (infinitive && tokens[i - 2]?.lower === 'how') break;
        const party = partyFrom(j);
        const name = party === undefined ? (infinitive ? undefined : nameFrom(j, 2)) ?? (kind === 'vote-name' ? surnameFrom(j, infinitive) : undefined) : undefined;
        const last = party ?? name;
        if (last === undefined || asOffice(last + 1) || (name !== undefined && competition(hit.start))) break;
        if (kind === 'elect' && COUNCIL_VOTERS.has(tokens[i - 1]?.lower ?? '')) break;
        push(hit.start, withWhen(last), kind);
        break;
      }
      case 're-elect': {
        if (COUNCIL_VOTERS.has(tokens[i - 1]?.lower ?? '') && tokens[i - 1]?.lower !== 'to') break;
        if (tokens[i - 1]?.lower === 'to' && COUNCIL_VOTERS.has(tokens[i - 2]?.lower ?? '')) break;
        let last: number | undefined;
        for (let k = j; k < j + 6 && tokens[k] && sameSentence(k - 1, k) && (k === j || joined(k - 1, k)); k++) {
          const token = tokens[k]!;
          if (token.capitalised || TEAM_WORDS.has(token.lower) || partyAt(k)) last = k;
          else break;
        }
        if (last === undefined || asOffice(last + 1)) break;
        // "…team in Northgate"
        if (tokens[last + 1]?.lower === 'in' && tokens[last + 2]?.capitalised && joined(last, last + 1) && joined(last + 1, last + 2)) last += 2;
        push(hit.start, withWhen(last), kind);
        break;
      }
      case 'cross': {
        const party = partyFrom(j);
        // "...next to my name on Thursday", "...my name please": a rota sheet has no polling day.
        const myName = tokens[j]?.lower === 'my' && tokens[j + 1]?.lower === 'name' && joined(j, j + 1);
        const nameWhen = myName ? whenFrom(j + 2) : undefined;
        const mine = nameWhen ?? (myName && (tokens[j + 2]?.lower === 'please' || CALL_ENDS.test(text.slice(tokens[j + 1]!.end))) ? j + 1 : undefined);
        const name = party === undefined ? mine ?? nameFrom(j, 1) : undefined;
        // "Put a cross next to the services you use" is a form: only a candidate, a party or "my name" makes it a ballot.
        if (party !== undefined || name !== undefined) push(hit.start, (party ?? name)!, kind);
        break;
      }
      case 'back': {
        if (!sentenceInitial(text, hit.start)) break;
        // "Back me on 7 May": the author, on polling day.
        const me = tokens[j] && ME_US.has(tokens[j]!.lower) && joined(j - 1, j) ? whenFrom(j + 1) : undefined;
        if (me !== undefined) {
          push(hit.start, me, kind);
          break;
        }
        const name = nameFrom(j, 2);
        if (name === undefined) break;
        const when = whenFrom(name + 1);
        if (when !== undefined) {
          push(hit.start, when, kind);
          break;
        }
        if (tokens[name + 1]?.lower !== 'for' || !sameSentence(name, name + 1)) break;
        let last: number | undefined;
        for (let k = name + 2; k < name + 8 && tokens[k] && joined(k - 1, k); k++) {
          const token = tokens[k]!;
          if (token.capitalised || token.lower === 'and' || OFFICES.has(token.lower)) last = token.lower === 'and' ? last : k;
          else break;
        }
        if (last === undefined || !tokens.slice(name + 2, last + 1).some((t) => OFFICES.has(t.lower))) break;
        push(hit.start, withWhen(last), kind);
        break;
      }
      case 'support':
      case 'appeal-when': {
        const when = whenFrom(j);
        if (when !== undefined) push(hit.start, when, kind);
        break;
      }
      case 'appeal':
        push(hit.start, withWhen(lastOfHit), kind);
        break;
    }
  }

  // Campaign hashtags: "#VoteIndependent", "#VoteLabour", "#ReElectSarah".
  const phraseCalls = calls.length;
  let c = 0;
  for (const token of tokens) {
    if (text[token.start - 1] !== '#') continue;
    const lower = token.lower.replace(/['\u2019-]/g, '');
    const isCall = (lower.startsWith('vote') && (hashtagParty(lower) !== undefined || lower.startsWith('votefor'))) || lower.startsWith('reelect');
    if (!isCall) continue;
    while (c < phraseCalls && calls[c]!.end < token.end) c++;
    if (c < phraseCalls && calls[c]!.start <= token.start) continue;
    calls.push({ start: token.start - 1, end: token.end, text: `#${token.text}`, kind: 'hashtag' });
  }
  return calls.filter((call) => !askedAndDenied(doc, call.start)).sort((a, b) => a.start - b.start);

  function asOffice(k: number): boolean {
    return tokens[k]?.lower === 'as' && AS_OFFICE.has(tokens[k + 1]?.lower ?? '');
  }
}

/** Party names that count bare after "vote" ("vote green", "vote Lib Dem"). */
const BARE_PARTIES = new Set(['labour', 'conservative', 'conservatives', 'tory', 'tories', 'green', 'greens', 'lib', 'libdem', 'libdems', 'liberal', 'reform', 'snp', 'plaid', 'independent', 'independents', 'ukip', 'sdlp', 'dup', 'uup']);

/** The trigger opens a sentence or a clause after a colon or dash. */
function sentenceInitial(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start).trimEnd();
  return before === '' || /[.!?:\n\u2013\u2014-]$/.test(before);
}
