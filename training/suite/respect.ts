import { builders, type FamilySpec } from './spec';
import { spellingKinds } from './spelling';

// Respect: insults, threats, violent "jokes" and unfounded allegations aimed at an identifiable
// person (councillor, officer, resident). The contrasts keep the same people and words but aim
// them at a policy, a decision, a party or a service, which a councillor must stay free to attack.
const { bad, ok, family, spelled } = builders('respect', { perGroup: false, count: 85 });

const insults: FamilySpec[] = [
  family(
    bad('insult.is-a', 'insult', '{who} is a [complete |total |][moron|clown|waste of space|idiot|muppet|disgrace|joke][.|!| {e}]', 'What a [moron|clown|prat|halfwit] {who} is[.|!]'),
    [
      ok('insult.is-a.decision', 'decision-criticism', '{cllr}\'s [plan|report|decision] on {topic} is a [complete |total |][shambles|mess|joke|disgrace][.|!]'),
      ok('insult.is-a.party', 'party-criticism', '{party}\'s record on {topic} is a [complete |]disgrace[.|!]'),
    ],
  ),
  family(
    bad('insult.useless', 'insult', '{officer} is [useless|incompetent|thick as mince|a waste of oxygen|clueless].', 'Whoever hired {officer} wants their head examined. [Useless.|Clueless.]'),
    [
      ok('insult.useless.service', 'service-criticism', 'The [bin service|planning portal|pothole reporting system] is useless and {town} deserves better.', 'The [department|service] is [under-staffed|failing residents], and the Cabinet has to fund it properly.'),
      ok('insult.useless.thanks', 'positive-mention', 'Thanks to {officer} for sorting [the drainage on {street}|the streetlights in {ward}] so quickly.'),
    ],
  ),
  family(
    bad('insult.shut-up', 'insult', 'Shut up, {cllr}, you [pathetic|brainless|gormless] [clown|muppet|little man|excuse for a councillor].', 'Nobody cares what you think, {cllr}, you [sad|pathetic] [little|old] [man|woman].'),
    [
      ok('insult.shut-up.disagree', 'political-criticism', 'Sorry {cllr}, but you\'re wrong on {topic} and the figures show it.', 'With respect, {cllr}, residents in {ward} see {topic} very differently.'),
    ],
  ),
  family(
    bad('insult.looks', 'insult', 'Has {cllr} looked in a mirror lately? [Face like a slapped arse|State of them|What a sight] {e}', '{cllr} [is so fat|is so ugly|looks like a melted waxwork], no wonder nobody listens {e}'),
    [ok('insult.looks.figures', 'political-criticism', 'Has {cllr} looked at the figures lately? The budget for {topic} doesn\'t add up {e}')],
  ),
  family(
    bad('insult.iq', 'insult', '{cllr} has the IQ of a [lettuce|doorstep|traffic cone|lamppost].', '{cllr} [hasn\'t got two brain cells to rub together|is thick as two short planks].'),
    [ok('insult.iq.party', 'party-criticism', '{party}\'s policy on {topic} has the shelf life of a lettuce {e}')],
  ),
  family(
    bad('insult.resident', 'insult', '{name} from {street} is [a nutter|a nasty piece of work|a moaning old bag|a professional whinger]. Ignore them.', 'Not {name} again. [Bitter|Sad|Mad] [old|little] [man|woman] with nothing better to do.'),
    [
      ok('insult.resident.fair', 'positive-mention', '{name} from {street} raised a fair point about [the parking|the bins|the crossing] and I\'ve passed it on.', '{name} has [emailed again|been in touch] about {topic}; I\'ll reply properly this week.'),
    ],
  ),
  family(
    bad('insult.profane', 'insult', '{cllr} is [a f***ing|a bloody|an absolute] [disgrace|idiot|tw*t|knob].', '{officer} is a [total|proper] [tosser|pillock|plonker].'),
    [ok('insult.profane.party', 'party-criticism', '{party}\'s budget is a bloody disgrace.', 'The [decision|vote] on {topic} was an absolute disgrace.')],
  ),
  family(
    bad('insult.nickname', 'insult', '{cllr}, or as we call them, [Councillor Clueless|the Village Idiot|Mr Bean|Dopey] {e}', 'Here comes {cllr}, better known as [the Village Idiot|Councillor Clueless|Dopey], to ruin another meeting {e}'),
    [ok('insult.nickname.role', 'neutral-mention', '{cllr}, who chairs scrutiny, has called in the decision on {topic}.')],
  ),
  family(
    bad('insult.sickens', 'insult', '{cllr} makes me sick. [Vile|Odious|Slimy|Spineless] [man|woman|individual|toad].', 'Can\'t even look at {cllr} without feeling sick. [Vile|Slimy|Spineless] [man|woman].'),
    [ok('insult.sickens.decision', 'decision-criticism', 'This decision makes me sick: {amenity} closing with no consultation.')],
  ),
  family(
    bad('insult.bully', 'insult', '{officer} should be [sacked|hounded out|out of a job by Friday], and I\'ll make [sure of it|their life a misery until they go].', 'Everyone at [the council|the depot] knows {officer} is [a joke|a laughing stock]. Time they went.'),
    [
      ok('insult.bully.institution', 'decision-criticism', 'The [department|Cabinet] should be ashamed of how {topic} was handled, and I\'ll say so at scrutiny.'),
      ok('insult.bully.process', 'neutral-mention', 'I\'ve raised my concerns about {topic} with {officer} through the proper channels.'),
    ],
  ),
];

