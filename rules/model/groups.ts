/**
 * Mentions of protected groups (Equality Act 2010 s.4-12, and the UK groups
 * councillors write about), which the trained tier replaces with one
 * placeholder before featurising, so that what it learns about one group it
 * applies to every group, including those it never saw in training.
 *
 * Data, not judgement: a mention here is neither good nor bad. Forms are as
 * the model's normaliser writes them (lower case, hyphenated words split).
 * Slurs are deliberately absent: a slur is its own signal and stays a word
 * (the derogatory-term rule names them).
 */
export interface GroupEntry {
  /** The characteristic or group, for notes and held-out splits. */
  key: string;
  /** Words that mean the group on their own. */
  forms: string[];
  /** Adjectives that mean the group only before a person noun ("black people", not "black bags"). */
  adjectives?: string[];
  note: string;
}

/** Person nouns after an adjective of `adjectives` make a group mention. */
export const PERSON_NOUNS = ['people', 'person', 'persons', 'folk', 'folks', 'man', 'men', 'woman', 'women', 'lad', 'lads', 'bloke', 'blokes', 'girl', 'girls', 'boy', 'boys', 'lady', 'ladies', 'family', 'families', 'community', 'communities', 'residents', 'kids', 'children', 'youths', 'workers', 'staff', 'tenants', 'couple', 'couples', 'neighbours', 'voters', 'members', 'population'];

export const GROUPS: readonly GroupEntry[] = [
  { key: 'sex', forms: ['women', 'woman', 'womens', 'ladies', 'females', 'girls', 'men', 'mens', 'males', 'mothers', 'mums', 'feminists', 'wives', 'housewives'], adjectives: ['female', 'male'], note: 'Sex (s.11).' },
  { key: 'gender-reassignment', forms: ['trans', 'transgender', 'transgendered', 'transsexual', 'transsexuals', 'transwomen', 'transmen', 'nonbinary', 'non binary', 'enby'], note: 'Gender reassignment (s.7); trans and non-binary people.' },
  { key: 'sexual-orientation', forms: ['gay', 'gays', 'lesbian', 'lesbians', 'bisexual', 'bisexuals', 'homosexual', 'homosexuals', 'lgbt', 'lgbtq', 'lgbtq+', 'lgbtqia', 'queer'], note: 'Sexual orientation (s.12).' },
  { key: 'disability', forms: ['disabled', 'wheelchair users', 'the disabled', 'autistic', 'autistics', 'deaf', 'blind', 'the blind', 'people with disabilities', 'people with learning disabilities', 'mentally ill', 'dyslexics', 'down syndrome', 'downs syndrome', 'amputees'], note: 'Disability (s.6), incl. mental health and learning disability.' },
  { key: 'age-older', forms: ['pensioners', 'pensioner', 'oaps', 'oap', 'the elderly', 'elderly', 'boomers', 'baby boomers', 'old folk', 'old folks', 'old people', 'older people', 'over 60s', 'over 70s', 'retirees', 'grannies', 'old dears'], note: 'Age (s.5): older people.' },
  { key: 'age-younger', forms: ['young people', 'youngsters', 'teenagers', 'teens', 'millennials', 'gen z', 'zoomers', 'students', 'young mums', 'youth', 'the youth', 'kids these days'], note: 'Age (s.5): younger people.' },
  { key: 'religion-muslim', forms: ['muslim', 'muslims', 'moslem', 'moslems', 'islam', 'islamic', 'mosque', 'mosques'], note: 'Religion (s.10): Muslims.' },
  { key: 'religion-jewish', forms: ['jew', 'jews', 'jewish', 'jewry', 'synagogue', 'synagogues', 'orthodox jews'], note: 'Religion and race: Jewish people.' },
  { key: 'religion-other', forms: ['hindu', 'hindus', 'sikh', 'sikhs', 'christian', 'christians', 'catholic', 'catholics', 'protestants', 'buddhists', 'atheists', 'gurdwara', 'temple'], note: 'Religion or belief (s.10).' },
  { key: 'grt', forms: ['gypsy', 'gypsies', 'gipsy', 'gipsies', 'traveller', 'travellers', 'traveler', 'travelers', 'irish travellers', 'roma', 'romany', 'romanies', 'romani', 'gypsy roma and traveller', 'grt', 'show people', 'showmen'], note: 'Race (s.9): Gypsies, Roma and Travellers are protected ethnic groups.' },
  { key: 'race-black', forms: ['blacks', 'africans', 'african', 'caribbeans', 'somalis', 'nigerians', 'bame'], adjectives: ['black', 'african', 'caribbean', 'somali', 'nigerian'], note: 'Race (s.9): Black people.' },
  { key: 'race-asian', forms: ['asians', 'asian', 'pakistanis', 'pakistani', 'bangladeshis', 'bangladeshi', 'indians', 'chinese', 'east asians', 'south asians'], adjectives: ['indian', 'brown'], note: 'Race (s.9): Asian people.' },
  { key: 'race-other', forms: ['arabs', 'arab', 'whites', 'irish', 'scots', 'welsh', 'english', 'latinos', 'mexicans', 'ethnic minorities', 'ethnic minority', 'people of colour', 'minorities'], adjectives: ['white', 'ethnic'], note: 'Race (s.9): other national or ethnic groups.' },
  { key: 'eastern-european', forms: ['eastern europeans', 'eastern european', 'poles', 'polish', 'romanians', 'romanian', 'bulgarians', 'bulgarian', 'lithuanians', 'lithuanian', 'latvians', 'albanians', 'albanian', 'slovaks', 'czechs', 'ukrainians', 'ukrainian'], note: 'Race (s.9): national origins; Eastern Europeans and Poles.' },
  { key: 'migrants', forms: ['asylum seekers', 'asylum seeker', 'refugees', 'refugee', 'migrants', 'migrant', 'immigrants', 'immigrant', 'foreigners', 'foreigner', 'illegals', 'illegal immigrants', 'economic migrants', 'small boat arrivals', 'boat people', 'newcomers', 'incomers'], note: 'Race and national origins: asylum seekers, refugees and migrants.' },
  { key: 'pregnancy', forms: ['pregnant women', 'expectant mothers', 'new mums', 'breastfeeding mothers', 'mums to be'], adjectives: ['pregnant'], note: 'Pregnancy and maternity (s.4).' },
  { key: 'marriage', forms: ['civil partners', 'married couples', 'same sex couples'], note: 'Marriage and civil partnership (s.8).' },
];

/** Every phrase that names a group, as word arrays (forms, and adjective + person noun). */
export function groupPhrases(): string[][] {
  const phrases: string[][] = [];
  for (const entry of GROUPS) {
    for (const form of entry.forms) phrases.push(form.split(' '));
    for (const adjective of entry.adjectives ?? []) for (const noun of PERSON_NOUNS) phrases.push([adjective, noun]);
  }
  return phrases;
}
