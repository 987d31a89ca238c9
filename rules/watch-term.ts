import { defineRule } from '../utils/engine/define';
import type { WatchTerm } from '../utils/engine/request';
import type { RawFinding } from '../utils/engine/types';
import { PhraseMatcher } from '../utils/text/phrases';

// Settings pass the same array on every check while typing; the CLI, the tests and the popup's
// scratchpad parse a new, equal array for each check. Keyed by content, so both build the matcher
// once (it was a tenth of every check() with a council's 50 terms); a few lists are kept.
const keys = new WeakMap<readonly WatchTerm[], string>();
const matchers = new Map<string, PhraseMatcher<WatchTerm>>();

function matcherFor(terms: readonly WatchTerm[]): PhraseMatcher<WatchTerm> {
  let key = keys.get(terms);
  if (key === undefined) keys.set(terms, (key = terms.map((term) => `${term.term}\u0001${term.category}\u0001${term.note ?? ''}`).join('\u0000')));
  let matcher = matchers.get(key);
  if (!matcher) {
    if (matchers.size >= 8) matchers.delete(matchers.keys().next().value!);
    matcher = new PhraseMatcher(terms.map((term) => [term.term, term] as [string, WatchTerm]));
    matchers.set(key, matcher);
  }
  return matcher;
}

export default defineRule({
  id: 'watch-term',
  category: 'confidential',
  severity: 'medium',
  description: 'A word or phrase you (or your council) asked to be warned about, such as a local case name or a sensitive site, in the category you chose.',
  source: 'Your own watch list (settings); your council\u2019s social media policy',
  messages: {
    found: {
      message: '\u201c{term}\u201d is on your watch list.',
      explanation: 'You asked to be warned before posting this. {note}',
    },
  },
  examples: {
    flagged: [
      {
        text: 'Update on the [[Harbour Mill]] situation tomorrow.',
        request: { watchTerms: [{ term: 'Harbour Mill', category: 'confidential', note: 'Subject to an ongoing legal case.' }] },
      },
      {
        text: 'Met the family from [[harbour mill]] today.',
        request: { watchTerms: [{ term: 'Harbour Mill', category: 'confidential' }] },
      },
    ],
    clean: [
      { text: 'The harbour is lovely today.', request: { watchTerms: [{ term: 'Harbour Mill', category: 'confidential' }] } },
      'Harbour Mill open day on Saturday.', // no watch list
    ],
  },
  check({ input, doc }) {
    const terms = input.watchTerms;
    if (!terms?.length) return [];
    return matcherFor(terms)
      .find(doc)
      .map(
        (hit): RawFinding => ({
          start: hit.start,
          end: hit.end,
          messageId: 'found',
          category: hit.value.category,
          data: { term: hit.value.term, note: hit.value.note ?? '' },
        }),
      );
  },
});
