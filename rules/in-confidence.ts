import { defineRule } from '../utils/engine/define';
import { PhraseMatcher } from '../utils/text/phrases';
import { signalFindings } from './detect/disclosure';
import { SIGNALS, type SignalKind } from './data/confidentiality';
import { antipatternsOf, phrasesOf, type LexiconEntry } from './data/lexicon';

const KINDS: ReadonlySet<SignalKind> = new Set(['confidence', 'secrecy']);
const ENTRIES = SIGNALS.filter((entry) => KINDS.has(entry.kind));
const MATCHER = new PhraseMatcher<LexiconEntry<SignalKind>>(phrasesOf(ENTRIES));
const ANTIPATTERNS = new PhraseMatcher<LexiconEntry<SignalKind>>(antipatternsOf(ENTRIES));

export default defineRule({
  id: 'in-confidence',
  category: 'confidential',
  severity: 'high',
  description: 'Information received in confidence, or a hint that council business is not public yet ("between us", "can\u2019t say much but").',
  source: 'LGA Model Councillor Code of Conduct (2020), para 4.1 (confidential information)',
  url: 'https://www.local.gov.uk/publications/local-government-association-model-councillor-code-conduct-2020',
  messages: {
    confidence: {
      message: 'This may share something told to you in confidence.',
      explanation:
        'Information given to a councillor in confidence (by officers, partners or residents) must not be disclosed without consent, unless disclosure is required by law or clearly in the public interest.',
    },
    secrecy: {
      message: 'This hints at council business that is not public yet.',
      explanation:
        'Phrases like \u201cbetween us\u201d or \u201ccan\u2019t say much but\u201d signal information that has not been published. Posting a hint can still disclose confidential business. Wait until the council has published it.',
    },
  },
  examples: {
    flagged: [
      { text: 'An officer [[told me in confidence]] that the library will close in March.' },
      { text: '[[Between us]], the leisure centre operator wants out of the contract.' },
      { text: '[[Not public yet]] but the depot site is being sold to the developer.' },
      { text: '[[Can\u2019t say much]] about tonight\u2019s Cabinet meeting.', severity: 'medium' },
    ],
    clean: [
      'You can contact me in confidence about any problem.',
      'I have every confidence in our officers.',
      'Between us we delivered 3,000 leaflets this weekend!',
      'Can\u2019t say much but well done to everyone who ran today.',
      'I can\u2019t say much until the report is published next week.',
    ],
  },
  check({ doc }) {
    return signalFindings(doc, MATCHER, ANTIPATTERNS, (kind) => (kind === 'confidence' ? 'confidence' : 'secrecy'));
  },
});
