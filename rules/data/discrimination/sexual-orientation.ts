/**
 * Sexual orientation (Equality Act 2010 s.12). "Gay", "lesbian", "bi" and
 * reclaimed or academic "queer" (queer theory, Queer History Month) are never flagged.
 */
import { EQA, GUIDANCE } from './sources';
import type { LexiconEntry } from './types';

const SOURCE = `${EQA.sexualOrientation}; ${GUIDANCE.stonewall}; ${GUIDANCE.ofcom}`;
const HOSTILE = ['bloody', 'dirty', 'filthy', 'fucking', 'effing', 'f ing', 'frigging', 'you', 'bunch', 'load', 'sick', 'disgusting'];

export const SEXUAL_ORIENTATION: LexiconEntry[] = [
  {
    id: 'orientation/faggot',
    terms: ['faggot', 'faggots', 'faggy', 'fagot', 'fagots'],
    characteristic: 'sexual-orientation',
    kind: 'slur',
    severity: 'high',
    note: 'A homophobic slur rated among the strongest by Ofcom\u2019s audiences. In Britain faggots are also a traditional meatball dish, so food contexts stay clean. "Fag" alone (a cigarette in British English) is not flagged.',
    source: SOURCE,
    falsePositives: [
      { context: 'faggots and peas: the dish', phrases: ['faggots and peas', 'faggots peas', 'brain s faggots', 'brains faggots', 'faggots in gravy', 'faggots and mash', 'pork faggots', 'faggots and chips'], nearby: ['gravy', 'peas', 'mash', 'onion', 'onions', 'chips', 'pork', 'butcher*', 'recipe*', 'dinner', 'oven', 'menu', 'lunch', 'meatball*'], example: 'Faggots and peas on the lunch club menu, with gravy.' },
      { context: 'a fag: a cigarette', example: 'No fag ends outside the town hall please; smoking shelters are round the back.' },
    ],
    flagged: ['Some [[faggot]] on the council'],
  },
  {
    id: 'orientation/poof',
    terms: ['poof', 'poofs', 'poofter', 'poofters', 'pooftah', 'pooftahs', 'poofta', 'pooftas', 'poove', 'pooves', 'poofy'],
    characteristic: 'sexual-orientation',
    kind: 'slur',
    severity: 'high',
    note: 'A British homophobic slur.',
    source: SOURCE,
    falsePositives: [
      { context: 'a pouffe (footstool): a different word', example: 'A pouffe and a sofa for the youth club.' },
      { context: '"poof!" as a sound of vanishing', phrases: ['and poof', 'then poof', 'poof gone', 'poof it s gone', 'poof and'], example: 'Then poof, the funding was gone.' },
    ],
    flagged: ['He\u2019s a bit of a [[poof]]'],
  },
  {
    id: 'orientation/dyke',
    terms: ['dyke', 'dykes', 'dykey'],
    characteristic: 'sexual-orientation',
    kind: 'slur',
    severity: 'high',
    note: 'Slurs for lesbians. In Britain a dyke is also a ditch or earthwork (Offa\u2019s Dyke, the Fens), so capitalised names and drainage contexts stay clean.',
    source: SOURCE,
    alternatives: ['lesbian'],
    alternativesByTerm: { dykes: ['lesbians'] },
    falsePositives: [
      { context: 'place names: Offa\u2019s Dyke, Devil\u2019s Dyke, Dyke Road', capitalised: true, example: 'Walking Offa\u2019s Dyke path, then the bus along Dyke Road.' },
      { context: 'drains and earthworks', phrases: ['offa s dyke', 'devil s dyke', 'car dyke', 'drainage dyke', 'drainage dykes'], nearby: ['drain*', 'ditch*', 'flood*', 'water*', 'embankment*', 'bank', 'banks', 'culvert*', 'idb', 'sluice*', 'fen', 'fens', 'river*', 'dredg*', 'clear*', 'pump*', 'farmland', 'field*'], example: 'The drainage board is clearing the dyke behind Fen Lane before the winter floods.' },
      { context: 'reclaimed, in Pride events', phrases: ['dykes on bikes', 'dyke march'], example: 'Dykes on Bikes lead the parade this year. Happy Pride!' },
    ],
    flagged: ['Looks like a [[dyke]]'],
  },
  {
    id: 'orientation/lezza',
    terms: ['lesbo', 'lesbos', 'lezza', 'lezzas', 'lezzer', 'lezzers', 'lezzie', 'lezzies', 'lezzy', 'lezbo', 'lezbos'],
    characteristic: 'sexual-orientation',
    kind: 'slur',
    severity: 'high',
    note: 'Mocking slurs for lesbians.',
    source: SOURCE,
    alternatives: ['lesbian'],
    alternativesByTerm: { lesbos: ['lesbians'], lezzas: ['lesbians'], lezzers: ['lesbians'], lezzies: ['lesbians'], lezbos: ['lesbians'] },
    falsePositives: [{ context: 'Lesbos, the Greek island and its refugee camps', capitalised: true, nearby: ['island', 'greece', 'greek', 'refugee*', 'camp', 'camps', 'moria', 'aegean'], example: 'Our twinning group sent aid to refugees on lesbos last winter.' }],
    flagged: ['a couple of [[lezzas]]'],
  },
  {
    id: 'orientation/homo',
    terms: ['homo', 'homos', 'sodomite', 'sodomites'],
    characteristic: 'sexual-orientation',
    kind: 'slur',
    severity: 'high',
    note: 'Used as a homophobic insult.',
    source: SOURCE,
    alternatives: ['gay'],
    falsePositives: [{ context: 'scientific names', phrases: ['homo sapiens', 'homo erectus', 'homo habilis', 'homo neanderthalensis', 'ecce homo'], example: 'The museum\u2019s new Homo sapiens gallery opens Saturday.' }],
    flagged: ['bunch of [[homos]]'],
  },
  {
    id: 'orientation/batty-boy',
    terms: ['batty boy', 'batty boys', 'battyboy', 'battyboys', 'batty man', 'batty men', 'battyman', 'battymen', 'batty bwoy', 'bati man', 'bum boy', 'bum boys', 'bumboy', 'bumboys', 'shirt lifter', 'shirt lifters', 'shirtlifter', 'shirtlifters', 'pillow biter', 'pillow biters', 'fudge packer', 'fudge packers', 'uphill gardener', 'uphill gardeners', 'nancy boy', 'nancy boys'],
    characteristic: 'sexual-orientation',
    kind: 'slur',
    severity: 'high',
    note: 'Homophobic slurs for gay men heard in Britain.',
    source: SOURCE,
    alternatives: ['gay man'],
    falsePositives: [{ context: '"batty" meaning eccentric, and Nancy as a name', example: 'My nan went batty over the new bus timetable, and Nancy from the WI agreed.' }],
    flagged: ['Is he a [[batty boy]] or what'],
  },
  {
    id: 'orientation/queer-hostile',
    terms: ['queer', 'queers'],
    characteristic: 'sexual-orientation',
    kind: 'slur',
    severity: 'high',
    note: 'Reclaimed by many LGBT+ people and used in academic work (queer theory), but still a slur when thrown with hostility; only counted after words like "bloody", "dirty", "you".',
    source: SOURCE,
    after: HOSTILE,
    falsePositives: [{ context: 'reclaimed and academic use', example: 'Queer History Month talk on queer theory, and the queer community choir. Happy Pride!' }],
    flagged: ['Bloody [[queers]] marching through town'],
  },
  {
    id: 'orientation/so-gay',
    terms: ['that s so gay', 'thats so gay', 'that is so gay', 'how gay is that', 'so gay lol', 'no homo'],
    characteristic: 'sexual-orientation',
    kind: 'mocking',
    severity: 'medium',
    note: 'Uses "gay" to mean rubbish; Stonewall\u2019s research links it to homophobic bullying.',
    source: SOURCE,
    falsePositives: [{ context: 'neutral mentions', example: 'So proud to march with gay and lesbian colleagues today. Happy Pride!' }],
    flagged: ['New bins are pink, [[that\u2019s so gay]]'],
  },
];
