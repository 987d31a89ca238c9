import { defineRule } from '../utils/engine/define';
import { PhraseMatcher } from '../utils/text/phrases';
import { signalFindings } from './detect/disclosure';
import { SIGNALS, type SignalKind } from './data/confidentiality';
import { antipatternsOf, phrasesOf, type LexiconEntry } from './data/lexicon';

const KINDS: ReadonlySet<SignalKind> = new Set(['exempt', 'confidential', 'advice', 'staffing', 'unannounced']);
const ENTRIES = SIGNALS.filter((entry) => KINDS.has(entry.kind));
const MATCHER = new PhraseMatcher<LexiconEntry<SignalKind>>(phrasesOf(ENTRIES));
const ANTIPATTERNS = new PhraseMatcher<LexiconEntry<SignalKind>>(antipatternsOf(ENTRIES));

const MESSAGE_BY_KIND: Record<SignalKind, string> = {
  exempt: 'exempt',
  confidential: 'exempt',
  advice: 'advice',
  staffing: 'staffing',
  unannounced: 'staffing',
  confidence: 'exempt',
  secrecy: 'exempt',
};

export default defineRule({
  id: 'exempt-business',
  category: 'confidential',
  severity: 'high',
  description: 'Exempt (Part 2) or confidential council business, legal advice, leaked papers or staffing matters, especially when the draft reveals what they say.',
  source: 'Local Government Act 1972, s.100A-100I and Schedule 12A; LGA Model Councillor Code of Conduct (2020), para 4 (confidentiality)',
  url: 'https://www.legislation.gov.uk/ukpga/1972/70/schedule/12A',
  messages: {
    exempt: {
      message: 'This may disclose exempt or confidential business.',
      explanation:
        'Exempt (Part 2) reports, closed sessions, confidential briefings and leaked or embargoed papers are not public. Sharing what they say may breach the code of conduct and the council\u2019s duty of confidence. Say only what is published (the item\u2019s title on the agenda), or wait until the decision is public.',
    },
    advice: {
      message: 'This may reveal the council\u2019s legal advice.',
      explanation:
        'The council\u2019s legal advice is privileged and exempt (Schedule 12A para 5). Revealing it can waive privilege and weaken the council\u2019s position. Say what the council has decided, not what its lawyers advised.',
    },
    staffing: {
      message: 'This may disclose a confidential staffing matter.',
      explanation:
        'Information about individual officers, disciplinary matters and restructures before staff are told is exempt (Schedule 12A paras 1 and 4) and the council owes its staff confidentiality. Wait for the council\u2019s announcement.',
    },
  },
  examples: {
    flagged: [
      { text: 'Can\u2019t say much yet but the [[Part 2 report]] on the leisure centre contract at Cabinet tonight shows the operator wants out.' },
      { text: 'The [[exempt appendix]] puts the buyer\u2019s offer at \u00a34.2m, well below valuation.' },
      { text: 'Our [[legal advice]] says we would lose at appeal, so expect a climbdown on the depot.' },
      { text: 'Just been handed the [[leaked report]] on the bus depot. Grim reading.' },
      { text: 'There is a [[Part 2 item]] at Cabinet tonight on the depot land.', severity: 'medium' },
      { text: 'Another [[disciplinary hearing]] in the planning department next week.', severity: 'medium' },
      { text: 'Housing is being restructured: 30 [[redundancies]] and staff have not been told yet.' },
      // A refusal or a criticism of secrecy a sentence before does not excuse a disclosure after it.
      { text: 'I won\u2019t comment on rumours. But the [[Part 2 report]] shows the depot will be sold for \u00a32m.' },
      { text: 'Why all the secrecy at Cabinet? The [[Part 2 report]] shows the depot will be sold for \u00a32m.' },
      { text: '[[Counsel\u2019s opinion]] on the depot appeal: we\u2019ll lose and pay costs. The council won\u2019t tell you that.' },
    ],
    clean: [
      'Part 2 of our newsletter is out now, with the summer events.',
      'Item 9 (leisure contract) is a Part 2 item and will be taken in private, as the published agenda says.',
      'A useful meeting with the highways team about the potholes on Mill Lane.',
      'Council tax exemptions for care leavers start in April.',
      'Free legal advice clinic at the library every Tuesday.',
      'A leaked water main has flooded Mill Lane.',
      'The meeting is open to the public and will be webcast.',
      'Why is the leisure contract being decided behind closed doors? Publish the report.',
      'I oppose the restructure announced today: 40 jobs will go at the depot.',
      'Closed session? No. The licensing hearing is in public, come along at 10am.',
      'I\u2019m not going to comment on the rumours. Staffing matters are rightly confidential.',
      'Legal advice is privileged and I won\u2019t share it, but I will say I think the decision was wrong.',
      'Yes, I was at the closed session. No, I won\u2019t tell you what was said, and neither will anyone who wants to stay on the right side of the code.',
      'Members were told nothing new. Why is so much of Cabinet taken in private? I have asked for a review of our use of Schedule 12A.',
    ],
  },
  check({ doc }) {
    return signalFindings(doc, MATCHER, ANTIPATTERNS, (kind) => MESSAGE_BY_KIND[kind]);
  },
});
