/**
 * Insults: words that attack a person rather than what they did. A term only
 * counts when it lands on an identifiable person (rules/detect/targets.ts):
 * "Cllr Brown is a moron", "the useless planning officer", "you clown" in a
 * reply. "This budget is useless" and "the council is incompetent" are
 * criticism of a decision or an institution and stay clean.
 *
 * kind: `noun` ("a moron": after a copula, before a name, or "you moron"),
 * `adjective` ("useless": after a copula or before a person), `mild` (nouns such
 * as "disgrace" that are also ordinary political criticism: only after a copula,
 * and only a heads-up when aimed at an elected politician), `verb` (with the person
 * as subject: "couldn't run a bath").
 */
import type { LexiconEntry } from './lexicon';

export type InsultKind = 'noun' | 'adjective' | 'mild' | 'verb';

const CODE = 'LGA Model Councillor Code of Conduct (2020), para 1 (respect) and para 2 (bullying)';
const OFFICERS = 'LGA Model Councillor Code of Conduct (2020), para 1.2; Heesom v Public Services Ombudsman for Wales [2014] EWHC 1504 (Admin)';

export const INSULTS: readonly LexiconEntry<InsultKind>[] = [
  {
    id: 'stupidity-nouns',
    kind: 'noun',
    terms: [
      'moron|morons|idiot|idiots|imbecile|cretin|clown|buffoon|muppet|numpty|plonker|pillock|prat|twit|dimwit|halfwit|nitwit|dunce|nincompoop|oaf|dullard|simpleton|fool|bozo|dipstick|donkey|nutter|loony|psycho|lunatic|troll|drunk|drunkard|witch|busybody|thicko|div',
      'wazzock|wazzocks|berk|berks|clot|wally|wallies|numbskull|numskull|bonehead|boneheads|airhead|knucklehead|dunderhead|dumbass|twerp|eejit|dipshit|melt|melts|sod|sods',
      'few|one|two sandwich|sandwiches|sarnie|sarnies|butties short of a picnic',
      'brick|bricks short of a load|hod',
      'card|cards short of a full| deck|pack',
    ],
    note: 'Calling a person stupid is an attack on them, not on their decision.',
    source: CODE,
    falsePositives: [
      { context: 'the word about a thing or a plan', clean: 'This plan is a fool\u2019s errand and the budget is a joke.' },
      { context: 'April Fools and circus clowns', clean: 'Happy April Fools\u2019 Day! The circus clown workshop is at the library on Saturday.', unless: ['april fool|fools', 'circus clown|clowns', 'clown workshop|school|show'] },
      { context: 'self-deprecation', clean: 'I was an idiot and left my phone at the count.' },
      { context: 'melt and sod as ordinary words', clean: 'The snow will melt by Friday and the Mayor cut the first sod at the new school.' },
      { context: 'a scheme that is a few sandwiches short of a picnic', clean: 'This budget is a few sandwiches short of a picnic.' },
    ],
  },
  {
    id: 'abuse-nouns',
    kind: 'noun',
    terms: [
      'tosser|wanker|knob|knobhead|dickhead|dick|prick|twat|arse|arsehole|asshole|bellend|bastard|bitch|scumbag|scum|vermin|parasite|leech|snake|rat|weasel|slimeball|sleazebag|creep|lowlife|toerag|git|cow|toad|worm|slug|swine|reptile',
      'piece of shit|work',
      'waste of space|oxygen|skin',
      'jobsworth|coward|bully|thug|hypocrite',
      'gobshite|gobshites|chancer|chancers|spiv|spivs|grifter|grifters|arsewipe|knobend|tosspot|shitbag|shithead|scrote|toe-rag|ratbag|lickspittle|toady|sycophant|crank|fantasist|bottler|sociopath|narcissist',
      'oxygen thief|thieves',
      'snake oil salesman',
      'waste of a seat|salary|skin',
      'useless|total|complete|absolute article',
    ],
    note: 'Abuse and name-calling aimed at a person.',
    source: CODE,
    falsePositives: [
      { context: 'animals and pests', clean: 'Pest control has dealt with the rat problem on the estate.' },
      { context: 'a thing called a waste of space', clean: 'The empty office block is a waste of space.' },
      { context: 'reporting a bully to help a victim', clean: 'If a bully is targeting your child, the school must act.' },
      { context: 'an object called a useless article', clean: 'Useless article, this new wheelie bin lid. Snapped in a week.' },
      { context: 'a grifter or chancer scheme described, not a person', clean: 'The parking scheme is a chancer\u2019s charter.' },
    ],
  },
  {
    id: 'stupidity-adjectives',
    kind: 'adjective',
    terms: [
      'useless|incompetent|inept|clueless|stupid|thick|dim|brainless|braindead|brain-dead|moronic|idiotic|dense|gormless|witless|hopeless',
      'pathetic|spineless|gutless|lazy|ignorant|deluded|senile|vile|odious|nasty|repulsive|disgusting|sneaky|slimy|smug|two-faced|unhinged|evil|vindictive|thieving|spiteful|malicious',
      'stupidest|thickest|laziest|dumbest|dimmest|dumb|dopey',
      'dozy|daft|feckless|snivelling|sniveling|cowardly|weaselly|dim-witted|dimwitted|half-witted|halfwitted|pea-brained|worthless|greedy|grubby|shifty|bumbling|bungling|hapless',
      'bone idle',
      'thick as mince|pigshit|shit',
      'thick as two short planks',
    ],
    note: 'An adjective that belittles the person; criticise what they decided instead.',
    source: OFFICERS,
    falsePositives: [
      { context: 'a decision, policy or the council described', clean: 'This decision is useless and the council is incompetent on potholes.' },
      { context: 'a thing or a place', clean: 'The new parking app is useless and the traffic was stupid this morning.' },
      { context: 'self-description', clean: 'I am useless at baking but the cake sale raised \u00a3300.' },
      { context: 'thick and dim as plain descriptions', clean: 'The fog is thick on the bypass and the street lights are dim.' },
    ],
  },
  {
    id: 'incapable',
    kind: 'verb',
    terms: [
      'couldn\'t|cant|can\'t run a bath',
      'could|can not run a bath',
      'couldn\'t|cant|can\'t organise|organize a piss-up',
      'could|can not organise|organize a piss-up',
      'couldn\'t|cant|can\'t find his|her|their own arse|backside',
      'couldn\'t|cant|can\'t|cannot run|organise|organize|manage a|an whelk|lemonade|fruit stall|stand',
      'could|can not run|organise|organize|manage a|an whelk|lemonade|fruit stall|stand',
      'couldn\'t|cant|can\'t|cannot run|organise|organize|manage a|an chip|sweet|tuck shop',
      'could|can not run|organise|organize|manage a|an chip|sweet|tuck shop',
      'couldn\'t|cant|can\'t|cannot run|organise|organize|manage a|an bun fight|booze-up|knees-up',
      'could|can not run|organise|organize|manage a|an bun fight|booze-up|knees-up',
      'couldn\'t|cant|can\'t|cannot find his|her|their way out of a|an paper|wet bag|paper-bag',
      'could|can not find his|her|their way out of a|an paper|wet bag|paper-bag',
      'couldn\'t|cant|can\'t|cannot pour water out of a|an boot',
      'could|can not pour water out of a|an boot',
      'couldn\'t|cant|can\'t|cannot tie his|her|their own shoelaces|laces',
      'could|can not tie his|her|their own shoelaces|laces',
      'hasn\'t|hasnt|hadn\'t|hadnt|haven\'t|havent got| two|2|a|one brain cell|cells',
      'has|have|had not got| two|2|a|one brain cell|cells',
      'doesn\'t|doesnt|didn\'t|didnt|don\'t|dont have two|2|a|one brain cell|cells',
      'does|do|did not have two|2|a|one brain cell|cells',
    ],
    note: 'Stock put-downs of a person\u2019s competence; about the council or a party they are political speech.',
    source: OFFICERS,
    falsePositives: [
      { context: 'said of the council or a party', clean: 'This council couldn\u2019t organise a piss-up in a brewery.' },
      { context: 'the administration or a party', clean: 'The administration couldn\u2019t manage a whelk stall and the Tories haven\u2019t got two brain cells between them.' },
    ],
  },
  {
    id: 'mild',
    kind: 'mild',
    terms: ['disgrace|embarrassment|joke|liability|nonentity|has-been', 'laughing stock'],
    note: 'Often ordinary political criticism ("the budget is a disgrace"); about an officer or a private person it is a personal attack.',
    source: OFFICERS,
    falsePositives: [
      { context: 'a decision or the council', clean: 'This budget is a disgrace and the consultation was a joke.' },
      { context: 'an exclamation about events', clean: 'What a disgrace. The library is shut again.' },
    ],
  },
];