const threats: FamilySpec[] = [
  family(
    bad('threat.break-legs', 'threat', 'If I catch [whoever smashed the bus shelter on {street}|the lads who nicked the planters|whoever keyed my car|whoever dumped this on {street}], I\'ll [snap their arms|kill them|smash their face in|put them in hospital].', '[I\'ll|I will|I swear I\'ll] [snap his neck|smash his face in|put him in hospital|break her jaw][.|!| {e}]', '[Touch|Go near] [the planters|my car|the bus shelter] again and I\'ll [break your arms|put you in hospital].'),
    [ok('threat.break-legs.police', 'neutral-mention', 'If anyone knows who [smashed the bus shelter on {street}|keyed the cars on {street}|dumped this on {street}], please tell the police on 101[.| {e}]')],
  ),
  family(
    bad('threat.know-where', 'threat', 'I know where {cllr} lives. [Just saying.|Watch yourself.|See you soon.]', 'We know where you live, {officer}.'),
    [ok('threat.know-where.stance', 'political-criticism', 'I know where {cllr} stands on {topic}: against the residents of {ward}.')],
  ),
  family(
    bad('threat.slap', 'threat', '{cllr} deserves a [slap|punch|good hiding|smack in the mouth].', 'Someone needs to give {officer} a [slap|kicking].'),
    [ok('threat.slap.ballot', 'party-criticism', '{party} deserve a good kicking at the ballot box in May.')],
  ),
  family(
    bad('threat.watch-back', 'threat', '{officer} had better watch [their back|themselves] after this.', 'You\'ll regret this, {cllr}. [Mark my words.|Count on it.]'),
    [ok('threat.watch-back.deadline', 'neutral-mention', '{officer} had better watch the deadline: the consultation on {topic} closes {day}.')],
  ),
  family(
    bad('threat.hang', 'threat', '{cllr} should be [hanged|strung up|shot|put against a wall] for this.', 'String {cllr} up from the town hall balcony, I say.'),
    [ok('threat.hang.account', 'political-criticism', '{cllr} should be [held to account|called in to scrutiny|made to answer questions] for this.')],
  ),
  family(
    bad('threat.outside', 'threat', 'Come and say that outside, {cllr}.', 'Meet me in the car park after full council, {cllr}. [Let\'s sort this properly.|Just you and me.]'),
    [ok('threat.outside.surgery', 'political-criticism', 'Come and say that at the ward surgery, {cllr}. Residents of {ward} want answers on {topic}.')],
  ),
  family(
    bad('threat.torch-house', 'threat', 'Someone should [burn down|torch|put a brick through the window of] {cllr}\'s house.', 'Bet {cllr}\'s house would burn nicely. Just saying.'),
    [ok('threat.torch-house.street', 'service-criticism', 'Someone should [fix|resurface|light] {street} before somebody gets hurt.')],
  ),
  family(
    bad('threat.wish-harm', 'threat', 'Hope {cllr} [gets hit by a bus|has a heart attack|rots|ends up in hospital].', 'Wouldn\'t shed a tear if {officer} [had an accident|got run over].'),
    [ok('threat.wish-harm.listen', 'political-criticism', 'Hope {cllr} [reads the petition|listens to {ward}|changes their mind on {topic}].')],
  ),
  family(
    bad('threat.doorstep', 'threat', 'Let\'s all turn up at {officer}\'s house and [tell them what we think|make them pay].', 'Everyone round to {cllr}\'s house tonight. [Bring your mates.|Let\'s give them a fright.]'),
    [ok('threat.doorstep.meeting', 'political-criticism', 'Let\'s all turn up at full council {day} and tell them what we think about {topic}.')],
  ),
];

