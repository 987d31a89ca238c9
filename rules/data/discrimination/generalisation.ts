/**
 * Vocabulary for the `group-generalisation` rule: who the protected groups are,
 * and the frames that turn a mention into a generalisation, a dehumanising
 * metaphor or a mocking trope. All phrases in PhraseMatcher syntax on the
 * matching view (hyphens and apostrophes are spaces: "they re", "don t").
 */
import { EQA, GUIDANCE } from './sources';
import type { Characteristic, FalsePositive } from './types';
import type { Severity } from '../../../utils/engine/types';

export interface GroupSet {
  characteristic: Characteristic;
  /** Plural or collective names of the group: subjects of "X are …". */
  plural: string[];
  /** Singular names: "typical X", "X invasion". */
  singular?: string[];
  /** Adjectives that make a group with a people noun ("Polish lads", "the wheelchair lot"). */
  adjectives?: string[];
}

const PEOPLE = ['people', 'men', 'women', 'lads', 'girls', 'boys', 'families', 'kids', 'drivers', 'workers', 'lot', 'community', 'communities', 'folk', 'types', 'mums', 'mothers', 'youths', 'gangs', 'residents', 'tenants', 'neighbours'];

export const GROUPS: GroupSet[] = [
  {
    characteristic: 'race',
    plural: ['travellers', 'gypsies', 'gipsies', 'the roma', 'roma', 'romany', 'romanies', 'irish travellers', 'immigrants', 'migrants', 'asylum seekers', 'refugees', 'foreigners', 'illegals', 'blacks', 'asians', 'pakistanis', 'bangladeshis', 'indians', 'africans', 'nigerians', 'somalis', 'romanians', 'bulgarians', 'albanians', 'lithuanians', 'eastern europeans', 'afghans', 'syrians', 'iraqis', 'kurds', 'arabs', 'the chinese', 'the irish', 'the poles', 'poles', 'travelling community', 'travelling communities', 'travelling people', 'travelling families', 'traveller community', 'gypsy community', 'ukrainians', 'turks', 'kosovans', 'eritreans', 'sudanese', 'jamaicans', 'ghanaians', 'the scots', 'the welsh', 'ethnics', 'non whites'],
    singular: ['traveller', 'gypsy', 'gipsy', 'immigrant', 'migrant', 'asylum seeker', 'refugee', 'foreigner', 'romanian', 'pole', 'paki', 'pakistani', 'asian', 'albanian', 'nigerian', 'somali', 'eastern european', 'irishman', 'scotsman', 'englishman', 'welshman'],
    adjectives: ['polish', 'romanian', 'bulgarian', 'albanian', 'lithuanian', 'eastern european', 'asian', 'black', 'african', 'caribbean', 'somali', 'nigerian', 'pakistani', 'bangladeshi', 'indian', 'chinese', 'irish', 'gypsy', 'traveller', 'roma', 'romany', 'migrant', 'immigrant', 'foreign', 'refugee', 'asylum'],
  },
  {
    characteristic: 'religion-belief',
    // Coded: areas with large Orthodox Jewish communities used as a stand-in for them ("the Golders Green lot").
    plural: ['golders green lot', 'stamford hill lot', 'broughton park lot', 'prestwich lot', 'muslims', 'moslems', 'jews', 'the jews', 'sikhs', 'hindus', 'catholics', 'protestants', 'christians', 'jehovah s witnesses', 'mormons'],
    singular: ['muslim', 'moslem', 'jew', 'sikh', 'hindu', 'catholic'],
    adjectives: ['muslim', 'jewish', 'sikh', 'hindu', 'catholic'],
  },
  {
    characteristic: 'sex',
    plural: ['women', 'ladies', 'females', 'girls', 'men', 'feminists', 'blokes', 'lasses', 'housewives'],
    singular: ['woman', 'female', 'bloke', 'man'],
  },
  {
    characteristic: 'pregnancy-maternity',
    plural: ['young women', 'young mums', 'new mums', 'single mums', 'single mothers', 'pregnant women', 'mums', 'mothers', 'teenage mums', 'teen mums', 'teenage mothers', 'young mothers', 'expectant mothers'],
  },
  {
    characteristic: 'disability',
    plural: ['disabled people', 'the disabled', 'autistic people', 'autistics', 'the mentally ill', 'wheelchair users', 'people with learning disabilities', 'deaf people', 'blind people', 'schizophrenics', 'the deaf', 'the blind', 'people with autism', 'people with down s syndrome', 'amputees', 'the mentally handicapped'],
    adjectives: ['disabled', 'autistic', 'wheelchair', 'deaf', 'blind', 'handicapped'],
  },
  {
    characteristic: 'gender-reassignment',
    plural: ['trans people', 'trans women', 'trans men', 'transgender people', 'transsexuals', 'trans activists', 'trans activist', 'trans', 'transgenders', 'non binary people'],
    singular: ['trans woman', 'trans man', 'tranny'],
    adjectives: ['trans', 'transgender'],
  },
  {
    characteristic: 'sexual-orientation',
    plural: ['gays', 'gay people', 'gay men', 'lesbians', 'bisexuals', 'homosexuals', 'the lgbt lot', 'lgbt people', 'lgbtq people'],
    singular: ['gay', 'lesbian', 'homosexual'],
    adjectives: ['gay', 'lesbian', 'lgbt', 'lgbtq'],
  },
  {
    characteristic: 'age',
    plural: ['old people', 'older people', 'pensioners', 'the elderly', 'elderly people', 'oaps', 'boomers', 'millennials', 'young people', 'youngsters', 'teenagers', 'oldies', 'wrinklies'],
    singular: ['pensioner', 'boomer', 'millennial', 'oap'],
    adjectives: ['old', 'elderly'],
  },
];

