import { defineRule } from '../utils/engine/define';
import type { RawFinding } from '../utils/engine/types';
import { PhraseMatcher } from '../utils/text/phrases';
import { quoteOpenAt } from './detect/aim';
import { subjectEndingAt, targetStartingAt, type TargetOptions } from './detect/targets';
import { brokenBetween, wordsOf, type Word } from '../utils/text/words';
import type { Doc } from '../utils/engine/doc';
import { endorsesQuoted } from '../utils/text/endorse';
import { THREAT_LEXICON, type ThreatKind } from './data/threats';
import { antipatternsOf, phrasesOf, withoutAntipatterns, type LexiconEntry } from './data/lexicon';

const MATCHER = new PhraseMatcher<LexiconEntry<ThreatKind>>(phrasesOf(THREAT_LEXICON));
const ANTIPATTERNS = new PhraseMatcher<LexiconEntry<ThreatKind>>(antipatternsOf(THREAT_LEXICON));

/** A wish or an intention: "I'd", "someone should", "gonna", "I want to". */
const FRAMES = new Set([
  'should', 'shd', 'ought', 'would', 'will', 'gonna', 'wanna', 'going', 'want', 'wants', 'like', 'love', 'could', 'might', 'lets',
  'must', 'need', 'needs', 'tempted', 'mind', 'happily', 'gladly', 'dare', 'shall', 'can', 'hope', 'hoping', 'wish',
]);
const SUBJECTS = new Set(['i', 'we', 'someone', 'somebody', 'anyone', 'anybody', 'people', 'you', 'they', 'he', 'she', 'let']);
const NEGATIONS = new Set(['not', 'never', 'nobody', 'no']);
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my', 'our', 'your', 'its', 'this', 'that']);
const PERSON_OBJECTS = new Set(['him', 'her', 'you', 'ya', 'u', 'them']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'your', 'ya']);
const BODY = new Set(['face', 'head', 'teeth', 'nose', 'jaw', 'legs', 'leg', 'neck', 'lights', 'block', 'kneecaps', 'knees', 'throat', 'arms', 'ribs']);
const PROPERTY = new Set([
  'car', 'cars', 'house', 'home', 'office', 'offices', 'window', 'windows', 'tyres', 'van', 'hall', 'chamber', 'centre', 'depot',
  'building', 'shop', 'door', 'place', 'flat', 'garage', 'caravan', 'surgery', 'hq', 'headquarters', 'offices',
]);
/** What a beating is called after "give him a (good)": "hiding", "kicking", "slap". Not "hammering" or "thrashing", which are ballot-box talk. */
const BEATINGS = new Set([
  'slap', 'slapping', 'kicking', 'hiding', 'beating', 'battering', 'shoeing', 'smack', 'punch', 'thump', 'thumping', 'kick',
  'leathering', 'doing', 'clip', 'whack', 'belting', 'headbutt', 'kneecapping', 'glassing',
]);
const BEATING_FILLERS = new Set(['a', 'an', 'good', 'proper', 'real', 'right', 'bloody', 'sound', 'severe', 'little', 'quick', 'old-fashioned', 'serious']);
/** What someone is said to know the place of: "I know where he lives / parks / drinks". */
const WHEREABOUTS = new Set(['live', 'lives', 'lived', 'sleep', 'sleeps', 'park', 'parks', 'work', 'works', 'drink', 'drinks', 'go', 'goes', 'walk', 'walks', 'shop', 'shops', 'stay', 'stays']);
const WHO = new Set(['you', 'u', 'ya', 'he', 'she', 'they']);
/** "I know where your wife works": family named by a possessive. */
const FAMILY = new Set(['wife', 'husband', 'partner', 'kids', 'kid', 'children', 'child', 'family', 'mum', 'mother', 'dad', 'father', 'daughter', 'son', 'missus', 'parents']);

/** Reporting a threat received, not making one. */
const REPORTED = /\b(?:police|reported|threatened|threats? (?:to|against|of)|received|sent me|told me|abuse|condemn|unacceptable|investigat)/i;

const OPTIONS: TargetOptions = { allowYou: true };

function firstWordAt(words: Word[], start: number): number {
  return words.findIndex((word) => word.end > start);
}

/** The start of "someone should" / "I'd happily" before the verb at i, or -1 without a wish or intention. */
function frameStart(words: Word[], i: number): number {
  let frame = -1;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (brokenBetween(words, k, k + 1)) break;
    const text = words[k]!.text;
    if (NEGATIONS.has(text)) return -1;
    if (FRAMES.has(text)) frame = k;
  }
  if (frame < 0) return -1;
  const subject = words[frame - 1];
  return subject && SUBJECTS.has(subject.text) && !brokenBetween(words, frame - 1, frame) ? frame - 1 : frame;
}

/** The last word of the person or property after the verb ending at j, or -1. */
function objectEnd(doc: Doc, words: Word[], j: number, kind: ThreatKind): number {
  for (let k = j + 1; k < Math.min(words.length, j + 5); k++) {
    if (brokenBetween(words, k - 1, k)) return -1;
    const text = words[k]!.text;
    if (k === j + 1 && PERSON_OBJECTS.has(text) && !(kind === 'harm' && text === 'them')) {
      const next = words[k + 1];
      // "her car", "her face": the possessive reading.
      if (text === 'her' && next && (BODY.has(next.text) || PROPERTY.has(next.text))) return k + 1;
      return k;
    }
    if (k === j + 1 && kind === 'harm') {
      const target = targetStartingAt(doc, k, OPTIONS);
      if (target) return target.last;
    }
    if (POSSESSIVES.has(text) || text.endsWith("'s")) {
      const next = words[k + 1];
      if (next && (BODY.has(next.text) || PROPERTY.has(next.text))) return k + 1;
    }
    if (kind === 'damage' && PROPERTY.has(text)) return k;
    if (kind === 'harm' && k > j + 1) return -1;
  }
  return -1;
}