const violentJokes: FamilySpec[] = [
  family(
    bad('joke.bat', 'violent-joke', '[Budget meeting|Full council] tonight. Bringing a baseball bat for {cllr} {e}', 'Packed my sandwiches and a cricket bat for {cllr}, see you at [full council|scrutiny] {e}'),
    [ok('joke.bat.flask', 'neutral-mention', '[Budget meeting|Full council] tonight. Bringing a flask, it\'ll be a long one {e}')],
  ),
  family(
    bad('joke.throttle', 'violent-joke', 'If {cllr} says "going forward" once more I\'m going to [throttle|strangle|stab] them {e}', 'I could [kill|strangle|murder] {officer} sometimes {e}'),
    [ok('joke.throttle.scream', 'neutral-mention', 'If I hear "going forward" once more at a meeting I\'m going to scream {e}')],
  ),
  family(
    bad('joke.canal', 'violent-joke', 'Anyone fancy pushing {cllr} in the canal? {e}', 'Last one to the canal pushes {officer} in {e}'),
    [ok('joke.canal.cleanup', 'neutral-mention', 'Anyone fancy joining the canal clean-up with {cllr} {day}? {e}')],
  ),
  family(
    bad('joke.rope', 'violent-joke', '{cllr} + a long drop + a short rope = problem solved {e}', 'Ordered {cllr} a rope for Christmas. Long drop included {e}'),
    [ok('joke.rope.funding', 'political-criticism', 'A new bus route + proper funding = problem solved. Over to you, {cllr} {e}')],
  ),
  family(
    bad('joke.reverse', 'violent-joke', 'Accidentally on purpose reversing over {officer} at the depot {e}', 'If the gritter happened to reverse over {officer}, I\'d buy the driver a pint {e}'),
    [ok('joke.reverse.early', 'neutral-mention', 'Accidentally on purpose turned up early to the depot open day {e}')],
  ),
  family(
    bad('joke.volunteer', 'violent-joke', 'Need a volunteer to run {cllr} over. Asking for a friend {e}', 'Who\'s up for shoving {cllr} under the 42 bus? Asking for a friend {e}'),
    [ok('joke.volunteer.tombola', 'neutral-mention', 'Need a volunteer to run the tombola at {amenity}. Asking for a friend {e}')],
  ),
  family(
    bad('joke.firing-squad', 'violent-joke', 'Where\'s a firing squad when you need one? Looking at you, {cllr} {e}', 'Line {cllr} up against the wall, they\'ve had this coming {e}'),
    [ok('joke.firing-squad.gritter', 'service-criticism', 'Where\'s a gritter when you need one? Looking at you, {street} {e}')],
  ),
  family(
    bad('joke.roof', 'violent-joke', 'I\'d happily push {officer} off the town hall roof {e}', 'Someone push {officer} off the multi-storey and we\'ll call it an accident {e}'),
    [ok('joke.roof.tour', 'neutral-mention', 'I\'d happily show {officer} round the leaky town hall roof {e}')],
  ),
  family(
    bad('joke.accident', 'violent-joke', 'Shame about {cllr}\'s brakes. Would be awful if they failed {e}', 'Careful on the stairs, {cllr}. Wouldn\'t want an accident {e}'),
    [ok('joke.accident.potholes', 'service-criticism', 'Shame about the potholes on {street}. Would be awful if someone came off their bike. Fix them {e}')],
  ),
];