/** Nouns that, after a group adjective, name people ("Polish lads"): exported for tests. */
export const GROUP_PEOPLE_NOUNS = PEOPLE;

/** A group word used in another sense: skipped when the sentence shows it. */
export interface GroupSense {
  term: string;
  /** Words (matcher syntax) showing the other sense. */
  otherSense: string[];
  /** Words that confirm the group sense even then. */
  groupSense: string[];
  falsePositive: FalsePositive;
}

const GRT_SENSE = ['gypsy', 'gypsies', 'roma', 'caravan*', 'encampment*', 'site', 'sites', 'pitch', 'pitches'];
export const GROUP_SENSES: GroupSense[] = [
  {
    term: 'travellers',
    otherSense: ['rail*', 'train*', 'station*', 'airport*', 'flight*', 'delay*', 'journey*', 'passenger*', 'commuter*', 'motorway*', 'road', 'roads', 'bus', 'buses', 'ferry', 'ferries', 'holiday*', 'disruption', 'route*', 'tourist*', 'luggage', 'ticket*', 'travel'],
    groupSense: GRT_SENSE,
    falsePositive: { context: 'travellers as passengers and tourists', example: 'Travellers are a nightmare to count at the station: delays all weekend on the A6. Swarms of holiday travellers at the airport.' },
  },
  {
    term: 'poles',
    otherSense: ['telegraph', 'lamp*', 'pavement*', 'fence*', 'flag*', 'north', 'south', 'bt', 'openreach', 'street'],
    groupSense: ['polish', 'poland'],
    falsePositive: { context: 'telegraph and lamp poles', example: 'New poles are a nuisance on the pavement; Openreach poles everywhere.' },
  },
];

export interface Predicate {
  phrases: string[];
  severity: Severity;
  /** dehumanising: likens people to vermin, disease or animals; stereotype: a generalised negative trait. */
  kind: 'dehumanising' | 'stereotype';
  /** Only after a modal ("they should all be …", "they need …"): "asylum seekers are deported" is news, "should all be deported" a demand. */
  afterModal?: boolean;
  /** Only at the end of a clause ("they're taking over, mark my words"), not "young people are taking over the youth council". */
  atClauseEnd?: boolean;
  /** Not when the next word is one of these ("a nightmare to count" is about the task, not the people). */
  notBefore?: string[];
  /** A false-positive context this entry guards against, with a clean example the tests run. */
  falsePositive?: FalsePositive;
}

