/**
 * Long generated word lists (compromise's names and common words, WordNet's conditions, UK brands)
 * travel in every content script, so they are stored front-coded: each word as how many leading
 * characters it shares with the word before (one base-36 digit) and the rest. On sorted lists this
 * halves what gzip leaves of the common-word list ("abandon abandoned abandoning…"). Unpacked once,
 * on first use, in about a millisecond.
 */
const MAX_SHARED = 35;

export function packWords(words: readonly string[], separator: string): string {
  let previous = '';
  return words
    .map((word) => {
      if (word.includes(separator)) throw new Error(`packWords: "${word}" contains the separator "${separator}"`);
      let shared = 0;
      while (shared < MAX_SHARED && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
      previous = word;
      return shared.toString(36) + word.slice(shared);
    })
    .join(separator);
}

export function unpackWords(packed: string, separator: string): string[] {
  if (packed === '') return [];
  let previous = '';
  return packed.split(separator).map((item) => {
    previous = previous.slice(0, parseInt(item[0]!, 36)) + item.slice(1);
    return previous;
  });
}