const allegations: FamilySpec[] = [
  family(
    bad('alleg.liar', 'allegation', '{cllr} is a [liar|barefaced liar|compulsive liar].', '{cllr}[ is lying| lies] through [their|his|her] teeth.'),
    [ok('alleg.liar.wrong', 'political-criticism', '{cllr} is wrong about {topic}, and the minutes show it.', 'What {cllr} said about {topic} doesn\'t match the report. I\'ve asked for the figures.')],
  ),
  family(
    bad('alleg.lied', 'allegation', '{cllr} lied to [full council|residents|the committee] about {topic}.', '{officer} lied in [the report|their evidence] on {topic}.'),
    [ok('alleg.lied.mistaken', 'political-criticism', '{cllr} was mistaken about {topic}; the correct figure is in the report.')],
  ),
  family(
    bad('alleg.corrupt', 'allegation', '{cllr} is [corrupt|bent|on the take][.|, always has been.]', 'Everyone knows {officer} is [bent|on the fiddle].'),
    [ok('alleg.corrupt.process', 'decision-criticism', 'The way the contract for {topic} was awarded should be looked at by the auditors. Residents deserve to see how it was done.')],
  ),
  family(
    bad('alleg.backhander', 'allegation', '{cllr} took a [backhander|bung|brown envelope] from {company}.', 'How much did {company} pay {cllr} for that vote?'),
    [ok('alleg.backhander.register', 'neutral-mention', '{company}\'s donation to {party} is declared on the register of interests, for anyone who wants to check.')],
  ),
  family(
    bad('alleg.expenses', 'allegation', '{officer} has been [fiddling their expenses|stealing from the council|helping themselves to the budget].', '{officer} [is stealing from the council|is fiddling their mileage] and everyone knows it.'),
    [ok('alleg.expenses.audit', 'decision-criticism', 'The audit report found weak controls on expenses. I\'ll be asking questions at Audit Committee.')],
  ),
  family(
    bad('alleg.fraud', 'allegation', '{cllr} is a fraud and a thief.', '{cllr} [stole|pocketed] money meant for {amenity}.'),
    [ok('alleg.fraud.waste', 'decision-criticism', 'The {amenity} refurbishment is a waste of money and the Cabinet should halt it.')],
  ),
  family(
    bad('alleg.pocket', 'allegation', '{cllr} is in the pocket of {company}.', '{cllr} is [paid by|working for] {company}, not for {ward}.'),
    [ok('alleg.pocket.policy', 'party-criticism', '{party} listen to developers more than residents on {topic}, judging by their votes.')],
  ),
  family(
    bad('alleg.rigged', 'allegation', '{officer} rigged the [consultation|tender|survey] for their mates.', 'The [consultation|tender] was fixed by {officer} for their mates.'),
    [ok('alleg.rigged.flawed', 'decision-criticism', 'The [consultation|survey] on {topic} was badly designed and should be rerun.')],
  ),
  family(
    bad('alleg.dealer', 'allegation', '{name} from {street} is a [drug dealer|thief|benefit cheat], everyone knows.', 'Everyone on {street} knows {name} is [dealing drugs|a thief|claiming benefits they shouldn\'t].'),
    [ok('alleg.dealer.police', 'neutral-mention', 'Police have charged a man with drug dealing on {street}, according to their statement this morning.')],
  ),
  family(
    bad('alleg.cover-up', 'allegation', '{officer} covered up [the report|the overspend|the complaints] on {topic}.', '{cllr} is hiding something about {topic}, and they know it.'),
    [ok('alleg.cover-up.publish', 'decision-criticism', 'The council should publish the full report on {topic}. Residents have a right to see it.')],
  ),
];

// Allegations by insinuation: no word of a list, the accusation is in the question.
const insinuations: FamilySpec[] = [
  family(
    bad('impl.new-car', 'implied', 'Just asking: how did {cllr} afford [a new Range Rover|that extension|a villa in Spain] on a councillor\'s allowance? 🤔', 'New Range Rover for {cllr}. On a councillor\'s allowance? Hmm 🤔'),
    [ok('impl.new-car.policy', 'political-criticism', 'Just asking: how did the council afford [new cars for the Cabinet|that consultant\'s report] while cutting {amenity}? 🤔')],
  ),
  family(
    bad('impl.funny-timing', 'implied', 'Funny how {cllr} voted for the {company} scheme and then [got a new kitchen|went on holiday with their director]. Just saying.', '{cllr} backed {company}\'s scheme. Weeks later, a new conservatory. Coincidence, I\'m sure.'),
    [ok('impl.funny-timing.policy', 'party-criticism', 'Funny how {party} voted for the {company} scheme after promising to oppose it. Voters will remember.')],
  ),
  family(
    bad('impl.ask-yourself', 'implied', 'Ask yourself why {officer} [always approves|never investigates] {company}\'s [applications|complaints]. Follow the money.', 'Why does {officer} always side with {company}? Follow the money.'),
    [ok('impl.ask-yourself.process', 'decision-criticism', 'Ask yourself why the council keeps using consultants instead of its own staff. It costs more. Scrutiny should look at it.')],
  ),
  family(
    bad('impl.brown-envelope', 'implied', 'Wonder how big the envelope was this time, {cllr} 💰😉', '{cllr} and {company}: a match made in a brown envelope 💰'),
    [ok('impl.brown-envelope.register', 'neutral-mention', 'Wondering who funds {party}? It\'s all on the Electoral Commission register 💰')],
  ),
  family(
    bad('impl.no-coincidence', 'implied', 'No coincidence that {cllr}\'s [brother|mate from the golf club] got the {topic} contract. None at all.', '{cllr}\'s [brother-in-law|old business partner] got the {topic} contract. Just a coincidence, obviously.'),
    [ok('impl.no-coincidence.procurement', 'decision-criticism', 'The {topic} contract went to a firm with no track record. I\'ve asked the auditors to review the procurement.')],
  ),
  family(
    bad('impl.truth', 'implied', 'Will {cllr} ever tell the truth about {topic}? Don\'t hold your breath.', 'Remember when {cllr} told the truth? No, me neither {e}'),
    [ok('impl.truth.figures', 'political-criticism', 'Will the Cabinet ever publish the full figures on {topic}? I\'ve asked three times.')],
  ),
  family(
    bad('impl.expenses', 'implied', 'Interesting to see {cllr}\'s expenses claims. Lots of "meetings" at [the golf club|the Kings Arms|Spice Garden] {e}', '{cllr}\'s expense claims make interesting reading: plenty of "working lunches" at [the golf club|Spice Garden] {e}'),
    [ok('impl.expenses.published', 'neutral-mention', 'Members\' allowances and expenses are published every year on the council website. Mine are there too.')],
  ),
  family(
    bad('impl.friends', 'implied', 'Amazing how {officer}\'s friends keep winning council contracts. Must be a coincidence {e}', 'Funny how {officer}\'s mates keep landing council work {e}'),
    [ok('impl.friends.process', 'service-criticism', 'Amazing how long it takes the council to pay small local suppliers. It must be fixed.')],
  ),
];

