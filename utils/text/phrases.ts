/**
 * Finds lexicon phrases in a text in one linear pass over its folded words,
 * with a word trie instead of one big regex alternation (which would try every
 * phrase at every position). A trailing `*` on a word matches any word that
 * starts with it ("insult*" matches "insulting").
 */
import type { Doc } from '../engine/doc';
import { fold, toOriginal } from './fold';

export interface PhraseHit<T> {
  start: number;
  end: number;
  /** The original text of the span. */
  text: string;
  value: T;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  prefixes: Array<[string, TrieNode<T>]>;
  values: T[];
}

const node = <T>(): TrieNode<T> => ({ next: new Map(), prefixes: [], values: [] });

export class PhraseMatcher<T> {
  #root: TrieNode<T> = node();

  constructor(entries: Iterable<[phrase: string, value: T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  /** Phrases are written as folded words separated by spaces: "part 2 report", "insult*". */
  add(phrase: string, value: T): this {
    const parts = fold(phrase).text.trim().split(/\s+/).filter(Boolean);
    if (parts.length === 0) throw new Error(`empty phrase for ${String(value)}`);
    let at = this.#root;
    for (const word of parts) {
      if (word.endsWith('*')) {
        const stem = word.slice(0, -1);
        let child = at.prefixes.find(([prefix]) => prefix === stem)?.[1];
        if (!child) at.prefixes.push([stem, (child = node())]);
        at = child;
      } else {
        let child = at.next.get(word);
        if (!child) at.next.set(word, (child = node()));
        at = child;
      }
    }
    at.values.push(value);
    return this;
  }

  /** All matches, longest first at each start, overlapping ones included. */
  find(doc: Doc): PhraseHit<T>[] {
    const folded = doc.folded;
    const words = doc.foldedWords;
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      let frontier: TrieNode<T>[] = [this.#root];
      for (let j = i; j < words.length && frontier.length > 0; j++) {
        const word = words[j]!.text;
        const following: TrieNode<T>[] = [];
        for (const at of frontier) {
          const exact = at.next.get(word);
          if (exact) following.push(exact);
          for (const [stem, child] of at.prefixes) if (word.startsWith(stem)) following.push(child);
        }
        for (const reached of following) {
          if (reached.values.length === 0) continue;
          const span = toOriginal(folded, words[i]!.start, words[j]!.end);
          for (const value of reached.values) hits.push({ ...span, text: doc.text.slice(span.start, span.end), value });
        }
        frontier = following;
      }
    }
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}
