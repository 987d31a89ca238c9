/**
 * Gypsies, Roma and Travellers: race under the Equality Act 2010 s.9 (Romany
 * Gypsies and Irish Travellers are recognised ethnic groups). Capitalised
 * "Gypsy", "Roma" and "Traveller" are the groups' own terms and are never flagged.
 */
import { EQA, GUIDANCE } from './sources';
import type { LexiconEntry } from './types';

const SOURCE = `${EQA.race}; ${GUIDANCE.travellerMovement}; ${GUIDANCE.ofcom}`;
/** Words that show a sentence is about Gypsies and Travellers, not tinkering or tiredness. */
const GRT_CONTEXT = ['traveller*', 'gypsy', 'gypsies', 'gipsy', 'gipsies', 'roma', 'caravan*', 'encampment*', 'camp', 'camps', 'site', 'sites', 'pitch', 'pitches', 'halting'];

export const GYPSY_ROMA_TRAVELLER: LexiconEntry[] = [
  {
    id: 'grt/pikey',
    terms: ['pikey', 'pikeys', 'pikies', 'pikie', 'piky'],
    characteristic: 'race',
    kind: 'slur',
    severity: 'high',
    note: 'A British slur for Gypsies and Travellers (from "turnpike", i.e. people of the road), also thrown at working-class people; Ofcom\u2019s audiences rate it a strong discriminatory term.',
    source: SOURCE,
    alternatives: ['Gypsies and Travellers'],
    flagged: ['Another lot of [[pikeys]] on the rec again', 'Lock your sheds, the [[p1keys]] are back'],
  },
  {
    id: 'grt/gyppo',
    terms: ['gyppo', 'gyppos', 'gyppoes', 'gypo', 'gypos', 'gippo', 'gippos', 'gippoes'],
    characteristic: 'race',
    kind: 'slur',
    severity: 'high',
    note: 'A contemptuous form of "Gypsy" used only to insult; the Traveller Movement lists it with "pikey" as racist abuse.',
    source: SOURCE,
    alternatives: ['Gypsies and Travellers'],
    falsePositives: [
      { context: '"Gypsy" itself, a recognised ethnic group\u2019s own name, and place names built on it', example: 'Gypsy, Roma and Traveller History Month starts today with an event at Gypsy Hill library.' },
    ],
    flagged: ['[[Bloody gyppos]] have left rubbish everywhere'],
  },
  {
    id: 'grt/didicoy',
    terms: ['didicoy', 'didicoys', 'diddicoy', 'diddicoys', 'didikai', 'didikais', 'diddikai', 'didakai', 'didakais'],
    characteristic: 'race',
    kind: 'slur',
    severity: 'high',
    note: 'Used in England to call Travellers "half-breed" Gypsies, denying their ethnicity; a term of contempt.',
    source: SOURCE,
    alternatives: ['Travellers'],
    flagged: ['They are not real Gypsies, just [[didicoys]]'],
  },
  {
    id: 'grt/tinker',
    terms: ['tinker', 'tinkers'],
    characteristic: 'race',
    kind: 'slur',
    severity: 'high',
    note: 'Once an occupational name, now used to demean Irish Travellers; only counted where the sentence is about Travellers, sites or caravans.',
    source: SOURCE,
    alternatives: ['Travellers'],
    requires: GRT_CONTEXT,
    falsePositives: [
      { context: 'the verb: to tinker with something', phrases: ['tinker with', 'tinker around', 'tinker about', 'tinkers with', 'tinker at'], example: 'We will not tinker with the Traveller site budget this year.' },
      { context: 'Tinker Bell, and the surname', capitalised: true, example: 'Tinker Bell visits the caravan park panto.' },
    ],
    flagged: ['Those [[tinkers]] have set up camp on the playing field again'],
  },
  {
    id: 'grt/knacker',
    terms: ['knacker', 'knackers'],
    characteristic: 'race',
    kind: 'slur',
    severity: 'high',
    note: 'An Irish slur for Travellers; only counted where the sentence is about Travellers, sites or caravans, since "knackered" (tired) and "knacker\u2019s yard" are everyday British English.',
    source: SOURCE,
    alternatives: ['Travellers'],
    requires: GRT_CONTEXT,
    falsePositives: [
      { context: 'the knacker\u2019s yard (animal rendering)', phrases: ['knacker s yard', 'knackers yard'], example: 'Old caravans from the site went to the knacker\u2019s yard.' },
      { context: '"knackered", tired: a different word', example: 'Knackered after the Traveller site visit but a good meeting.' },
    ],
    flagged: ['Site full of [[knackers]] by the bypass'],
  },
  {
    id: 'grt/gypped',
    terms: ['gypped', 'gypping', 'gipped', 'gipping'],
    characteristic: 'race',
    kind: 'mocking',
    severity: 'medium',
    note: 'Means "cheated" and comes from "Gypsy": it repeats the stereotype of Gypsies as swindlers.',
    source: SOURCE,
    alternatives: ['cheated'],
    alternativesByTerm: { gypping: ['cheating'], gipping: ['cheating'] },
    falsePositives: [
      { context: '"giving me gyp" (pain), of uncertain origin, is not flagged', example: 'My knee is giving me gyp after canvassing.' },
    ],
    flagged: ['Residents have been [[gypped]] by this contractor'],
  },
];