/** What the group is said to be doing to a place: "ruining our town", "destroying this country". */
const PLACES = ['our town', 'this town', 'the town', 'our country', 'this country', 'the country', 'our area', 'this area', 'the area', 'our city', 'this city', 'our high street', 'the high street', 'our street', 'our streets', 'our estate', 'this estate', 'our community', 'our communities', 'our village', 'this village', 'our neighbourhood', 'britain', 'england', 'our culture', 'our way of life', 'this place', 'the place', 'our schools', 'the nhs', 'everything'];
const RUIN_VERBS = ['ruining', 'ruin', 'ruined', 'destroying', 'destroy', 'destroyed', 'wrecking', 'wreck', 'wrecked', 'taking over', 'take over', 'overrunning', 'bleeding', 'trashing', 'trash', 'dragging down'];
/** "Eastern Europeans are ruining our town", "migrants destroying this country". */
export const RUIN_PHRASES = RUIN_VERBS.flatMap((verb) => PLACES.map((place) => `${verb} ${place}`));
/** Parasitism frames: "milking the system", "bleeding the country dry". */
export const PARASITE_PHRASES = ['milking the system', 'milking it', 'milking the benefits system', 'milk the system', 'playing the system', 'gaming the system', 'working the system', 'bleeding the country dry', 'bleeding us dry', 'bleeding the nhs dry', 'bleeding the system dry', 'bleeding the taxpayer dry', 'bleed the country dry', 'bleed us dry', 'sponging off', 'sponging off us', 'scrounging off', 'living off the state', 'living off benefits', 'living off handouts', 'living off us', 'living off the taxpayer', 'having kids for a council house', 'having kids for a council flat', 'having babies for a council house', 'having babies for a council flat', 'having kids for benefits', 'having babies for benefits', 'having kids to get a council', 'having babies to get a council', 'having kids to jump the queue', 'having babies to jump the queue'];
/** Antisemitic control tropes: "Jews control the banks". Not "own": "Jewish residents own the media company" is a fact about a business. */
export const CONTROL_PHRASES = ['control', 'controls', 'controlling', 'run', 'runs', 'running'].flatMap((verb) => ['the banks', 'the media', 'the world', 'everything', 'the government', 'the money', 'the press', 'hollywood'].map((thing) => `${verb} ${thing}`));
/** Removal demands: "they should all be sent back", "they need deporting". Not "sent home" (hospital discharge, school exclusions). */
export const REMOVAL_PHRASES = ['sent back', 'sending back', 'shipped back', 'shipping back', 'shipped out', 'shipping out', 'deported', 'deporting', 'kicked out', 'kicking out', 'booted out', 'thrown out', 'chucked out', 'rounded up', 'sterilised', 'put down', 'gassed', 'sent packing'];
/** Words that turn "they … be …" into a demand. */
export const MODALS = ['should', 'must', 'ought', 'need', 'needs', 'want', 'wants', 'ought', 'll', 'd', 'would', 'could'];

