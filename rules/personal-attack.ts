import { defineRule } from '../utils/engine/define';
import type { RawFinding, Severity } from '../utils/engine/types';
import { aim, type Aim } from './detect/aim';
import { PhraseMatcher } from '../utils/text/phrases';
import { targetOptionsFor, type TargetOptions } from './detect/targets';
import { endorsesQuoted } from '../utils/text/endorse';
import type { Doc } from '../utils/engine/doc';
import { INSULTS, type InsultKind } from './data/insults';
import { antipatternsOf, phrasesOf, withoutAntipatterns, type LexiconEntry } from './data/lexicon';

const MATCHER = new PhraseMatcher<LexiconEntry<InsultKind>>(phrasesOf(INSULTS));
const ANTIPATTERNS = new PhraseMatcher<LexiconEntry<InsultKind>>(antipatternsOf(INSULTS));
/** Posts held by officers: a "disgrace" aimed at them is an attack, at a politician it is politics. */
const OFFICER_ROLE = /\b(?:officer|executive|exec|ceo|clerk|director|head|manager|solicitor|lawyer|inspector|planner)\b/i;

function severityOf(kind: InsultKind, found: Aim, text: string): Severity {
  if (kind !== 'mild') return 'medium';
  const aimedAtOfficer = found.target.kind === 'role' && OFFICER_ROLE.test(text.slice(found.target.start, found.target.end));
  return aimedAtOfficer || found.target.kind === 'you' ? 'medium' : 'low';
}

export function suggestionFor(found: Aim, replacement: string): string {
  return found.shape === 'copular' ? `${found.copula} ${replacement}` : found.shape === 'subject' ? `${found.copula}${replacement}` : '';
}

export default defineRule({
  id: 'personal-attack',
  category: 'respect',
  severity: 'medium',
  description: 'Insults and name-calling aimed at an identifiable person, above all at officers, rather than at what they decided.',
  source: 'LGA Model Councillor Code of Conduct (2020), para 1 (respect) and para 2 (bullying); Heesom v Public Services Ombudsman for Wales [2014] EWHC 1504 (Admin)',
  url: 'https://www.local.gov.uk/publications/local-government-association-model-councillor-code-conduct-2020',
  messages: {
    insult: {
      message: 'This may read as a personal attack.',
      explanation:
        'The code of conduct asks councillors to treat officers, other councillors and the public with respect. Robust criticism of decisions and policies is protected political speech; insulting the person is not, and officers cannot answer back in public. Criticise the decision, not the person.',
    },
  },
  examples: {
    flagged: [
      { text: 'Cllr Brown [[is a moron]].', suggestion: 'is wrong about this' },
      { text: 'Once again the [[useless]] planning officer Sarah Jenkins has lost the file.', suggestion: '' },
      { text: "Frankly you're the [[stupidest]] officer I've ever dealt with.", request: { surface: 'dm' } },
      { text: 'Thanks for nothing, [[you absolute clown]].', request: { surface: 'reply' }, rewrite: 'Thanks for nothing.' },
      { text: 'The chief executive [[is a disgrace]] and should go.' },
      { text: 'The head of housing [[is clueless]].', suggestion: 'is wrong about this' },
      { text: 'Cllr Brown [[is a disgrace]].', severity: 'low' },
      { text: 'Trevor Simms from Housing [[couldn\u2019t run a bath]].', suggestion: 'got this wrong' },
      { text: '[[Are you stupid or just lazy]]?', request: { surface: 'reply' }, rewrite: '' },
      { text: 'Cllr Singh voted for the cuts again. [[Parasite]].', rewrite: '' },
    ],
    clean: [
      'This budget is a disgrace and the decision was shambolic.',
      'The council is incompetent on potholes and this app is useless.',
      'Labour have failed Riverside.',
      'Cllr Brown is not an idiot; he is simply wrong on this.',
      'What a nightmare the bins were this week.',
      { text: 'You absolute clown, says the leaflet about the circus.', request: { surface: 'post' } },
      ...INSULTS.flatMap((entry) => entry.falsePositives.map((fp) => fp.clean)),
    ],
  },
  check({ input, doc, quotedDoc }) {
    const findings = findInsults(doc, targetOptionsFor(input.surface, doc));
    if (endorsesQuoted(input)) for (const finding of findInsults(quotedDoc, targetOptionsFor('post', quotedDoc))) findings.push({ ...finding, in: 'quoted' });
    return findings;
  },
});

function findInsults(doc: Doc, options: TargetOptions): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const hit of withoutAntipatterns(MATCHER.find(doc), ANTIPATTERNS.find(doc))) {
    const found = aim(doc, hit.start, hit.end, hit.value.kind, options);
    if (!found) continue;
    const last = findings[findings.length - 1];
    if (last && found.start < last.end) {
      last.end = Math.max(last.end, found.end);
      continue;
    }
    const suggestion = found.shape === 'subject' ? `${found.copula}got this wrong` : suggestionFor(found, 'wrong about this');
    // Deleting a superlative ("the stupidest officer I've ever dealt with") leaves a sentence that
    // no longer reads ("the officer I've ever dealt with"): offer no deletion, only the panel's advice.
    const superlative = suggestion === '' && /est$/i.test(doc.text.slice(found.start, found.end));
    findings.push({
      start: found.start,
      end: found.end,
      messageId: 'insult',
      severity: severityOf(hit.value.kind, found, doc.text),
      suggestions: superlative ? [] : [suggestion],
    });
  }
  return findings;
}
