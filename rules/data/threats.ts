/**
 * Threats and violent "jokes". kind:
 * - `harm`: a violent verb that needs a wish or intention before it ("I'd",
 *   "someone should", "gonna") and a person after it ("him", "Cllr Brown",
 *   "the chief exec"): "I'd happily punch him". "We murdered them 5-0" has
 *   neither, "this will kill the high street" has no person.
 * - `damage`: arson and criminal damage, with a wish before it and any object:
 *   "someone should torch his car".
 * - `wish`: harm wished on a person who is the subject: "Cllr Brown should be
 *   shot", "he needs a good slap".
 * - `phrase`: threatening on its own: "I know where you live".
 * - `give`: a wish or intention, a person, then a beating: "someone should give
 *   that planning officer a good hiding" ("give the scheme a kicking" has no person).
 * - `where`: "I know where" + a person + where they live or go: "I know where
 *   Cllr Morgan lives" ("I know where the community fridge lives" has no person).
 */
import type { LexiconEntry } from './lexicon';

export type ThreatKind = 'harm' | 'damage' | 'wish' | 'phrase' | 'give' | 'where';

const THREATS =
  'Malicious Communications Act 1988 s.1; Online Safety Act 2023 s.181 (threatening communications); LGA Model Councillor Code of Conduct (2020), para 2';