/** What follows "X are (all / just / nothing but / like) …", "they live like …". */
export const PREDICATES: Predicate[] = [
  {
    kind: 'dehumanising',
    severity: 'high',
    phrases: ['vermin', 'cockroaches', 'cockroach', 'rats', 'parasites', 'parasite', 'leeches', 'leech', 'scum', 'scumbags', 'animals', 'savages', 'filth', 'subhuman', 'subhumans', 'sub human', 'pests', 'maggots', 'lice', 'a plague', 'a disease', 'a cancer', 'an infestation', 'dregs', 'a scourge', 'pigs', 'dogs', 'rabbits', 'monkeys', 'apes', 'cattle', 'insects', 'germs', 'trash', 'rubbish', 'invaders', 'uncivilised', 'barbarians', 'inbred', 'inbreds', 'feral'],
  },
  {
    kind: 'stereotype',
    severity: 'medium',
    phrases: ['thieves', 'thieving', 'criminals', 'crooks', 'scroungers', 'spongers', 'freeloaders', 'benefit cheats', 'cheats', 'terrorists', 'extremists', 'jihadis', 'rapists', 'groomers', 'paedos', 'paedophiles', 'predators', 'perverts', 'lazy', 'dirty', 'filthy', 'smelly', 'unhygienic', 'liars', 'dishonest', 'violent', 'thick', 'stupid', 'useless', 'workshy', 'work shy', 'beggars', 'lowlifes', 'low lifes', 'backward', 'primitive', 'dangerous', 'untrustworthy', 'fraudsters', 'shoplifters', 'pickpockets', 'troublemakers', 'trouble', 'hysterical', 'irrational', 'emotional', 'incompetent', 'bad drivers', 'terrible drivers', 'money grabbing', 'greedy', 'tight', 'a burden', 'a drain', 'a menace', 'a nuisance', 'a fifth column', 'fifth columnists', 'drunks', 'drunkards', 'alcoholics', 'pissheads', 'piss heads', 'boozers', 'alkies', 'all on benefits', 'all on the dole', 'all on the social', 'all on handouts', 'benefit scroungers', 'a waste of space', 'a waste of oxygen', 'a liability', 'a blight', 'a curse', 'a disgrace', 'a pain', 'more trouble than they re worth', 'grooming kids', 'grooming children', 'grooming our kids', 'grooming our children', 'a danger to children', 'a danger to kids', 'a danger to women', 'a threat to children', 'a threat to women', 'a threat to our way of life', 'controlling the banks', 'controlling the media', 'controlling everything', 'never worked a day', 'never done a day s work', 'good for nothing', 'good for nothings', 'ungrateful', 'on the fiddle', 'on the make', 'on the rob', 'on the take', 'on the scrounge', 'mentally ill', 'deluded', 'sick in the head', 'confused', 'all the same', 'up to no good', 'not to be trusted', 'the problem', 'the most confused', ...RUIN_PHRASES, ...PARASITE_PHRASES],
  },
  {
    kind: 'stereotype',
    severity: 'medium',
    notBefore: ['to', 'for', 'when', 'if'],
    phrases: ['a nightmare', 'a nuisance to deal with', 'hard work', 'a headache'],
    falsePositive: { context: 'how hard a task is ("a nightmare to count")', example: 'Young people are a nightmare to reach in consultations, so we are trying TikTok.' },
  },
  {
    kind: 'stereotype',
    severity: 'medium',
    atClauseEnd: true,
    phrases: ['taking over', 'everywhere', 'everywhere now', 'multiplying', 'breeding'],
    falsePositive: { context: 'a group "taking over" something named, usually celebrated', example: 'Young people are taking over the youth council this year and women are taking over the cabinet.' },
  },
  {
    kind: 'dehumanising',
    severity: 'medium',
    afterModal: true,
    phrases: REMOVAL_PHRASES,
    falsePositive: { context: 'news of removals, and papers sent back', example: 'Forty asylum seekers were deported last month, the Home Office says. The report should all be sent back to committee.' },
  },
];

/** Verbs that, after a group and "always / all / never / just", generalise behaviour. */
export const STEREOTYPE_VERBS = ['complain', 'complaining', 'moan', 'moaning', 'whinge', 'whinging', 'whine', 'steal', 'stealing', 'nick', 'nicking', 'thieve', 'lie', 'lying', 'cheat', 'cheating', 'scrounge', 'scrounging', 'sponge', 'sponging', 'beg', 'begging', 'fiddle', 'cause trouble', 'causing trouble', 'cause problems', 'leave a mess', 'leave rubbish', 'leave their rubbish', 'make a mess', 'play the race card', 'play the victim', 'get special treatment', 'get everything', 'get their way', 'get away with', 'expect handouts', 'want something for nothing', 'get their applications through', 'get their planning applications through', 'get their planning through', 'get planning through', 'get their own way', 'get planning permission', 'get the council houses', 'get the best houses', 'get housed first', 'get served first', 'jump the queue', 'stick together', 'take over', 'take advantage', 'breed', 'breeding', 'smell', 'stink', 'don t want to integrate', 'won t integrate', 'refuse to integrate', 'don t integrate', 'don t learn english', 'won t learn english', 'refuse to learn english', 'don t pay tax', 'never pay', 'don t work', 'won t work', 'get pregnant'];
/** Verbs that generalise even without "always"/"all": "they don't care about anyone else", "they never pay tax". */
export const DIRECT_STEREOTYPE_VERBS = ['don t care about anyone', 'don t care about anyone else', 'don t care about anybody', 'don t give a damn', 'don t give a toss', 'don t respect', 'have no respect', 'have no manners', 'have no shame', 'have no morals', 'never pay tax', 'never pay taxes', 'don t pay tax', 'don t pay taxes', 'don t pay their way', 'never pay their way', 'never work', 'never worked', 'have never worked', 'wouldn t know a day s work', 'don t wash', 'never wash', 'only want benefits', 'only come for the benefits', 'come for the benefits', 'come here for the benefits', 'come over here for', 'come here to scrounge'];
/** Words between a group and a stereotype verb that make it a generalisation. */
export const GENERALISING_ADVERBS = ['always', 'never', 'all', 'just', 'constantly', 'forever', 'only', 'invariably', 'typically', 'usually'];