const spelledBad = bad('spell', 'spelling', '{cllr} is a <liar>.', '{cllr} is <corrupt>.', '{officer} is an <idiot>.', '{cllr} is a <moron>.', '{officer} is a <disgrace>.', '{cllr} is a <scumbag>.');
const spelledOk = ok('spell-clean', 'spelling-clean', '{party}\'s plan for {topic} is a <shambles>.', 'The <decision> on {topic} is <wrong>.', '{cllr}\'s <budget> is a <disgrace>.');
const spelledJoinedBad = bad('spell', 'spelling', '{cllr} is a <lying scumbag>.', '{cllr} <is corrupt>.', '<what an idiot> {officer} is.');
const spelledJoinedOk = ok('spell-clean', 'spelling-clean', '<what a shambles> {topic} is.', 'Vote <against the cuts>!');
const spelling: FamilySpec[] = spellingKinds.map((kind) =>
  kind === 'joined'
    ? family(spelled(kind, spelledJoinedBad), [spelled(kind, spelledJoinedOk)])
    : family(spelled(kind, spelledBad), [spelled(kind, spelledOk)]),
);

// Robust criticism with no person attacked: the speech a checker must never nag about.
const criticism: FamilySpec[] = [
  family(ok('crit.close', 'decision-criticism', 'The decision to close {amenity} is [wrong|a disgrace|short-sighted] and I\'ll fight it.')),
  family(ok('crit.party-ruin', 'party-criticism', '{party} have run {town} into the ground.')),
  family(ok('crit.service', 'service-criticism', 'The [bin service|planning department|pothole repairs] [has|have] been a shambles this month. The Cabinet must get a grip.')),
  family(ok('crit.voted-against', 'political-criticism', 'I voted against the budget because [it cuts {amenity}|it raises council tax again|it ignores {ward}].')),
  family(ok('crit.motion', 'political-criticism', '{cllr}\'s [motion|amendment] on {topic} is badly drafted and I\'ll vote against it.')),
  family(ok('crit.figure', 'political-criticism', 'Disappointed by {figure}\'s answer on {topic}. Residents deserve better.')),
  family(ok('crit.tax', 'party-criticism', 'Council tax up again, services down again. {party} should be ashamed.')),
  family(ok('crit.agree', 'political-criticism', '{cllr} and I disagree on most things, but we agree on {topic}.')),
  family(ok('crit.debate', 'political-criticism', 'Robust debate at full council: {cllr} made a strong case on {topic} and I still disagree.')),
  family(ok('crit.ombudsman', 'decision-criticism', 'The Ombudsman found the council at fault over {topic}. An apology is owed to residents.')),
  family(ok('crit.resign-call', 'political-criticism', 'After the {topic} fiasco, {figure} should resign. That\'s how accountability works.')),
  family(ok('crit.u-turn', 'party-criticism', 'Another U-turn on {topic} from {party}. Nobody knows what they stand for.')),
];

export const respectFamilies: readonly FamilySpec[] = [
  ...insults,
  ...threats,
  ...violentJokes,
  ...allegations,
  ...insinuations,
  ...spelling,
  ...criticism.map((spec) => ({ ...spec, count: 120 })),
];
