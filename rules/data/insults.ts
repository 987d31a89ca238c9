/**
 * Insults: words that attack a person rather than what they did. A term only
 * counts when it lands on an identifiable person (utils/text/targets.ts):
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
    ],
    note: 'Calling a person stupid is an attack on them, not on their decision.',
    source: CODE,
    falsePositives: [
      { context: 'the word about a thing or a plan', clean: 'This plan is a fool\u2019s errand and the budget is a joke.' },
      { context: 'April Fools and circus clowns', clean: 'Happy April Fools\u2019 Day! The circus clown workshop is at the library on Saturday.', unless: ['april fool|fools', 'circus clown|clowns', 'clown workshop|school|show'] },
      { context: 'self-deprecation', clean: 'I was an idiot and left my phone at the count.' },
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
    ],
    note: 'Abuse and name-calling aimed at a person.',
    source: CODE,
    falsePositives: [
      { context: 'animals and pests', clean: 'Pest control has dealt with the rat problem on the estate.' },
      { context: 'a thing called a waste of space', clean: 'The empty office block is a waste of space.' },
      { context: 'reporting a bully to help a victim', clean: 'If a bully is targeting your child, the school must act.' },
    ],
  },
  {
    id: 'stupidity-adjectives',
    kind: 'adjective',
    terms: [
      'useless|incompetent|inept|clueless|stupid|thick|dim|brainless|braindead|brain-dead|moronic|idiotic|dense|gormless|witless|hopeless',
      'pathetic|spineless|gutless|lazy|ignorant|deluded|senile|vile|odious|nasty|repulsive|disgusting|sneaky|slimy|smug|two-faced|unhinged|evil|vindictive|thieving|spiteful|malicious',
      'stupidest|thickest|laziest|dumbest|dimmest|dumb|dopey',
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
    ],
    note: 'Stock put-downs of a person\u2019s competence; about the council or a party they are political speech.',
    source: OFFICERS,
    falsePositives: [
      { context: 'said of the council or a party', clean: 'This council couldn\u2019t organise a piss-up in a brewery.' },
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