/** "a swarm of X", "overrun with X": span from the first word to the group. */
export const COLLECTIVES: Array<{ phrases: string[]; severity: Severity }> = [
  { severity: 'high', phrases: ['plague of', 'plagues of', 'infestation of', 'infested with', 'infested by', 'crawling with', 'overrun with vermin'] },
  { severity: 'medium', phrases: ['swarm of', 'swarms of', 'swarming with', 'horde of', 'hordes of', 'flood of', 'floods of', 'flooded with', 'flooded by', 'tide of', 'invasion of', 'invaded by', 'overrun by', 'overrun with', 'swamped by', 'swamped with', 'pack of', 'teeming with', 'influx of foreign'] },
];

/** "X flooding in", "X swarming", "migrant invasion", "gypsy scum". */
/** After a group that is the complement ("half the estate are Romanians claiming benefits"): a charge about who they are. */
export const COMPLEMENT_FOLLOWERS = ['claiming benefits', 'on benefits', 'on the dole', 'on the social', 'living on benefits', 'sponging', 'scrounging', 'on the fiddle', 'on the make', 'on the rob'];

export const GROUP_FOLLOWERS: Array<{ phrases: string[]; severity: Severity }> = [
  { severity: 'high', phrases: ['scum', 'vermin', 'filth', 'parasites', 'infestation', 'plague', 'infesting', 'rats', 'cockroaches', 'animals'] },
  { severity: 'medium', phrases: ['invasion', 'invaders', 'invading', 'invade', 'hordes', 'horde', 'swarm', 'swarms', 'swarming', 'flooding in', 'flooding into', 'flood in', 'flood into', 'pouring in', 'pouring into', 'taking over', 'breeding like rabbits', 'breed like rabbits', 'scroungers', 'spongers', 'freeloaders', 'thieves', 'layabouts', 'dossers', 'beggars', 'benefit cheats', 'lowlifes', ...RUIN_PHRASES, ...PARASITE_PHRASES, 'grooming kids', 'grooming children', 'grooming our kids', 'grooming our children'] },
  { severity: 'high', phrases: CONTROL_PHRASES },
];
/** Nouns that, after a group adjective ("Lithuanian thieves", "disabled scroungers"), brand the whole group. */
export const ADJECTIVE_FOLLOWERS = ['scroungers', 'spongers', 'freeloaders', 'thieves', 'layabouts', 'dossers', 'beggars', 'benefit cheats', 'lowlifes', 'scum', 'vermin', 'parasites', 'filth', 'rats', 'invaders', 'hordes', 'swarms'];

