// Protected groups as councillors write about them: every Equality Act 2010 characteristic, and
// the UK groups that standards complaints keep naming. Several surface forms each, so a model
// learns the group, not one spelling of it. Slurs are listed only where one is in common UK use;
// they are here so the model learns to flag them and to leave quoted, condemned uses alone.
export type Characteristic =
  | 'age'
  | 'disability'
  | 'gender-reassignment'
  | 'marriage-civil-partnership'
  | 'pregnancy-maternity'
  | 'race'
  | 'religion-belief'
  | 'sex'
  | 'sexual-orientation';

export interface Group {
  id: string;
  characteristic: Characteristic;
  /** plural noun phrases, used as a subject with "are" */
  plural: readonly string[];
  /** singular noun phrases, without an article */
  singular: readonly string[];
  /** adjectives that go before "families", "people", "neighbours" */
  adjective: readonly string[];
  /** [singular, plural] */
  slurs: readonly (readonly [string, string])[];
}

const g = (
  id: string,
  characteristic: Characteristic,
  plural: string[],
  singular: string[],
  adjective: string[] = [],
  slurs: [string, string][] = [],
): Group => ({ id, characteristic, plural, singular, adjective, slurs });

export const groups: readonly Group[] = [
  // race, ethnicity and national origin
  g('gypsy-roma-traveller', 'race', ['Gypsies', 'Travellers', 'Irish Travellers', 'Gypsies and Travellers', 'Romany Gypsies', 'travellers'], ['Gypsy', 'Traveller', 'traveller'], ['Traveller', 'Gypsy'], [['pikey', 'pikeys'], ['gyppo', 'gyppos'], ['tinker', 'tinkers']]),
  g('roma', 'race', ['Roma', 'Roma people', 'Roma families'], ['Roma man', 'Roma woman'], ['Roma'], [['gypo', 'gypos']]),
  g('eastern-european', 'race', ['Eastern Europeans', 'Romanians', 'Bulgarians', 'Lithuanians', 'Albanians'], ['Eastern European', 'Romanian', 'Albanian'], ['Eastern European', 'Romanian', 'Albanian']),
  g('polish', 'race', ['Poles', 'Polish people', 'the Polish', 'Polish workers'], ['Pole', 'Polish bloke'], ['Polish'], [['polack', 'polacks']]),
  g('black', 'race', ['Black people', 'black people', 'Black families', 'Africans', 'Afro-Caribbeans', 'Nigerians', 'Somalis'], ['Black person', 'African', 'Somali'], ['Black', 'African', 'Somali'], [['wog', 'wogs'], ['coon', 'coons']]),
  g('south-asian', 'race', ['Asians', 'Asian people', 'Pakistanis', 'Bangladeshis', 'Indians'], ['Asian', 'Pakistani', 'Bangladeshi', 'Indian'], ['Asian', 'Pakistani', 'Bangladeshi', 'Indian'], [['paki', 'pakis']]),
  g('east-asian', 'race', ['Chinese people', 'the Chinese', 'East Asians', 'Vietnamese people'], ['Chinese person', 'Chinese woman'], ['Chinese', 'Vietnamese'], [['chink', 'chinks']]),
  g('irish', 'race', ['Irish people', 'the Irish'], ['Irishman', 'Irish woman'], ['Irish'], [['paddy', 'paddies'], ['mick', 'micks']]),
  g('arab', 'race', ['Arabs', 'Arab people', 'Middle Eastern people', 'Kurds'], ['Arab', 'Kurd'], ['Arab', 'Kurdish']),
  g('welsh-scottish', 'race', ['the Welsh', 'Welsh people', 'the Scots', 'Scottish people'], ['Welshman', 'Scot'], ['Welsh', 'Scottish'], [['taff', 'taffs'], ['jock', 'jocks']]),
  g('asylum-seeker', 'race', ['asylum seekers', 'people seeking asylum', 'the asylum seekers at the hotel', 'small boat arrivals'], ['asylum seeker']),
  g('refugee', 'race', ['refugees', 'Ukrainian refugees', 'Afghan refugees', 'Syrian refugees'], ['refugee'], ['refugee']),
  g('migrant', 'race', ['migrants', 'immigrants', 'foreigners', 'economic migrants', 'foreign nationals'], ['migrant', 'immigrant', 'foreigner'], ['migrant', 'immigrant', 'foreign']),
  // religion or belief
  g('muslim', 'religion-belief', ['Muslims', 'muslims', 'Muslim people'], ['Muslim', 'Muslim woman'], ['Muslim', 'Islamic'], [['muzzie', 'muzzies'], ['towelhead', 'towelheads']]),
  g('jewish', 'religion-belief', ['Jews', 'Jewish people'], ['Jew', 'Jewish person'], ['Jewish'], [['yid', 'yids'], ['kike', 'kikes']]),
  g('sikh', 'religion-belief', ['Sikhs', 'Sikh people'], ['Sikh'], ['Sikh'], [['raghead', 'ragheads']]),
  g('hindu', 'religion-belief', ['Hindus', 'Hindu people'], ['Hindu'], ['Hindu']),
  g('christian', 'religion-belief', ['Christians', 'Catholics', 'churchgoers', 'evangelicals'], ['Christian', 'Catholic'], ['Christian', 'Catholic'], [['bible basher', 'bible bashers']]),
  // sex
  g('women', 'sex', ['women', 'ladies', 'female councillors', 'girls'], ['woman', 'female councillor'], ['female'], [['slag', 'slags'], ['bitch', 'bitches']]),
  g('men', 'sex', ['men', 'blokes', 'male councillors'], ['man', 'bloke'], ['male']),
  // sexual orientation
  g('gay', 'sexual-orientation', ['gay people', 'gay men', 'gays', 'homosexuals'], ['gay man', 'gay bloke'], ['gay'], [['poof', 'poofs'], ['faggot', 'faggots'], ['bender', 'benders']]),
  g('lesbian', 'sexual-orientation', ['lesbians', 'lesbian couples'], ['lesbian'], ['lesbian'], [['dyke', 'dykes'], ['lezza', 'lezzas']]),
  g('bisexual', 'sexual-orientation', ['bisexual people', 'bisexuals', 'bi people'], ['bisexual', 'bi woman'], ['bisexual']),
  g('lgbt', 'sexual-orientation', ['LGBT people', 'LGBTQ+ people'], ['LGBT person'], ['LGBT', 'LGBTQ+']),
  // gender reassignment
  g('trans', 'gender-reassignment', ['trans people', 'transgender people', 'trans women', 'trans men', 'non-binary people'], ['trans woman', 'trans man', 'trans person'], ['trans', 'transgender', 'non-binary'], [['tranny', 'trannies'], ['shemale', 'shemales']]),
  // disability
  g('disabled', 'disability', ['disabled people', 'the disabled', 'wheelchair users', 'people with disabilities', 'Blue Badge holders'], ['disabled person', 'wheelchair user'], ['disabled'], [['spastic', 'spastics'], ['spaz', 'spazzes'], ['cripple', 'cripples']]),
  g('learning-disabled', 'disability', ['people with learning disabilities', 'people with Down syndrome', 'autistic people', 'people with autism'], ['autistic person', 'person with Down syndrome'], ['autistic'], [['retard', 'retards'], ['mong', 'mongs'], ['window licker', 'window lickers']]),
  g('mental-health', 'disability', ['people with mental health problems', 'people with schizophrenia', 'people with depression', 'mentally ill people'], ['person with schizophrenia', 'person with depression'], ['mentally ill'], [['nutter', 'nutters'], ['loony', 'loonies'], ['psycho', 'psychos']]),
  g('deaf-blind', 'disability', ['deaf people', 'blind people', 'BSL users', 'people with sight loss'], ['deaf person', 'blind person'], ['deaf', 'blind']),
  // age
  g('older', 'age', ['older people', 'pensioners', 'OAPs', 'old people', 'the elderly', 'over-70s'], ['pensioner', 'old dear', 'OAP'], ['elderly', 'older'], [['coffin dodger', 'coffin dodgers'], ['old biddy', 'old biddies'], ['wrinkly', 'wrinklies']]),
  g('younger', 'age', ['young people', 'teenagers', 'the youth', 'under-25s'], ['teenager', 'young person'], ['young', 'teenage'], [['feral yoof', 'feral yoofs']]),
  // pregnancy and maternity
  g('pregnant', 'pregnancy-maternity', ['pregnant women', 'new mums', 'women on maternity leave', 'breastfeeding mothers', 'expectant mothers'], ['pregnant woman', 'new mum', 'breastfeeding mother'], ['pregnant']),
  // marriage and civil partnership
  g('civil-partnership', 'marriage-civil-partnership', ['people in civil partnerships', 'civil partners', 'same-sex married couples', 'married women'], ['civil partner', 'married woman'], []),
];

export function groupById(id: string): Group {
  const found = groups.find((group) => group.id === id);
  if (!found) throw new Error(`unknown group ${id}`);
  return found;
}