export const THREAT_LEXICON: readonly LexiconEntry<ThreatKind>[] = [
  {
    id: 'harm-verbs',
    kind: 'harm',
    terms: [
      'punch|kill|murder|shoot|stab|hang|lynch|slap|deck|batter|strangle|throttle|smack|thump|headbutt|knife|glass|kneecap|lamp|hurt|attack|hit|drown|twat|chin|bash|whack|belt|knock|kick|burn|run|string|throw|wring|clobber|wallop|leather|nut|brain|bottle|garrotte|smother|maim|torture|cripple',
      'punches|kills|murders|shoots|stabs|hangs|slaps|decks|batters|strangles|smacks|thumps|headbutts|hits|burns|wrings|clobbers|wallops|maims',
      // With a body part after ("I'll break his legs", "snap her neck"); "break him" alone is rare in a threat and common in sport.
      'break|snap|fracture|breaks|snaps',
    ],
    note: 'Violence threatened against a person, even as a joke, can be a criminal offence and is a breach of the code.',
    source: THREATS,
    falsePositives: [
      { context: 'sport and winning', clean: 'We murdered them 5-0 on Saturday and the lads played a blinder.' },
      { context: 'killing a policy or a deal', clean: 'This will kill the high street. We should kill the proposal at Cabinet.' },
      { context: 'a killer deal', clean: 'A killer deal on solar panels for every household in the ward.' },
      { context: 'shoot someone an email', clean: 'I\u2019ll shoot him an email about the bins tomorrow.', unless: ['shoot|drop him|her|you|them a|an email|message|line|text|note|dm'] },
      { context: 'hang someone out to dry', clean: 'They would hang him out to dry if it went wrong.', unless: ['hang|hung him|her|you out to dry'] },
      { context: 'beating or kicking out at the ballot box', clean: 'We will beat him at the ballot box and kick her out of office in May.', unless: ['beat him|her|you at|in', 'kick|throw|run him|her|you out|off', 'knock him|her|you out of'] },
      { context: 'hitting someone up, running someone through', clean: 'I\u2019ll hit him up for a quote and run him through the figures.', unless: ['hit him|her|you up', 'run him|her|you through|by|past|home', 'knock|kick him|her|you up'] },
      { context: 'craving', clean: 'I\u2019d kill for a coffee after that meeting.' },
      { context: 'bottling a decision, smothering a debate', clean: 'I think they will bottle it, and the Leader wants to smother the debate.' },
      { context: 'breaking news or a heart, snapping someone up, breaking a rival at the polls', clean: 'I\u2019ll break it to him gently, it will break her heart; we should snap him up, and we will break him at the ballot box.', unless: ['break|breaks his|her|your|their heart|hearts|spirit|record|duck|silence|fall', 'snap|snaps him|her|you|them up', 'break|breaks him|her|you|them in|into|at'] },
    ],
  },
  {
    id: 'damage-verbs',
    kind: 'damage',
    terms: ['torch|firebomb|petrol-bomb|vandalise|vandalize|key|trash', 'burn|burned|burnt down', 'set fire|light to', 'smash|brick up|in',
      'smash|smashes|smashed|brick|bricks|bricked|torches|torched|firebombs', 'slash his|her|their tyres', 'petrol bomb', 'put|throw|chuck a brick through'],
    note: 'Arson or criminal damage wished on someone\u2019s home, car or office is a threat.',
    source: THREATS,
    falsePositives: [
      { context: 'the Olympic torch or a torch as a thing', clean: 'The torch relay comes through the ward on Friday. We will carry the torch for Riverside.' },
      { context: 'a key as a noun', clean: 'Parking will be key to the scheme and we will key in the data.', unless: ['key in|to'] },
    ],
  },
  {
    id: 'harm-wishes',
    kind: 'wish',
    terms: [
      'should|must|shd be|get shot|hanged|hung|lynched|knifed|stabbed|beaten|burned|burnt|kneecapped|glassed|killed',
      'should|must|shd be|get strung up',
      'should|must|shd be put down',
      'should|must|shd be taken out and shot',
      'deserves|deserve|deserved|needs|need|needed|wants|want a|an good|proper|real| slap|kicking|beating|hiding|punch|smack|bullet|thumping|battering|shoeing|slapping',
      'could do with a|an good|proper|real| slap|kicking|beating|hiding|punch|smack|thumping|battering|shoeing|slapping',
      'deserves|deserve|needs|need|wants|want|ought to die|hang',
      'deserves|deserve|needs|need|wants|want|ought to be shot|hanged|hung|lynched|killed',
      'deserves|deserve|needs|need|wants|want|ought to be strung up',
      'needs|wants shooting|hanging|lynching|killing|kneecapping',
      'needs|wants stringing up',
      'needs|wants putting down',
      'should die|rot|hang',
      'ought to rot',
      'rots|rot|burns|burn|roasts|roast in hell',
      'gets|get hit|run|knocked over|down| by a bus|lorry|truck',
      'needs|need|wants|want|deserves|deserve|deserved his|her|their head|face|teeth kicked|kicking|punched|smashed|caved|stamped in|',
      'won\'t|wont be smiling|laughing|grinning|smirking for long',
      'will not be smiling|laughing|grinning|smirking for long',
      'won\'t|wont be so smug|cocky|brave for long',
      'will not be so smug|cocky|brave for long',
    ],
    note: 'Harm wished on a named or identifiable person.',
    source: THREATS,
    falsePositives: [
      { context: 'pictures hung, a film shot', clean: 'The new paintings should be hung in the council chamber and the video should be shot in June.' },
      { context: 'a policy that should be put to a vote', clean: 'Cllr Brown says the plan should be put to a public vote.', unless: ['be put to|forward|on|in|back|out|off|through|before|up'] },
      { context: 'a thing that needs a kicking or a shake-up', clean: 'The bus timetable needs a proper shake-up.' },
      { context: 'a report of an accident', clean: 'Cllr Brown was hit by a bus on Mill Lane and is recovering well.' },
      { context: 'a party or a thing that will not be smiling for long', clean: 'The Tories won\u2019t be smiling for long once the count is in.' },
    ],
  },
  {
    id: 'threat-phrases',
    kind: 'phrase',
    terms: [
      'i|we know where you|he|she|they live|lives',
      'know where your kids|children|family',
      'watch your|his|her back',
      'sleep with one eye open',
      'shame|pity if something happened|happens to',
      'bullet with his|her|your|their name',
      'put a bullet in|through',
      'bullet in his|her|your|the head',
      'end|ends up in a|the ditch|canal|river|hospital|morgue',
      'petrol through his|her|your|their letterbox',
      'brick through his|her|your|their window|windows',
      'beat|batter him|her|you up|senseless',
      'beat|batter him|her|you to a pulp',
      'hope he|she|you die|dies|rots|rot|chokes|choke',
      'hope you|he|she lose|loses your|his|her job',
      'your|his|her career here is over',
      'i\'ll|i make sure you never work',
      'pay him|her|you a little| visit',
      'a visit one|some night',
      'hope he|she|you gets|get cancer|hit',
      'one|crash|accident|smash|pile-up he|she|you|they doesn\'t|don\'t|won\'t|wont|cannot|can\'t walk|walks|get|gets away from',
      'one|crash|accident|smash|pile-up he|she|you|they does|do|will not walk|get away from',
    ],
    note: 'Intimidation that threatens harm without a violent verb.',
    source: THREATS,
    falsePositives: [
      { context: 'knowing where a service lives (on a website)', clean: 'Let residents know where the information lives on the website.' },
      { context: 'a fight or a promise nobody walks away from', clean: 'This is a fight he won\u2019t walk away from, and one issue she can\u2019t get away from either.' },
    ],
  },
  {
    id: 'give-a-beating',
    kind: 'give',
    terms: ['give|gives|giving|gave'],
    note: 'A beating promised or wished on a person ("I\u2019d give him a good hiding"); needs a wish or intention, a person, then the beating.',
    source: THREATS,
    falsePositives: [
      { context: 'a scheme or a policy given a kicking', clean: 'I\u2019ll give the recycling scheme a good kicking at scrutiny next week.' },
      { context: 'giving a person something ordinary', clean: 'I\u2019ll give him a call and give the planning officer a hand with the form.' },
      { context: 'a defeat at the ballot box', clean: 'We will give Cllr Brown a hammering at the ballot box in May.' },
    ],
  },
  {
    id: 'know-where',
    kind: 'where',
    terms: ['i|we know|knows where', 'i|we know|knows exactly where', 'i|we found out where'],
    note: 'Telling a named person that you know where they live or go is intimidation, whatever the wording around it.',
    source: THREATS,
    falsePositives: [
      { context: 'knowing where a thing or a service is', clean: 'I know where the new community fridge lives now: behind the library on Park Street.' },
      { context: 'knowing where a person stands', clean: 'We know where Cllr Brown stands on the bypass and we disagree.' },
    ],
  },
];