/** Fixed hostile phrases that need no group mention. */
export const HOSTILE_PHRASES: Array<{ phrases: string[]; severity: Severity; characteristic: Characteristic; note: string; needsSubject?: boolean; notBefore?: string[] }> = [
  {
    severity: 'high',
    characteristic: 'race',
    note: 'Telling people to "go back" is a recognised form of racist abuse (CPS treats it as evidence of racial hostility).',
    phrases: ['go back to where you came from', 'go back where you came from', 'go back to where they came from', 'go back where they came from', 'go back to your own country', 'go back to your country', 'go back to their own country', 'go back to their country', 'send them back where they came from', 'send them all back', 'send em all back', 'ship them back', 'ship them all back', 'go back to africa', 'go back to pakistan', 'go back to poland', 'go back to romania', 'go back to india', 'go home paki', 'should go home', 'breed like rabbits', 'breeding like rabbits'],
  },
  {
    severity: 'medium',
    characteristic: 'race',
    note: 'Othering: casts residents of a protected group as not belonging.',
    phrases: ['this isn t britain any more', 'this isn t britain anymore', 'this isn t england any more', 'this isn t england anymore', 'not britain any more', 'not britain anymore', 'not england any more', 'not england anymore', 'doesn t feel like britain', 'doesn t feel like england', 'like they do back home', 'as they do back home', 'like they do in their country', 'these people come here', 'coming over here', 'come over here and', 'taking our jobs', 'stealing our jobs', 'taking our houses'],
  },
  {
    severity: 'medium',
    characteristic: 'race',
    note: 'A stereotype that migrants and minority communities refuse to fit in.',
    // Only after a subject in the same sentence: "Don't learn English the hard way: ESOL classes!" is an imperative.
    needsSubject: true,
    phrases: ['don t want to integrate', 'won t integrate', 'refuse to integrate', 'don t learn english', 'won t learn english', 'refuse to learn english', 'can t be bothered to learn english'],
  },
  {
    severity: 'medium',
    characteristic: 'race',
    note: 'The stereotype that migrants will not learn English yet expect support: the language barrier is real, the "and expect" turns it into a charge against the group.',
    phrases: ['can t', 'cannot', 'can t even', 'don t', 'don t even', 'won t', 'never', 'barely', 'hardly'].flatMap((neg) =>
      ['speak a word of english', 'speak english', 'speak the language', 'learn english', 'learn the language', 'say a word in english'].flatMap((skill) =>
        ['and expect', 'but expect', 'yet expect', 'and want', 'but want', 'and still expect', 'but still expect', 'and get'].map((tail) => `${neg} ${skill} ${tail}`))),
  },
  {
    severity: 'medium',
    characteristic: 'race',
    note: 'Excludes people as a "sort" or "kind": the coded form of "we don\u2019t want them living here", used against Travellers and migrants.',
    notBefore: ['of'],
    phrases: ['don t', 'do not', 'dont'].flatMap((neg) => ['want', 'need'].flatMap((verb) => ['their sort', 'their kind', 'that sort', 'that kind', 'your sort', 'your kind', 'their type', 'that type', 'people like that', 'people like them', 'those sort', 'these sort'].map((who) => `${neg} ${verb} ${who}`))),
  },
];

/** Tropes that become hostile only in a post that mentions a protected group ("lock up your sheds"). */
export const GROUP_TROPES: Array<{ phrases: string[]; severity: Severity; note: string }> = [
  {
    severity: 'medium',
    note: 'Implies the group are thieves.',
    phrases: ['lock up your sheds', 'lock your sheds', 'lock up your bikes', 'lock up your tools', 'lock up your valuables', 'hide your valuables', 'count your spoons', 'watch your wallets', 'hold on to your handbags', 'lock up your daughters', 'nick the goalposts'],
  },
  {
    severity: 'medium',
    note: 'Implies the group are a danger to children (a trope used against gay and trans people).',
    phrases: ['wouldn t let my lad go near', 'wouldn t let my son go near', 'wouldn t let my kids go near', 'wouldn t let my kids near', 'wouldn t let my children near', 'wouldn t let my daughter near', 'keep them away from our kids', 'keep them away from our children', 'keep them away from children', 'not around our kids', 'not near our children'],
  },
  {
    severity: 'medium',
    note: 'Casts a group\u2019s visibility as an imposition.',
    phrases: ['shove it down our throats', 'shoving it down our throats', 'ram it down our throats', 'ramming it down our throats', 'rammed down our throats', 'forced down our throats', 'shoved down our throats'],
  },
  {
    severity: 'medium',
    note: 'Sneers that the group brings trouble with it.',
    phrases: ['what you get when', 'what you get with', 'what happens when you let', 'always the same with', 'there goes the neighbourhood', 'we all know what happens', 'the whole area will change', 'whole area will go downhill', 'area will go downhill', 'house prices will plummet', 'house prices will drop'],
  },
  {
    severity: 'medium',
    note: 'Insinuates that Muslims are violent (a beheading "joke").',
    phrases: ['keep my head attached', 'keep my head on my shoulders', 'like my head where it is', 'lose my head'],
  },
];

