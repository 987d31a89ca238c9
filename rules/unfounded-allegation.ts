import { defineRule } from '../utils/engine/define';
import type { RawFinding } from '../utils/engine/types';
import { aim } from './detect/aim';
import { PhraseMatcher } from '../utils/text/phrases';
import { targetOptionsFor, type TargetOptions } from './detect/targets';
import { endorsesQuoted } from '../utils/text/endorse';
import type { Doc } from '../utils/engine/doc';
import { ALLEGATIONS, type AllegationKind } from './data/allegations';
import { antipatternsOf, phrasesOf, withoutAntipatterns, type LexiconEntry } from './data/lexicon';
import { suggestionFor } from './personal-attack';
import { peopleIn } from './detect/people';
import { brokenBetween, wordsOf } from '../utils/text/words';

const MATCHER = new PhraseMatcher<LexiconEntry<AllegationKind>>(phrasesOf(ALLEGATIONS));
const ANTIPATTERNS = new PhraseMatcher<LexiconEntry<AllegationKind>>(antipatternsOf(ALLEGATIONS));

export default defineRule({
  id: 'unfounded-allegation',
  category: 'respect',
  severity: 'high',
  description: 'An allegation of corruption, crime or lying against an identifiable person ("Cllr Brown is corrupt", "the chief exec lied").',
  source: 'Defamation Act 2013 s.1; LGA Model Councillor Code of Conduct (2020), para 1 (respect) and para 5 (disrepute)',
  url: 'https://www.legislation.gov.uk/ukpga/2013/26/section/1',
  messages: {
    crime: {
      message: 'This may be an unsubstantiated allegation of wrongdoing.',
      explanation:
        'Saying a named or identifiable person is corrupt or committed a crime is defamatory unless it can be proved, and can bring the council into disrepute. If you have evidence, report it to the monitoring officer or the police. In public, criticise the decision and ask for an explanation.',
    },
    dishonesty: {
      message: 'This may accuse a person of lying.',
      explanation:
        'Calling an identifiable person a liar attacks their honesty rather than what they said, and may be defamatory. Say what was inaccurate and why, and ask them to correct it.',
    },
  },
  examples: {
    flagged: [
      { text: 'Cllr Brown [[is corrupt]].', suggestion: 'should explain this decision' },
      { text: 'The chief exec [[is a liar]].', severity: 'medium', suggestion: 'should explain this decision' },
      { text: 'Everyone knows he[[\'s on the take]].', suggestion: ' should explain this decision' },
      { text: 'The Leader has been [[lining his own pockets]] for years.' },
      { text: 'You [[lied]] to residents about the library.', request: { surface: 'reply' }, severity: 'medium', rewrite: '' },
      { text: 'Why should we trust [[corrupt]] Cllr Brown?' },
      { text: '[[Corrupt]] Cllr Brown strikes again.' },
      { text: 'I don\u2019t think the Leader is honest: she [[lied]] about the budget gap.', severity: 'medium' },
      { text: 'Cllr Okafor\u2019s brother got the contract. Funny that. [[Bent]] as a nine-bob note.' },
      { text: 'This. 100%.', request: { surface: 'quote', quoted: 'Cllr Hughes has had his snout in the trough since 2015.' } },
    ],
    clean: [
      'To be fair to Cllr Ward, I don\u2019t think she lied about the budget: the figures she was given were wrong.',
      'This administration lied about the budget.',
      'The Tories are corrupt and Labour have failed Riverside.',
      'Cllr Brown is not corrupt, whatever the leaflet says.',
      'Cllr Smith has withdrawn his claim that Cllr Brown was corrupt and apologised.',
      'The council is lying to itself about the deficit.',
      'My book group is reading The Liar by Stephen Fry.',
      // A pub's name: the Crooked Billet is a common one.
      'The Crooked Billet has been granted its licence, and the Dodgy Dog Theatre Company play there on Friday.',
      'Crooked Billet licence hearing moved to Tuesday.',
      { text: 'Disgraceful smear. Cllr Hughes deserves an apology.', request: { surface: 'quote', quoted: 'Cllr Hughes has had his snout in the trough since 2015.' } },
      ...ALLEGATIONS.flatMap((entry) => entry.falsePositives.map((fp) => fp.clean)),
    ],
  },
  check({ input, doc, quotedDoc }) {
    const findings = findAllegations(doc, targetOptionsFor(input.surface, doc));
    if (endorsesQuoted(input)) for (const finding of findAllegations(quotedDoc, targetOptionsFor('post', quotedDoc))) findings.push({ ...finding, in: 'quoted' });
    return findings;
  },
});

function findAllegations(doc: Doc, options: TargetOptions): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const hit of withoutAntipatterns(MATCHER.find(doc), ANTIPATTERNS.find(doc))) {
    if (partOfName(doc, hit.start, hit.end)) continue;
    const found = aim(doc, hit.start, hit.end, hit.value.kind, options);
    if (!found) continue;
    const severity = hit.value.severity ?? 'high';
    const last = findings[findings.length - 1];
    if (last && found.start < last.end) {
      last.end = Math.max(last.end, found.end);
      if (severity === 'high') {
        last.severity = 'high';
        last.messageId = 'crime';
      }
      continue;
    }
    findings.push({
      start: found.start,
      end: found.end,
      messageId: severity === 'high' ? 'crime' : 'dishonesty',
      severity,
      suggestions: [found.shape === 'copular' ? `${found.copula.startsWith(' ') ? ' ' : ''}should explain this decision` : suggestionFor(found, 'should explain this decision')],
    });
  }
  return findings;
}

/**
 * "The Crooked Anchor", "Crooked Billet licence": a capitalised word of the lexicon running straight
 * into another capitalised word is part of a pub's, a firm's or a place's name, not an allegation,
 * unless that word begins a person ("Corrupt Cllr Haig", "Crooked Dave Price"). Shouting in
 * capitals is not a name.
 */
function partOfName(doc: Doc, start: number, end: number): boolean {
  const words = wordsOf(doc);
  const first = words.findIndex((word) => word.start >= start);
  if (first < 0 || !words[first]!.capitalised || doc.text.slice(start, end) === doc.text.slice(start, end).toUpperCase()) return false;
  const last = words.findIndex((word) => word.end >= end);
  const next = words[last + 1];
  if (last < 0 || !next?.capitalised || brokenBetween(words, last, last + 1)) return false;
  return !peopleIn(doc).some((person) => person.start === next.start || (person.start <= start && person.end > next.start && person.evidence !== 'context'));
}
