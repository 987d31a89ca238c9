import { defineRule } from '../utils/engine/define';
import type { RawFinding, Severity } from '../utils/engine/types';
import { cueWord, tokenBefore } from './detect/contacts';
import { STRONG_VEHICLE_CUES, VEHICLE_CUES } from './data/identifiers';

// Folded text, one pass. Current format (2001-): AB12 CDE. Older, only with a strong cue:
// prefix (1983-2001) A123 BCD, suffix (1963-1983) ABC 123D.
const PLATE = /(?<![\p{L}\p{N}])(?:([a-z]{2})(\d{2}) ?([a-z]{3})|([a-z])(\d{1,3}) ?([a-z]{3})|([a-z]{3}) ?(\d{1,3})([a-z]))(?![\p{L}\p{N}])/gu;

// DVLA memory tags: the first letter is a region (no I, J, Q, T, U, X, Z); the second never I, Q or Z.
const REGION = 'abcdefghklmnoprsvwy';
const NOT_MEMORY = 'iqz';
// Random letters never use I or Q.
const RANDOM = /^[a-hj-pr-z]{3}$/;

const CUES = new Set(VEHICLE_CUES.flatMap((entry) => entry.terms));

/** Age identifiers issued by `now`: 02 (March 2002) up to this March's, 51 (Sept 2001) up to this September's. */
function isIssuedAge(age: number, now: Date): boolean {
  const yy = now.getUTCFullYear() % 100;
  const month = now.getUTCMonth() + 1;
  const latestMarch = month >= 3 ? yy : yy - 1;
  const latestSeptember = (month >= 9 ? yy : yy - 1) + 50;
  return (age >= 2 && age <= latestMarch) || (age >= 51 && age <= latestSeptember);
}

// regex-safe: tested on at most 48 characters before the plate.
const OURS = /\b(?:our|my)\s(?:\p{L}+\s){0,3}(?:truck|lorry|van|vans|bus|buses|fleet|vehicle|vehicles|gritter|sweeper|car|minibus|ambulance)\b/iu;

export default defineRule({
  id: 'vehicle-registration',
  category: 'personal-data',
  severity: 'medium',
  description: 'A vehicle registration number, which identifies the keeper through the DVLA.',
  source: 'UK GDPR Art. 4(1) (identifier); ICO guidance on vehicle registration numbers as personal data',
  url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/personal-information-what-is-it/',
  messages: {
    found: {
      message: 'This looks like a vehicle registration number.',
      explanation:
        'A number plate can be linked to its keeper, so naming one publicly (for bad parking, say) identifies a person and can lead to harassment. Report it to the council or police instead, and describe the problem without the plate.',
    },
  },
  examples: {
    flagged: [
      { text: 'The white van [[AB12 CDE]] has been parked on the pavement for a week.', suggestion: '[registration removed]' },
      { text: 'Car reg [[LK19XYZ]] dumped on Elm Grove again.', suggestion: '[registration removed]' },
      { text: 'Number plate [[P123 ABC]], abandoned by the garages.', suggestion: '[registration removed]' },
      { text: 'Reg [[ABC 123D]] is the one parking across the drive.' },
      { text: 'Whoever owns [[WR71 HGF]], please stop blocking the lane.', severity: 'low' },
    ],
    clean: [
      'Meet our new electric bin lorry, KX25 GRT: first of six arriving this year.',
      'PARKED CARS ON THE VERGE AGAIN! Enforcement please.',
      'Cars parked all along AB12 3CD again.', // a postcode
      'Car parks in IQ12 ABC zones', // I is never a region letter
      'The van was parked by Unit 12 on the estate.',
      'Vehicle checks on the A1 and M62 today.',
      'My car AB99 CDE', // age identifier 99 is not issued
      'The abc 123 pilot is running in Millbrook.', // dateless pattern without a strong cue
      'We need 20 more cars on the scheme.',
    ],
  },
  check({ input, doc }) {
    const findings: RawFinding[] = [];
    const tokens = doc.tokens;
    for (const { start, end, match } of doc.matchFolded(PLATE)) {
      const current = match[1] !== undefined;
      if (current) {
        const [, memory = '', age = '', random = ''] = match;
        if (!REGION.includes(memory[0]!) || NOT_MEMORY.includes(memory[1]!)) continue;
        if (!isIssuedAge(Number(age), input.now) || !RANDOM.test(random)) continue;
      }
      const sentence = doc.sentenceAt(start);
      let cued = false;
      let strong = false;
      // Bounded windows keep the rule linear on a long paste with no sentence breaks.
      for (let i = tokenBefore(tokens, start), seen = 0; i >= 0 && seen < 15 && tokens[i]!.start >= sentence.start; i--, seen++) {
        const word = cueWord(tokens[i]!);
        if (CUES.has(word)) cued = true;
        if (STRONG_VEHICLE_CUES.has(word) && start - tokens[i]!.end <= 20) strong = true;
      }
      for (let i = tokenBefore(tokens, end) + 1, seen = 0; i < tokens.length && seen < 12 && tokens[i]!.start < sentence.end; i++, seen++) {
        if (CUES.has(cueWord(tokens[i]!))) cued = true;
      }
      // Typed in lower case, a plate-shaped word is more likely a word or a code: ask for a strong cue.
      const typedAsPlate = input.text.slice(start, end) === input.text.slice(start, end).toUpperCase();
      if ((!current || !typedAsPlate) && !strong) continue;
      // "Meet our new electric refuse truck, CX25 GRT": the council's or the author's own fleet, not a person's car.
      if (OURS.test(input.text.slice(Math.max(sentence.start, start - 48), start))) continue;
      const severity: Severity = cued ? 'medium' : 'low';
      findings.push({ start, end, messageId: 'found', ...(severity !== 'medium' ? { severity } : {}), suggestions: ['[registration removed]', 'a vehicle'] });
    }
    return findings;
  },
});