/** Mocking tropes that need no group mention. */
export const MOCKING_PHRASES: Array<{ phrases: string[]; characteristic: Characteristic; note: string }> = [
  {
    characteristic: 'gender-reassignment',
    note: 'Mocks gender identity by comparing it with identifying as an object or animal.',
    phrases: ['lamppost', 'lamp post', 'cat', 'dog', 'attack helicopter', 'helicopter', 'toaster', 'tree', 'unicorn', 'teapot', 'penguin', 'dolphin', 'fridge', 'chair', 'table', 'car', 'horse', 'badger'].flatMap((thing) => [`identify as a ${thing}`, `identifies as a ${thing}`, `identifying as a ${thing}`, `identify as an ${thing}`]),
  },
  {
    characteristic: 'disability',
    note: 'Uses disabled athletes as the punchline for incompetence.',
    phrases: ['like watching the special olympics', 'like the special olympics', 'like a special olympics', 'the special olympics of', 'special olympics version'],
  },
  {
    characteristic: 'sex',
    note: 'Sex stereotyping: some work is for men only.',
    phrases: ['leave it to the men', 'leave it to the boys', 'a man s job', 'a job for a man', 'not a job for a woman', 'not a job for women', 'women s work', 'woman s place is in the'],
  },
  {
    characteristic: 'pregnancy-maternity',
    note: 'Treats pregnancy or maternity leave as an imposition on the employer: unfavourable treatment because of pregnancy is unlawful (Equality Act 2010 s.18).',
    phrases: ['pregnant again and expecting', 'expecting us to hold her job', 'expect us to hold her job', 'expect us to keep her job open', 'off on maternity leave again', 'on maternity leave again', 'another maternity leave'],
  },
  {
    characteristic: 'religion-belief',
    note: 'Mocks religious dress.',
    phrases: ['turbans', 'burkas', 'burqas', 'hijabs', 'headscarves', 'tea towels'].flatMap((dress) => [`for the ${dress}`, `for all the ${dress}`]),
  },
  {
    characteristic: 'race',
    note: 'Casts an area with ethnic-minority residents as a foreign country.',
    phrases: ['somalia', 'pakistan', 'poland', 'romania', 'africa', 'baghdad', 'mogadishu', 'kabul', 'bucharest', 'karachi', 'islamabad', 'lagos', 'bangladesh', 'beirut'].flatMap((place) => [`little ${place}`, `mini ${place}`, `turned into ${place}`, `like ${place} round here`]),
  },
];

/** The "X, Y and Z walk into a bar" joke format, flagged when a protected group is the X. */
export const JOKE_CUES = ['does it take to', 'does it take a', 'do you need to', 'walk into a', 'walk into the', 'walks into a', 'walks into the', 'walked into a', 'walked into the'];

/** Words that, besides group names, show a post is about a protected group (for GROUP_TROPES). */
export const TROPE_CONTEXT = ['pride', 'lgbt*', 'mosque*', 'synagogue*', 'gurdwara*', 'temple', 'halal', 'kosher', 'burka*', 'burqa*', 'niqab*', 'hijab*', 'turban*', 'caravan*', 'encampment*', 'non binary', 'transgender', 'ramadan', 'eid'];

/** Words that link a subject to a predicate: "X are …", "they're …". */
export const COPULAS = ['are', 'is', 'were', 'was', 're', 'r', 'being', 'be', 'get', 'gets', 'seem', 'seems'];
/** Verbs that take "like …": "they live like animals". */
export const BEHAVIOUR_VERBS = ['live', 'lives', 'living', 'behave', 'behaves', 'behaving', 'act', 'acts', 'acting', 'breed', 'breeds', 'breeding', 'treat', 'treating'];
/** Words allowed between the link and the predicate: "are nothing but a bunch of …". */
export const FILLERS = ['all', 'just', 'always', 'nothing', 'but', 'like', 'no', 'better', 'than', 'a', 'an', 'bunch', 'of', 'load', 'lot', 'pack', 'total', 'complete', 'absolute', 'basically', 'literally', 'simply', 'such', 'the', 'bloody', 'fucking', 'effing', 'utter', 'mostly', 'mainly', 'generally', 'usually', 'only', 'really', 'so', 'very', 'too', 'more', 'most', 'naturally', 'obviously', 'clearly', 'still', 'now', 'often', 'frankly', 'honestly', 'known', 'for', 'being', 'little', 'filthy', 'dirty', 'living', 'far', 'way', 'pretty', 'quite', 'rather', 'ever', 'seriously', 'of', 'them', 'these', 'days'];
/** Words that start a short phrase between a group and its verb: "the Polish lads at the car wash are …". */
export const PREPOSITIONS = ['at', 'in', 'on', 'from', 'round', 'around', 'near', 'by', 'across', 'down', 'up', 'over'];
/** Hostile words directly in front of a group: "thieving gypsies". */
export const HOSTILE_ADJECTIVES = ['thieving', 'dirty', 'filthy', 'scrounging', 'sponging', 'smelly', 'stinking', 'lazy', 'feral', 'inbred', 'workshy', 'greedy', 'bloody', 'fucking', 'effing', 'stupid', 'vile', 'disgusting', 'scummy'];
/** Swearing that intensifies a slur, not worth keeping once the slur is replaced ("Bloody gyppos"): derogatory-term. */
export const SLUR_EXPLETIVES = ['bloody', 'fucking', 'effing', 'sodding', 'flaming', 'frigging', 'bleeding'];
/** Pronoun subjects that stand for a group mentioned just before. */
export const PRONOUN_SUBJECTS = ['they', 'these people', 'those people', 'this lot', 'that lot', 'these lot', 'them lot', 'their sort', 'their kind', 'people like that', 'people like them', 'these types', 'that sort'];
/** Before "typical X", these make it statistics ("a typical pensioner household"), not a jibe. */
export const TYPICAL_NEUTRAL = ['a', 'an', 'the', 'our', 'their', 'your', 'his', 'her', 'its', 'most', 'more', 'less', 'this', 'that'];

