import { defineRule } from '../utils/engine/define';
import type { WatchTerm } from '../utils/engine/request';
import type { RawFinding } from '../utils/engine/types';
import { PhraseMatcher } from '../utils/text/phrases';

// Settings pass the same array on every check while typing, so build its matcher once.
const matchers = new WeakMap<readonly WatchTerm[], PhraseMatcher<WatchTerm>>();

function matcherFor(terms: readonly WatchTerm[]): PhraseMatcher<WatchTerm> {
  let matcher = matchers.get(terms);
  if (!matcher) {
    matcher = new PhraseMatcher(terms.map((term) => [term.term, term] as [string, WatchTerm]));
    matchers.set(terms, matcher);
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
