/**
 * Finds lexicon phrases in a text in one linear pass over its folded words,
 * with a word trie instead of one big regex alternation (which would try every
 * phrase at every position). A trailing `*` on a word matches any word that
 * starts with it ("insult*" matches "insulting").
 */
import type { Doc } from '../engine/doc';
import { fold, toOriginal } from './fold';
import type { Token } from './tokens';

export interface PhraseHit<T> {
  start: number;
  end: number;
  /** The original text of the span. */
  text: string;
  value: T;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  /** Stem children ("insult*"), bucketed by first character so a word checks only its bucket. */
  prefixes: Map<string, Array<[stem: string, child: TrieNode<T>]>>;
  values: T[];
}

const node = <T>(): TrieNode<T> => ({ next: new Map(), prefixes: new Map(), values: [] });
const hasChildren = <T>(at: TrieNode<T>) => at.next.size > 0 || at.prefixes.size > 0;

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
        if (stem === '') throw new Error(`a lone * matches every word: ${phrase}`);
        const bucket = at.prefixes.get(stem[0]!) ?? [];
        at.prefixes.set(stem[0]!, bucket);
        let child = bucket.find(([prefix]) => prefix === stem)?.[1];
        if (!child) bucket.push([stem, (child = node())]);
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
    const words = doc.foldedWords;
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < words.length; i++) this.#walk(this.#root, doc, words, i, i, hits);
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  // Depth-first from word `first`, one trie level per word: no per-word allocation,
  // and the depth is bounded by the longest phrase.
  #walk(at: TrieNode<T>, doc: Doc, words: Token[], first: number, j: number, hits: PhraseHit<T>[]): void {
    const word = words[j]!.text;
    const exact = at.next.get(word);
    if (exact) this.#reach(exact, doc, words, first, j, hits);
    if (at.prefixes.size === 0) return;
    const bucket = at.prefixes.get(word[0]!);
    if (bucket) for (const [stem, child] of bucket) if (word.startsWith(stem)) this.#reach(child, doc, words, first, j, hits);
  }

  #reach(at: TrieNode<T>, doc: Doc, words: Token[], first: number, j: number, hits: PhraseHit<T>[]): void {
    if (at.values.length > 0) {
      const span = toOriginal(doc.folded, words[first]!.start, words[j]!.end);
      const text = doc.text.slice(span.start, span.end);
      for (const value of at.values) hits.push({ start: span.start, end: span.end, text, value });
    }
    if (j + 1 < words.length && hasChildren(at)) this.#walk(at, doc, words, first, j + 1, hits);
  }
}