/** "Why bother hiring young women": employment stereotyping. */
export const HIRING_CUES = ['bother hiring', 'bother employing', 'stop hiring', 'stop employing', 'never hire', 'never employ', 'won t hire', 'wouldn t hire', 'think twice before hiring', 'think twice about hiring', 'avoid hiring', 'risk hiring', 'bother taking on', 'no point hiring', 'no point employing', 'no point promoting', 'no point taking on', 'not worth hiring', 'not worth employing', 'not worth promoting', 'bother promoting', 'never promote', 'wouldn t promote', 'won t employ', 'wouldn t employ', 'rather not hire', 'rather not employ'];

/** Words in front of a span that show it is reported, challenged or quoted to criticise. */
export const REPORTING_CUES = ['say', 'says', 'said', 'saying', 'claim*', 'call', 'calls', 'called', 'calling', 'describ*', 'brand*', 'label*', 'suggest*', 'impl*', 'refer*', 'shout*', 'chant*', 'scrawl*', 'spray*', 'sprayed', 'daub*', 'wrote', 'written', 'myth', 'myths', 'lie', 'lies', 'idea', 'notion', 'trope*', 'stereotyp*', 'untrue', 'false', 'wrong', 'hear', 'heard', 'hearing', 'condemn*', 'reject*', 'challeng*', 'not true', 'isn t true', 'not all', 'nonsense', 'who thinks', 'who think', 'who believes', 'who believe'];

/** Words anywhere in a post that show it condemns what it quotes. */
export const CONDEMNATION_CUES = ['condemn*', 'appal*', 'disgust*', 'shame*', 'shameful', 'shocking', 'shocked', 'horrified', 'horrific', 'unacceptable', 'vile', 'racis*', 'bigot*', 'hateful', 'hate', 'abuse', 'abusive', 'homophob*', 'transphob*', 'islamophob*', 'antisemit*', 'misogyn*', 'sexis*', 'ableis*', 'discriminat*', 'no place', 'reported', 'report', 'reporting', 'police', 'graffiti', 'slur*', 'offensive', 'sickened', 'sickening', 'appalling', 'deplorable', 'solidarity', 'stand with', 'stand against', 'tired of', 'sick of', 'fed up', 'blocked', 'deleted', 'deleting'];

export const GENERALISATION_SOURCE = `Equality Act 2010 s.4-12 and s.26 (harassment); ${GUIDANCE.ehrcHarassment}; ${GUIDANCE.lgaCode}; ${GUIDANCE.ofcom}`;
export const GENERALISATION_SOURCES_BY_CHARACTERISTIC: Record<Characteristic, string> = {
  age: `${EQA.age}; ${GUIDANCE.ageUk}`,
  disability: `${EQA.disability}; ${GUIDANCE.disabilityUnit}`,
  'gender-reassignment': `${EQA.genderReassignment}; ${GUIDANCE.transLanguage}`,
  'marriage-civil-partnership': EQA.marriage,
  'pregnancy-maternity': EQA.pregnancy,
  race: `${EQA.race}; ${GUIDANCE.travellerMovement}; ${GUIDANCE.cps}`,
  'religion-belief': `${EQA.religion}; ${GUIDANCE.tellMama}; ${GUIDANCE.cst}`,
  sex: EQA.sex,
  'sexual-orientation': `${EQA.sexualOrientation}; ${GUIDANCE.stonewall}`,
};