/** The last word of a person named right after word j ("him", "Cllr Brown", "that planning officer"), or -1. */
function personAfter(doc: Doc, words: Word[], j: number): number {
  const next = words[j + 1];
  if (!next || brokenBetween(words, j, j + 1)) return -1;
  if (PERSON_OBJECTS.has(next.text) && next.text !== 'them') return j + 1;
  const target = targetStartingAt(doc, j + 1, OPTIONS);
  return target ? target.last : -1;
}

export default defineRule({
  id: 'threat',
  category: 'respect',
  severity: 'high',
  description: 'Threats and violent \u201cjokes\u201d against a person or their property ("someone should torch his car", "I\u2019d happily punch him").',
  source: 'Malicious Communications Act 1988 s.1; Online Safety Act 2023 s.181; LGA Model Councillor Code of Conduct (2020), para 2 (bullying and harassment)',
  url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/181',
  messages: {
    threat: {
      message: 'This may read as a threat of violence.',
      explanation:
        'Wishing or threatening violence against a person or their home, even as a joke, can be a criminal offence (threatening communications) and a serious breach of the code of conduct. Remove it.',
    },
  },
  examples: {
    flagged: [
      { text: 'Honestly, [[someone should torch his car]].', rewrite: '' },
      { text: 'If he says that again [[I\u2019d happily punch him]].', rewrite: '' },
      { text: 'Cllr Brown [[should be shot]] for this.', rewrite: '' },
      { text: 'Careful. [[I know where you live]].' },
      { text: 'That planning officer [[needs a good slap]].' },
      { text: 'Honestly [[someone should give Cllr Brown a good hiding]].' },
      { text: '[[I know where Cllr Morgan lives]].' },
    ],
    clean: [
      'We murdered them 5-0 on Saturday!',
      'My inbox this morning: \u2018you should be hanged, traitor\u2019. Passed to the police.',
      'A killer deal on solar panels.',
      'The bins were a nightmare this week.',
      'This will kill the high street.',
      'Police are investigating after someone threatened to torch his car.',
      'I\u2019ll give Cllr Brown a call and give him a hand with the form.',
      'We know where Cllr Brown stands on the bypass.',
      ...THREAT_LEXICON.flatMap((entry) => entry.falsePositives.map((fp) => fp.clean)),
    ],
  },
  check({ input, doc, quotedDoc }) {
    const findings = findThreats(doc);
    if (endorsesQuoted(input)) for (const finding of findThreats(quotedDoc)) findings.push({ ...finding, in: 'quoted' });
    return findings;
  },
});

function findThreats(doc: Doc): RawFinding[] {
  const words = wordsOf(doc);
  const findings: RawFinding[] = [];
  for (const hit of withoutAntipatterns(MATCHER.find(doc), ANTIPATTERNS.find(doc))) {
    const i = firstWordAt(words, hit.start);
    if (i < 0) continue;
    let j = i;
    while (j + 1 < words.length && words[j + 1]!.start < hit.end) j++;
    const sentence = doc.sentenceAt(hit.start);
    if (REPORTED.test(doc.text.slice(sentence.start, sentence.end))) continue;
    // A threat received, quoted and reported: "Today's inbox: 'you should be hanged'. Reported to police."
    if (quoteOpenAt(doc.text, sentence.start, hit.start) && REPORTED.test(doc.text)) continue;
    const kind = hit.value.kind;
    let start = hit.start;
    let end = hit.end;
    if (kind === 'harm' || kind === 'damage') {
      if (i > 0 && NOUN_BEFORE.has(words[i - 1]!.text)) continue;
      const frame = frameStart(words, i);
      const object = objectEnd(doc, words, j, kind);
      if (frame < 0 || object < 0) continue;
      start = words[frame]!.start;
      end = words[object]!.end;
    } else if (kind === 'give') {
      const frame = frameStart(words, i);
      const object = personAfter(doc, words, j);
      if (frame < 0 || object < 0) continue;
      let k = object + 1;
      while (k < words.length && !brokenBetween(words, k - 1, k) && BEATING_FILLERS.has(words[k]!.text) && k - object < 5) k++;
      if (k >= words.length || k === object + 1 || brokenBetween(words, k - 1, k) || !BEATINGS.has(words[k]!.text)) continue;
      start = words[frame]!.start;
      end = words[k]!.end;
    } else if (kind === 'where') {
      const family = POSSESSIVES.has(words[j + 1]?.text ?? '') && FAMILY.has(words[j + 2]?.text ?? '') && !brokenBetween(words, j, j + 2);
      const object = family ? j + 2 : WHO.has(words[j + 1]?.text ?? '') && !brokenBetween(words, j, j + 1) ? j + 1 : personAfter(doc, words, j);
      const place = words[object + 1];
      if (object < 0 || !place || brokenBetween(words, object, object + 1) || !WHEREABOUTS.has(place.text)) continue;
      end = place.end;
    } else if (kind === 'wish') {
      let k = i - 1;
      while (k >= 0 && !brokenBetween(words, k, k + 1) && /^(?:just|really|honestly|frankly|seriously|simply|actually|all|both)$/.test(words[k]!.text)) k--;
      if (k < 0 || brokenBetween(words, k, k + 1) || !subjectEndingAt(doc, k, OPTIONS)) continue;
    }
    const last = findings[findings.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      continue;
    }
    findings.push({ start, end, messageId: 'threat', suggestions: [''] });
  }
  return findings;
}
