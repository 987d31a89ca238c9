/**
 * The Welsh of every respectful term derogatory-term offers in place of a slur or an outdated
 * word (rules/data/discrimination/), so a Welsh panel offers Welsh wording as every other rule's
 * does. Adjectives follow the noun, and "du" softens after a feminine singular noun (pobl ddu,
 * menyw ddu). tests/unit/i18n-derogatory-alternatives.test.ts fails on a term with no Welsh.
 */

/** The nouns the lexicon pairs with "Black" and "East Asian": English → [Welsh, feminine singular]. */
const PEOPLE: Readonly<Record<string, readonly [string, boolean]>> = {
  bloke: ['dyn', false],
  blokes: ['dynion', false],
  boy: ['bachgen', false],
  boys: ['bechgyn', false],
  chap: ['dyn', false],
  children: ['plant', false],
  communities: ['cymunedau', false],
  community: ['cymuned', true],
  families: ['teuluoedd', false],
  family: ['teulu', false],
  folk: ['pobl', true],
  girl: ['merch', true],
  girls: ['merched', false],
  kids: ['plant', false],
  lad: ['bachgen', false],
  ladies: ['menywod', false],
  lads: ['bechgyn', false],
  lady: ['menyw', true],
  man: ['dyn', false],
  men: ['dynion', false],
  people: ['pobl', true],
  person: ['person', false],
  woman: ['menyw', true],
  women: ['menywod', false],
};

const grouped = Object.entries(PEOPLE).flatMap(([english, [welsh, feminine]]) => [
  [`Black ${english}`, `${welsh} ${feminine ? 'ddu' : 'du'}`],
  [`East Asian ${english}`, `${welsh} o Ddwyrain Asia`],
]);

const TERMS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(grouped),
  African: 'Affricanaidd',
  Asian: 'Asiaidd',
  Asians: 'pobl Asiaidd',
  Black: 'du',
  Catholic: 'Catholig',
  Catholics: 'Catholigion',
  Chinese: 'Tsieineaidd',
  'Chinese man': 'dyn Tsieineaidd',
  'Chinese men': 'dynion Tsieineaidd',
  Christians: 'Cristnogion',
  German: 'Almaenig',
  Germans: 'Almaenwyr',
  'Gypsies and Travellers': 'Sipsiwn a Theithwyr',
  Irish: 'Gwyddelig',
  Japanese: 'Japaneaidd',
  Jewish: 'Iddewig',
  Muslim: 'Mwslimaidd',
  Muslims: 'Mwslimiaid',
  'Native American': 'Americanaidd Brodorol',
  'Native Americans': 'Americanwyr Brodorol',
  Pakistani: 'Pacistanaidd',
  Pakistanis: 'Pacistaniaid',
  'Polish people': 'pobl o Wlad Pwyl',
  Travellers: 'Teithwyr',
  Welsh: 'Cymreig',
  'a wheelchair user': 'defnyddiwr cadair olwyn',
  cheated: 'twyllo',
  cheating: 'twyllo',
  children: 'plant',
  deaf: 'byddar',
  'developing countries': 'gwledydd sy’n datblygu',
  'disabled child': 'plentyn anabl',
  'disabled children': 'plant anabl',
  'disabled people': 'pobl anabl',
  'disabled person': 'person anabl',
  feminist: 'ffeminydd',
  feminists: 'ffeminyddion',
  gay: 'hoyw',
  'gay man': 'dyn hoyw',
  'gender-affirming surgery': 'llawdriniaeth cadarnhau rhywedd',
  'haggle down': 'bargeinio',
  'haggle with her': 'bargeinio â hi',
  'haggle with him': 'bargeinio ag ef',
  'haggle with me': 'bargeinio â mi',
  'haggle with them': 'bargeinio â nhw',
  'haggle with you': 'bargeinio â chi',
  haggled: 'bargeinio',
  haggling: 'bargeinio',
  'learning disability': 'anabledd dysgu',
  lesbian: 'lesbiaidd',
  lesbians: 'lesbiaid',
  'mixed heritage': 'treftadaeth gymysg',
  'mixed-race': 'o hil gymysg',
  'older people': 'pobl hŷn',
  'older person': 'person hŷn',
  parents: 'rhieni',
  'patient awaiting discharge': 'claf sy’n aros i gael ei ryddhau',
  'patients awaiting discharge': 'cleifion sy’n aros i gael eu rhyddhau',
  'people of short stature': 'pobl o daldra byr',
  'people who arrived irregularly': 'pobl a gyrhaeddodd yn afreolaidd',
  'person of short stature': 'person o daldra byr',
  'physically disabled': 'ag anabledd corfforol',
  'trans woman': 'menyw draws',
  'trans women': 'menywod traws',
  transition: 'trawsnewid',
  transitions: 'trawsnewid',
  'wheelchair users': 'defnyddwyr cadair olwyn',
  'with a learning disability': 'ag anabledd dysgu',
  'young mother': 'mam ifanc',
  'young mothers': 'mamau ifanc',
};

const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/**
 * Each term as the rule may write it: the rule capitalises a lower-case term at the start of a
 * sentence ("Children"), so the Welsh is capitalised there too.
 */
export const DEROGATORY_ALTERNATIVES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(TERMS).flatMap(([english, welsh]) => [[english, welsh], ...(english === capitalise(english) ? [] : [[capitalise(english), capitalise(welsh)]])]),
);
