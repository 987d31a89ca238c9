import { builders, type FamilySpec } from './spec';
import { spellingKinds } from './spelling';
import { groups } from './fillers/groups';

// Discrimination: derogatory, hostile, dehumanising, threatening, slurring, "joking" or insinuating
// language about people on grounds of a protected characteristic. Every hateful family carries
// contrasts built from the same fillers; the clean ones outnumber the hateful ones because
// negation, counter-speech and positive mentions are where a bag of words goes wrong.
const { bad, ok, labelled, family, spelled, only } = builders('discrimination', { perGroup: true, count: 3 });
const respect = labelled(['respect']);
const both = labelled(['discrimination', 'respect']);
// "Go back where you came from" and "their culture" only make sense said of race or religion.
const raceOrReligion = groups.filter((g) => g.characteristic === 'race' || g.characteristic === 'religion-belief').map((g) => g.id);

const derogation: FamilySpec[] = [
  family(
    bad('derog.are-vile', 'derogation', '{G} are [disgusting|vile|filthy|scum|a disgrace|the lowest of the low][.|!| tbh.| and everyone round here knows it.]', '[Honestly|Let\'s be honest|Face it], {G} are [disgusting|vile|filthy|scum].'),
    [
      ok('derog.are-vile.denial', 'negation', 'It is simply not true that {G} are [disgusting|vile|filthy|scum], and I won\'t have it said in {town}.', 'Nobody in {ward} thinks {G} are [disgusting|vile|filthy|scum]. One loud voice online doesn\'t speak for us.'),
      ok('derog.are-vile.quoted', 'counter-speech', 'Someone on the {town} Facebook group wrote "{G} are [disgusting|vile|filthy|scum]". That\'s hateful, and I\'ve reported it.', '"{G} are [disgusting|vile|filthy|scum]" was scrawled on the bus shelter on {street}. It has no place here and it\'s been cleaned off.'),
      ok('derog.are-vile.nonprotected', 'non-protected-target', '{np} are [disgusting|vile|filthy|scum][.|!| tbh.]'),
    ],
  ),
  family(
    bad('derog.all-criminals', 'derogation', '{G} are all [thieves|scroungers|liars|on the fiddle|criminals|benefit cheats][.|, every last one of them.|, simple as.]', 'Every {G1} I\'ve dealt with in {town} has been a [thief|scrounger|liar|crook].'),
    [
      ok('derog.all-criminals.denial', 'negation', 'The idea that {G} are all [thieves|scroungers|liars|criminals] is a lie, and I\'ll keep saying so.', '{G} are not [thieves|scroungers|liars|criminals]. Stop spreading this rubbish.'),
      ok('derog.all-criminals.report', 'reporting', 'A leaflet claiming {G} are all [thieves|scroungers|criminals] was put through doors on {street}. Police have been informed.'),
      ok('derog.all-criminals.nonprotected', 'non-protected-target', '{np} are all [thieves|liars|crooks|on the fiddle].'),
    ],
  ),
  family(
    bad('derog.typical', 'derogation', 'Typical {Gadj} [behaviour|carry-on|attitude]{e}', 'That\'s {G} for you: [no respect for anything|never done a day\'s work|always wanting something for nothing].'),
    [
      ok('derog.typical.nonprotected', 'non-protected-target', 'That\'s {np} for you: [no respect for anything|always wanting something for nothing].', 'Typical {np} [behaviour|carry-on]{e}'),
      ok('derog.typical.quoted', 'counter-speech', '"Typical {Gadj} behaviour" is not banter, it\'s prejudice. Please don\'t say it in my surgery.'),
    ],
  ),
  family(
    bad('derog.incapable', 'derogation', 'You can\'t expect {G} to [keep a garden tidy|understand a council form|run a business properly|turn up on time].', '{G} [just |]can\'t [be trusted with money|hold down a job|follow simple rules].'),
    [
      ok('derog.incapable.positive', 'positive-mention', '{G} run some of the best [businesses|community groups|market stalls] on {street}.', 'Plenty of {G} [keep the tidiest gardens|run the best businesses] in {ward}, whatever the rumour mill says.'),
      ok('derog.incapable.policy', 'policy-criticism', 'You can\'t expect residents to understand a council form written like [this one|a legal contract]. It needs rewriting.'),
    ],
  ),
  family(
    bad('derog.unfit', 'derogation', '{G} shouldn\'t [be councillors|sit on committees|be in charge of anything], they can\'t [think straight|make decisions|handle the pressure].', 'Never vote for {aG1}, they [haven\'t got the brains|can\'t be trusted] for the job.'),
    [
      ok('derog.unfit.political', 'public-figure-criticism', '{cllr} shouldn\'t be in charge of [the budget|housing] after [this year\'s overspend|the mess at {amenity}].', 'Never vote for {party}: [look at their record on potholes|they closed {amenity}].'),
      ok('derog.unfit.denial', 'negation', 'Of course {G} can be councillors, and {town} is better for having them.'),
    ],
  ),
  family(
    bad('derog.drain', 'derogation', '{G} are a drain on [the council|our services|the taxpayer|the NHS|{town}].', '{G} [take and take|give nothing back] and the rest of us pay for it.'),
    [
      ok('derog.drain.policy', 'policy-criticism', 'Temporary accommodation costs are a drain on the council, and the government has to fund them properly.', 'The [consultants|agency staff bill] [are|is] a drain on the council\'s budget. Time the Cabinet got a grip.'),
      ok('derog.drain.quoted', 'counter-speech', 'Heard "{G} are a drain on our services" again at the meeting. It isn\'t true, and the figures show it.'),
    ],
  ),
  family(
    bad('derog.ruined', 'derogation', '{G} have ruined {town}.', '{street} went downhill [the minute|as soon as] the {G} moved in.'),
    [
      ok('derog.ruined.policy', 'policy-criticism', '[Austerity has|Years of cuts have|Out-of-town retail has] ruined {town}.', '{street} went downhill as soon as the [bank|post office|library] closed.'),
      ok('derog.ruined.positive', 'positive-mention', '{G} have [revived|brought life back to] {street}.'),
    ],
  ),
  family(
    bad('derog.thick', 'derogation', '{G} are [thick|stupid|too thick to read a bin timetable|dim][.| {e}]', '[Most|Half the] {G} in {town} [can\'t read|are as thick as two short planks].'),
    [
      ok('derog.thick.political', 'public-figure-criticism', '{party} are too [thick|clueless] to read their own budget {e}', 'Half the Cabinet can\'t read a spreadsheet, judging by this budget.'),
      ok('derog.thick.denial', 'negation', 'Whoever told you {G} are [thick|stupid] needs to meet a few.'),
    ],
  ),
  family(
    bad('derog.dirty', 'derogation', 'You can always tell where the {G} live: [rubbish everywhere|gardens like a tip|mattresses out the front].', '{G} [live in filth|don\'t know what a bin is].'),
    [
      ok('derog.dirty.nonprotected', 'non-protected-target', 'You can always tell where the [fly-tippers|landlords who don\'t care] have been: rubbish everywhere.'),
      ok('derog.dirty.policy', 'policy-criticism', 'You can always tell which streets lost their weekly bin collection: rubbish everywhere. Reverse the cut.'),
    ],
  ),
  family(
    bad('derog.lazy', 'derogation', '{G} are [lazy|work-shy|bone idle][.|, the lot of them.]', 'Never met {aG1} who [did an honest day\'s work|paid their way].'),
    [
      ok('derog.lazy.denial', 'negation', 'Calling {G} lazy ignores the ones who [work the night shift at the hospital|keep our care homes going|run half the shops on {street}].'),
      ok('derog.lazy.nonprotected', 'non-protected-target', '[Rogue landlords|Some developers] are [lazy|bone idle] about repairs, and tenants pay for it.'),
    ],
  ),
  family(
    bad('derog.smell', 'derogation', 'You can smell {G} before you see them.', '{G} [stink|smell] and the whole of {street} knows it.'),
    [
      ok('derog.smell.quoted', 'counter-speech', '"You can smell {G} before you see them" was said at a public meeting tonight. It was vile, and the chair was right to stop it.'),
      ok('derog.smell.service', 'policy-criticism', 'You can smell the bins on {street} before you see them. Fortnightly collections aren\'t working.'),
    ],
  ),
  only(raceOrReligion, family(
    bad('derog.backward', 'derogation', '{G} are [backward|primitive|stuck in the dark ages].', '{Gadj} culture is [backward|primitive] and always will be.'),
    [
      ok('derog.backward.service', 'policy-criticism', '[The planning system|The council\'s IT|This town hall] is stuck in the dark ages.'),
      ok('derog.backward.positive', 'positive-mention', '{Gadj} culture has given {town} [its best restaurants|the summer festival|some of its finest musicians].'),
    ],
  )),
];

const animosity: FamilySpec[] = [
  family(
    bad('anim.cant-stand', 'animosity', 'I [really |honestly |just |]can\'t stand {G}[.|!| and I don\'t care who knows it.]', 'Can\'t stand {G}. [Never could.|Sorry, not sorry.]'),
    [
      ok('anim.cant-stand.quoted', 'counter-speech', '"I can\'t stand {G}", said to me on a doorstep in {ward} today. I challenged it, and I always will.'),
      ok('anim.cant-stand.nonprotected', 'non-protected-target', 'I [really |honestly |]can\'t stand {np}[.|!]'),
      ok('anim.cant-stand.denial', 'negation', 'I\'ve never had a problem with {G}, and neither has anyone I know in {town}.'),
    ],
  ),
  family(
    bad('anim.hate', 'animosity', 'I hate {G}[.|, always have.| so much.|!!]', 'I [genuinely |]hate {G} and [I\'m not sorry|I won\'t apologise].'),
    [
      ok('anim.hate.denial', 'negation', 'I don\'t hate {G}. Nobody should, and nobody in {town} has any reason to.'),
      ok('anim.hate.quoted', 'counter-speech', 'A man shouted "I hate {G}" at [the bus stop|the market] on {street} today. Shocking. If you saw it, please call the police on 101.'),
      ok('anim.hate.nonprotected', 'non-protected-target', 'I hate {np}[.|, always have.]'),
    ],
  ),
  family(
    bad('anim.sick-of', 'animosity', '[Sick|Fed up|Sick to death] of {G} [in {town}|everywhere you look|on every street].', 'So [sick|tired] of seeing {G} [round here|on {street}].'),
    [
      ok('anim.sick-of.nonprotected', 'non-protected-target', '[Sick|Fed up|Sick to death] of {np} [in {town}|on every street].'),
      ok('anim.sick-of.policy', 'policy-criticism', 'Sick of seeing [potholes|boarded-up shops|overflowing bins] everywhere you look in {town}.'),
    ],
  ),
  family(
    bad('anim.skin-crawl', 'animosity', '{G} make my skin crawl.', '{G} [make me sick|turn my stomach|make me want to move away].'),
    [
      ok('anim.skin-crawl.nonprotected', 'non-protected-target', '{np} make my skin crawl.'),
      ok('anim.skin-crawl.quoted', 'counter-speech', 'A resident told me {G} "make my skin crawl". I told them that\'s prejudice, plain and simple.'),
    ],
  ),
  family(
    bad('anim.disgusts', 'animosity', 'It [disgusts|sickens] me seeing {G} [on {street}|at {amenity}|in our schools].', 'Seeing {G} [on {street}|at {amenity}] turns my stomach.'),
    [
      ok('anim.disgusts.positive', 'positive-mention', 'It [warms my heart|makes me proud] seeing {G} [on {street}|at {amenity}|in our schools].'),
      ok('anim.disgusts.nonprotected', 'non-protected-target', 'It disgusts me seeing {np} [on {street}|at {amenity}].'),
    ],
  ),
  family(
    bad('anim.not-near', 'animosity', 'I don\'t want {G} anywhere near [my kids|my street|{ward}|my family].', 'Keep {G} away from [my kids|my street|{ward}], I can\'t stand them.'),
    [
      ok('anim.not-near.nonprotected', 'non-protected-target', 'I don\'t want [drug dealers|boy racers|fly-tippers] anywhere near [my kids|my street|{ward}].'),
      ok('anim.not-near.reported', 'reporting', 'A resident told the meeting they "don\'t want {G} anywhere near" {ward}. Officers reminded everyone of the council\'s equality duty.'),
    ],
  ),
  family(
    bad('anim.despise', 'animosity', 'There\'s nothing I despise more than {G}.', '[Genuinely|Honestly] despise {G}.'),
    [
      ok('anim.despise.nonprotected', 'non-protected-target', 'There\'s nothing I despise more than {np}.'),
      ok('anim.despise.counter', 'counter-speech', 'There\'s nothing I despise more than people who pick on {G}.'),
    ],
  ),
  family(
    bad('anim.vomit', 'animosity', '{G} [at {amenity}|on {street}] again 🤮', '{G}. 🤢🤮'),
    [
      ok('anim.vomit.positive', 'positive-mention', 'Lovely to see {G} at {amenity} again 😊', '{G} [at {amenity}|on {street}] again, brilliant ❤️'),
      ok('anim.vomit.nonprotected', 'non-protected-target', '{np} on {street} again 🤮'),
    ],
  ),
  family(
    bad('anim.cant-bear', 'animosity', 'Can\'t bear living [next to|near] {G}.', 'Living next to {G} is [a nightmare|unbearable], I can\'t stand them.'),
    [
      ok('anim.cant-bear.policy', 'policy-criticism', 'Can\'t bear living next to the [building site|bypass|tip] any longer. The council needs to act.'),
      ok('anim.cant-bear.positive', 'positive-mention', 'Living next to {G} for twenty years has been [a joy|nothing but good].'),
    ],
  ),
  family(
    bad('anim.blood-boil', 'animosity', '{G} make my blood boil[.|!| every single time.]', 'Nothing gets my back up like {G}.'),
    [
      ok('anim.blood-boil.policy', 'policy-criticism', 'The way {G} are treated by the benefits system makes my blood boil.'),
      ok('anim.blood-boil.nonprotected', 'non-protected-target', '{np} make my blood boil[.|!]'),
    ],
  ),
  family(
    bad('anim.cross-road', 'animosity', 'I cross the road when I see {G} coming.', 'I\'d rather [walk home in the rain|stand|wait for the next one] than sit near {G} on the bus.'),
    [
      ok('anim.cross-road.quoted', 'counter-speech', 'A constituent told me she crosses the road when she sees {G}. We talked it through; fear like that is learned, and it can be unlearned.'),
      ok('anim.cross-road.positive', 'positive-mention', 'I always stop for a chat when I see {G} from {street} coming.'),
    ],
  ),
  family(
    bad('anim.no-time', 'animosity', 'Got no time for {G}[, never have|, sorry]. [They grate on me.|They wind me up.]', '{G} [really |]get on my nerves.'),
    [
      ok('anim.no-time.nonprotected', 'non-protected-target', 'Got no time for {np}[, never have|, sorry].'),
      ok('anim.no-time.positive', 'positive-mention', 'Always got time for the {G} I represent in {ward}.'),
    ],
  ),
  family(
    bad('anim.wish-gone', 'animosity', 'I wish {G} would just [disappear|go away|leave us alone]. [Honestly.|Is that so much to ask?]', '{town} would be so much nicer without {G}.'),
    [
      ok('anim.wish-gone.policy', 'policy-criticism', '{town} would be so much nicer without [the potholes|the empty shops|the fly-tipping].'),
      ok('anim.wish-gone.counter', 'counter-speech', 'To whoever wrote "{town} would be nicer without {G}" on the community page: {town} would be nicer without you saying it.'),
    ],
  ),
  family(
    bad('anim.emoji-face', 'animosity', 'Me when I see {G} on {street}: 😒🙄😤', '{G} 🤬🤬🤬', '{G} moving into my road 😡'),
    [
      ok('anim.emoji-face.positive', 'positive-mention', 'Me when I see {G} at the {amenity} open day: 😊👍', '{G} moving into my road 😊 welcome!'),
      ok('anim.emoji-face.nonprotected', 'non-protected-target', 'Me when I see [the parking wardens|the roadworks] on {street}: 😒🙄😤'),
    ],
  ),
];

const dehumanisation: FamilySpec[] = [
  family(
    bad('dehum.vermin', 'dehumanisation', '{G} are [vermin|rats|cockroaches|parasites|leeches].', '[Honestly, |]{G} are nothing but [vermin|parasites|leeches].'),
    [
      ok('dehum.vermin.counter', 'counter-speech', 'Calling {G} "[vermin|rats|parasites]" is dehumanising and wrong, and I\'ll call it out every time.'),
      ok('dehum.vermin.report', 'reporting', 'Graffiti calling {G} [vermin|rats|parasites] was painted on {street}. The council removed it this morning and police are investigating.'),
      ok('dehum.vermin.literal', 'non-protected-target', 'The rats at the bins on {street} are vermin and the council needs to send pest control.'),
    ],
  ),
  family(
    bad('dehum.infested', 'dehumanisation', '{town} is [infested|overrun|crawling] with {G}.', '{street} is [infested with|overrun by] {G} now.'),
    [
      ok('dehum.infested.literal', 'non-protected-target', '{town} is [infested|overrun|crawling] with [rats|seagulls|potholes].'),
      ok('dehum.infested.counter', 'counter-speech', 'Talking about {town} being "overrun" with {G} is the language of the far right. Not here.'),
    ],
  ),
  family(
    bad('dehum.animals', 'dehumanisation', '{G} [live|behave] like animals.', '{G} are [animals|savages|beasts][.|, all of them.]'),
    [
      ok('dehum.animals.nonprotected', 'non-protected-target', 'Whoever dumped this lot on {street} behaves like an animal.'),
      ok('dehum.animals.denial', 'negation', '{G} are not animals. They\'re our neighbours.'),
    ],
  ),
  family(
    bad('dehum.plague', 'dehumanisation', '{G} are a [plague|disease|cancer] on {town}.', '{G} spread through {town} like a [disease|plague|rash].'),
    [
      ok('dehum.plague.literal', 'policy-criticism', '[Potholes|Empty shops|Fly-tipping] [are|is] a [plague|cancer] on {town}.'),
      ok('dehum.plague.quoted', 'counter-speech', 'The post calling {G} "a cancer on {town}" has been reported. Hate like that isn\'t welcome here.'),
    ],
  ),
  family(
    bad('dehum.subhuman', 'dehumanisation', '{G} aren\'t [really |even |]human.', '{G} are subhuman[.|, simple as.]'),
    [
      ok('dehum.subhuman.counter', 'counter-speech', 'No one should ever say {G} are subhuman. I\'ve reported the account.'),
      ok('dehum.subhuman.positive', 'positive-mention', '{G} are people, with the same hopes as anyone in {town}.'),
    ],
  ),
  family(
    bad('dehum.pest-control', 'dehumanisation', 'Someone call pest control, the {G} are back [on {street}|at the site|in {ward}].', 'Time to fumigate {street}, the {G} are back.'),
    [
      ok('dehum.pest-control.literal', 'non-protected-target', 'Someone call pest control, the rats are back at the bins on {street}.'),
      ok('dehum.pest-control.report', 'reporting', 'A post saying "call pest control, the {G} are back" is being investigated by police as a hate incident.'),
    ],
  ),
  family(
    bad('dehum.breed', 'dehumanisation', '{G} breed like rabbits.', '{G} [just |]keep breeding[, like rats|].'),
    [
      ok('dehum.breed.quoted', 'counter-speech', 'A leaflet said {G} "breed like rabbits". It\'s bigotry and I\'ve passed it to the police.'),
      ok('dehum.breed.neutral', 'neutral-mention', 'Birth rates among {G} in {town} are in the public health report on the council website.'),
    ],
  ),
  family(
    bad('dehum.swarm', 'dehumanisation', 'A swarm of {G} [outside|at] {amenity} [again|today].', '{G} swarming all over {amenity} again.'),
    [
      ok('dehum.swarm.literal', 'non-protected-target', 'A swarm of wasps at {amenity} today, please keep children away.'),
      ok('dehum.swarm.neutral', 'neutral-mention', 'A big group of {G} at {amenity} today for the [open day|consultation|coffee morning].'),
    ],
  ),
  family(
    bad('dehum.cattle', 'dehumanisation', '{G} should be [tagged like cattle|kept in pens|herded onto a boat].', 'Round up {G} and [tag|pen] them like livestock.'),
    [
      ok('dehum.cattle.counter', 'counter-speech', 'Posts saying {G} should be "tagged like cattle" are vile and I\'ve reported every one.'),
      ok('dehum.cattle.policy', 'policy-criticism', 'Housing {G} [in barracks|on a barge] is a failed policy and the Home Office should end it.'),
    ],
  ),
  family(
    bad('dehum.rather-rats', 'dehumanisation', 'I\'d rather have rats next door than {G}.', 'Give me [a sewage works|a rubbish tip] over {G} any day.'),
    [
      ok('dehum.rather-rats.policy', 'policy-criticism', 'I\'d rather have homes next door than another empty warehouse.'),
      ok('dehum.rather-rats.quoted', 'counter-speech', 'A resident said they\'d "rather have rats next door than {G}". I told them that\'s bigotry, and that their neighbours deserve better.'),
    ],
  ),
];

const threats: FamilySpec[] = [
  family(
    bad('threat.run-out', 'threat', '{G} should be run out of {town}.', 'Time we ran the {G} out of {ward}.'),
    [
      ok('threat.run-out.nonprotected', 'non-protected-target', '[Drug dealers|Loan sharks] should be run out of {town}.'),
      ok('threat.run-out.counter', 'counter-speech', 'Anyone calling for {G} to be "run out of {town}" will find me standing with them.'),
    ],
  ),
  family(
    bad('threat.torch', 'threat', 'Someone should torch the [hotel|site|camp|centre] with the {G} in it.', 'Burn the [hotel|camp|site] and the {G} with it.'),
    [
      ok('threat.torch.report', 'reporting', 'Police are investigating a threat to torch the [hotel|site|centre] housing {G}. Every threat like this will be reported.'),
      ok('threat.torch.counter', 'counter-speech', 'Talk of burning the [hotel|site] where {G} live is incitement, not free speech.'),
    ],
  ),
  family(
    bad('threat.kicking', 'threat', '{G} deserve a good kicking.', 'A few {G} need [a slap|a good hiding|their heads kicked in].'),
    [
      ok('threat.kicking.quoted', 'counter-speech', '"{G} deserve a good kicking" was shouted at the vigil in {town}. That\'s a hate crime. Reported.'),
      ok('threat.kicking.nonprotected', 'non-protected-target', 'The [council|Cabinet|government] deserves a good kicking at the ballot box.'),
    ],
  ),
  family(
    bad('threat.strung-up', 'threat', '{G} should be [shot|hanged|strung up|put down].', 'Line the {G} up and [shoot|hang] them.'),
    [
      ok('threat.strung-up.counter', 'counter-speech', 'Someone has posted that {G} should be [shot|hanged]. I\'ve reported it to the police and so should you.'),
      ok('threat.strung-up.denial', 'negation', 'No one deserves to be harmed for being one of the {G} in our town.'),
    ],
  ),
  family(
    bad('threat.get-rid', 'threat', 'We need to get rid of {G} [once and for all|for good].', 'Get rid of every last {G1} in {town}.'),
    [
      ok('threat.get-rid.policy', 'policy-criticism', 'We need to get rid of [the parking charges|this administration|the potholes on {street}] once and for all.'),
      ok('threat.get-rid.counter', 'counter-speech', 'Anyone who wants to "get rid of {G}" doesn\'t speak for {town}.'),
    ],
  ),
  family(
    bad('threat.make-hell', 'threat', 'Let\'s make life hell for the {G} on {street} until they leave.', 'Make the {G} on {street} so miserable they leave.'),
    [
      ok('threat.make-hell.nonprotected', 'non-protected-target', 'Let\'s make life hell for the landlords who leave tenants on {street} in damp homes.'),
      ok('threat.make-hell.report', 'reporting', '{G} on {street} say neighbours are trying to make their lives hell. I\'ve asked the police and housing to act.'),
    ],
  ),
  family(
    bad('threat.sink-boats', 'threat', 'Sink the boats with the {G} in them.', 'Let the {G} drown[, their choice|].'),
    [
      ok('threat.sink-boats.counter', 'counter-speech', 'Anyone posting "sink the boats" about {G} should be ashamed of themselves.'),
      ok('threat.sink-boats.policy', 'policy-criticism', 'The government\'s small boats policy has failed {G} and taxpayers alike.'),
    ],
  ),
  family(
    bad('threat.bulldoze', 'threat', 'Bulldoze the [site|camp] with the {G} still in it.', 'Flatten the [camp|site] and the {G} with it.'),
    [
      ok('threat.bulldoze.policy', 'policy-criticism', 'Bulldoze the old [depot|car park] on {street} and build homes for local families.'),
      ok('threat.bulldoze.quoted', 'counter-speech', '"Bulldoze the camp with the {G} in it" is a threat, not a joke. I\'ve reported it.'),
    ],
  ),
  family(
    bad('threat.round-up', 'threat', 'Time to [round up|hunt down] every {G1} on {street}.', 'Round up the {G} on {street} and [sort them out|give them a hiding].'),
    [
      ok('threat.round-up.nonprotected', 'non-protected-target', 'Time to round up every volunteer for the {street} litter pick!'),
      ok('threat.round-up.report', 'reporting', 'Messages urging people to "hunt down" {G} on {street} have been passed to the police.'),
    ],
  ),
];

const exclusion: FamilySpec[] = [
  family(
    bad('excl.no-place', 'exclusion', '{G} have no place in {town}.', '{G} [don\'t belong|aren\'t wanted] in {ward}.'),
    [
      ok('excl.no-place.counter', 'counter-speech', 'Hatred of {G} has no place in {town}.', '[Racism|Bigotry] has no place in {town}, and {G} belong here as much as anyone.'),
    ],
  ),
  family(
    bad('excl.keep-out', 'exclusion', 'Keep {G} out of {ward}.', 'We don\'t want {G} on our estate.'),
    [
      ok('excl.keep-out.policy', 'policy-criticism', 'We don\'t want [an incinerator|more HMOs|a phone mast] on our estate.'),
      ok('excl.keep-out.positive', 'positive-mention', '{G} are welcome on our estate, whatever the leaflets say.'),
    ],
  ),
  family(
    bad('excl.not-allowed', 'exclusion', '{G} shouldn\'t be allowed to [stand for council|adopt|teach|vote|be foster carers].', 'Why are {G} even allowed to [stand for council|teach our kids|adopt]?'),
    [
      ok('excl.not-allowed.denial', 'negation', 'Of course {G} should be allowed to [stand for council|adopt|teach|foster]. Anyone saying otherwise is wrong.'),
      ok('excl.not-allowed.nonprotected', 'non-protected-target', '[Rogue landlords|Developers] shouldn\'t be allowed to [let homes|build] in {town} until they pay their fines.'),
    ],
  ),
  only(raceOrReligion, family(
    bad('excl.send-back', 'exclusion', 'Send the {G} back where they came from.', '{G} [should go home|need to go back home][.|!]'),
    [
      ok('excl.send-back.counter', 'counter-speech', '"Go back where you came from" was yelled at {G} on {street}. That\'s racist abuse, and I\'ve reported it.'),
      ok('excl.send-back.positive', 'positive-mention', '{G} are home here. {town} is their town too.'),
    ],
  )),
  family(
    bad('excl.jobs', 'exclusion', 'Council jobs should go to [locals|real Brits|our own], not {G}.', 'No council jobs for {G} while locals are out of work.'),
    [
      ok('excl.jobs.positive', 'positive-mention', 'Council jobs should be open to everyone, {G} included.'),
      ok('excl.jobs.policy', 'policy-criticism', 'Council jobs should pay the Real Living Wage, not the bare minimum.'),
    ],
  ),
  family(
    bad('excl.housing', 'exclusion', '{G} should go to the back of the housing queue.', 'No council houses for {G} until every local family is housed.'),
    [
      ok('excl.housing.policy', 'policy-criticism', 'Housing should go by need, whoever you are. The real problem is the government\'s failure to build.'),
      ok('excl.housing.neutral', 'neutral-mention', '{G} in {ward} can get housing advice at {amenity} {day}.'),
    ],
  ),
  family(
    bad('excl.ban', 'exclusion', 'Ban {G} from {amenity}.', '{G} should be banned from [the town centre|{amenity}|our pubs].'),
    [
      ok('excl.ban.nonprotected', 'non-protected-target', 'Ban [barbecues|e-scooters|dogs] from {amenity}.'),
      ok('excl.ban.report', 'reporting', 'A petition to ban {G} from {amenity} has been taken down after complaints.'),
    ],
  ),
  family(
    bad('excl.next-door', 'exclusion', 'Wouldn\'t want {aG1} living next door.', 'Imagine having {G} as neighbours. No thanks.'),
    [
      ok('excl.next-door.policy', 'policy-criticism', 'Wouldn\'t want [an incinerator|a phone mast|a 24-hour depot] next door, and nor do residents of {street}.'),
      ok('excl.next-door.positive', 'positive-mention', 'Having {G} as neighbours has been the best thing about living on {street}.'),
    ],
  ),
];

const slurs: FamilySpec[] = [
  family(
    bad('slur.bloody', 'slur', 'Bloody {S} [everywhere|again|on {street}].', 'Nothing but {S} [round here|on {street}] now.'),
    [
      ok('slur.bloody.report', 'reporting', 'Someone called my constituent a "{S1}" [outside {amenity}|on {street}]. That\'s a hate crime and I\'ve reported it.'),
      ok('slur.bloody.nonprotected', 'non-protected-target', 'Bloody [potholes|seagulls|roadworks] everywhere on {street}.'),
    ],
  ),
  family(
    bad('slur.moving-in', 'slur', 'Another {S1} [family |]moving in on {street}.', 'The {S} have [moved in|taken over] {street}.'),
    [
      ok('slur.moving-in.positive', 'positive-mention', 'Another {Gadj} family moving in on {street}. Welcome!'),
      ok('slur.moving-in.counter', 'counter-speech', 'A neighbour on {street} was called a "{S1}" when they moved in. It\'s a slur and there\'s no excuse for it.'),
    ],
  ),
  family(
    both('slur.named', 'named-person', '{cllr} is a [typical |]{S1}[.|, what do you expect?]', 'Only banter but {cllr} looks like a {S1} in that photo {e}'),
    [
      ok('slur.named.political', 'public-figure-criticism', '{cllr} is [wrong about the budget|out of touch with {ward}][.|, what do you expect?]'),
      respect('slur.named.insult', 'non-protected-person', '{cllr} is a [typical |][moron|clown|waste of space].'),
    ],
  ),
  family(
    bad('slur.go-home', 'slur', '[Go home|Get out|Clear off], you {S}.', '{S} [go home|out]!'),
    [ok('slur.go-home.counter', 'counter-speech', 'Being told "go home, you {S}" on {street} is disgraceful, and I\'ve raised it with the police.')],
  ),
  family(
    bad('slur.full-of', 'slur', '{street} is full of {S} now.', '{town} is [crawling with|full of] {S}.'),
    [ok('slur.full-of.neutral', 'policy-criticism', '{street} is full of [cafés|potholes|empty shops] now.')],
  ),
  family(
    bad('slur.bunch', 'slur', '[Bunch|Load] of {S} [at the council meeting|on the bus|at {amenity}] again.', 'The {S} were out in force at {amenity} again.'),
    [ok('slur.bunch.nonprotected', 'non-protected-target', 'Bunch of {np} at the council meeting again.')],
  ),
  family(
    bad('slur.out', 'slur', '{S} out of {town}!', 'No {S} in {ward}!'),
    [ok('slur.out.counter', 'counter-speech', 'Racists out of {town}! Nobody calls our neighbours "{S}".')],
  ),
  family(
    bad('slur.question', 'slur', 'Why does the council keep housing {S} [on {street}|in {ward}]?', 'How many more {S} is the council going to let in?'),
    [ok('slur.question.neutral', 'neutral-mention', 'Why does the council house {G} [on {street}|in {ward}]? Because they were on the waiting list like everyone else.')],
  ),
  family(
    bad('slur.banter', 'slur', 'My mate calls the new neighbours the {S} {e}', 'Just banter, calling the lads at work {S} {e}'),
    [
      ok('slur.banter.counter', 'counter-speech', 'The word "{S1}" is a slur and has no place in [this chamber|{town}|banter].'),
      ok('slur.banter.report', 'reporting', 'A councillor used the word "{S1}" at a meeting. A complaint has gone to the monitoring officer.'),
    ],
  ),
];

const jokes: FamilySpec[] = [
  family(
    bad('joke.spoons', 'stereotype-joke', 'Good turnout from the {G} at the {amenity} open day. Counted the spoons afterwards, all present {e}', 'Nice of the {G} to drop by {street}. Might want to lock your sheds tonight {e}'),
    [
      ok('joke.spoons.positive', 'positive-mention', 'Good turnout from the {G} at the {amenity} open day. Thanks for coming {e}', 'Nice of the {G} on {street} to [run the food bank|organise the litter pick] this weekend {e}'),
      ok('joke.spoons.nonprotected', 'non-protected-target', 'Good turnout at the {amenity} open day. Even the [parking wardens|Cabinet|auditors] came {e}'),
    ],
  ),
  family(
    bad('joke.all-talk', 'stereotype-joke', 'Diversity workshop today. The {G} did all the [talking|moaning] and none of the listening, as usual {e}', 'Three hours of equality training and the {G} still found something to [complain|whinge] about {e}'),
    [
      ok('joke.all-talk.self', 'non-protected-target', 'Diversity workshop today. The councillors did all the talking and none of the listening, as usual {e}'),
      ok('joke.all-talk.positive', 'positive-mention', 'Diversity workshop today, led by {G} from {ward}. Worth every minute.'),
    ],
  ),
  family(
    bad('joke.special', 'stereotype-joke', 'Whatever next? A separate [bin day|changing room|queue|bench] at {amenity} just for {G} {e}', 'What\'s next, a [committee|helpline|grant] for {G}? {e}'),
    [
      ok('joke.special.neutral', 'neutral-mention', 'Good news: {amenity} now has [an accessible toilet|a quiet room|changing places facilities], after {G} told us what was missing.'),
      ok('joke.special.service', 'policy-criticism', 'Whatever next? A fourth parking machine at {amenity} that also doesn\'t take cards {e}'),
    ],
  ),
  family(
    bad('joke.bingo', 'stereotype-joke', 'Scrutiny tonight felt like bingo night with the {G}: [nodding off by eight|nobody following a word|all noise and no sense] {e}', 'Full council this week: half {G}, half asleep, and the {G} were the noisy half {e}'),
    [
      ok('joke.bingo.self', 'public-figure-criticism', 'Scrutiny tonight went on past ten. Even the chair was nodding off by the end {e}'),
      ok('joke.bingo.positive', 'positive-mention', 'Scrutiny tonight heard from {G} in {ward}, and they made the sharpest points of the evening.'),
    ],
  ),
  family(
    bad('joke.how-many', 'stereotype-joke', 'How many {G} does it take to [fill in a council form|change a lightbulb|run a bin round]? [None, they get the council to do it|Who knows, they never turn up] {e}', 'How do you keep {G} out of your garden? [Put a job application in it|Hide the benefits form] {e}'),
    [
      ok('joke.how-many.self', 'public-figure-criticism', 'How many councillors does it take to change a lightbulb? Twelve, and a scrutiny review {e}'),
      ok('joke.how-many.counter', 'counter-speech', '"How many {G} does it take…" jokes aren\'t funny in the pub and they\'re not funny from a councillor.'),
    ],
  ),
  family(
    bad('joke.what-call', 'stereotype-joke', 'What do you call {aG1} [with a job|who pays council tax|who turns up on time]? [A miracle|Lost|Nobody\'s seen one] {e}', 'What\'s the difference between {aG1} and a pothole? The council fills the pothole eventually {e}'),
    [ok('joke.what-call.self', 'public-figure-criticism', 'What do you call a councillor who turns up on time? A miracle {e}')],
  ),
  family(
    bad('joke.neighbours', 'stereotype-joke', 'My new {Gadj} neighbours are lovely, [haven\'t had anything stolen yet|only a bit of noise every night|the smell\'s nearly gone] {e}', 'New {Gadj} family moved in on {street}. Lovely people, my shed\'s already half empty {e}'),
    [ok('joke.neighbours.positive', 'positive-mention', 'My new {Gadj} neighbours are lovely, [brought round a cake|helped with the bins|already joined the litter pick] {e}')],
  ),
  family(
    bad('joke.training', 'stereotype-joke', 'Diversity training today. Learned that {G} [can\'t drive|can\'t count|are always late|can\'t take a joke]. Only joking! Sort of {e}', 'Equality training says we can\'t say {G} are [lazy|thick|dirty] any more. Shame, it was so accurate {e}'),
    [ok('joke.training.positive', 'positive-mention', 'Diversity training today. Learned a lot about the barriers {G} face in {town}. Worth every minute.')],
  ),
  family(
    bad('joke.saw-one', 'stereotype-joke', 'Saw {aG1} [working|paying for something|doing a day\'s graft] today, [had to take a photo|thought I was dreaming] {e}', 'Spotted {aG1} [paying council tax|working a full week] today. Calling the local paper {e}'),
    [ok('joke.saw-one.positive', 'positive-mention', 'Saw the {Gadj} [football team|choir|volunteers] at {amenity} today, brilliant {e}')],
  ),
];

// Stereotypes that belong to one group: filled only with that group, so they read as people write them.
const groupJokes: FamilySpec[] = [
  only(['trans'], family(
    bad('joke.pronouns', 'stereotype-joke', 'Updated my pronouns to "Your Worship". If {G} can make it up, so can I {e}', 'New council form has [14|27] boxes for gender. Ticked "recycling bin" {e}'),
    [ok('joke.pronouns.neutral', 'neutral-mention', 'The new council form lets residents describe their gender in their own words. A small change that matters to {G}.')],
  )),
  only(['older'], family(
    bad('joke.tea-dance', 'stereotype-joke', 'Budget consultation at {amenity}: average age 80, half of them thought it was the tea dance {e}', 'Why ask {G} about the digital strategy? They think an app is a sort of biscuit {e}'),
    [ok('joke.tea-dance.positive', 'positive-mention', 'Budget consultation at {amenity}: great turnout from {G}, and sharp questions on [bus passes|social care|the library] {e}')],
  )),
  only(['women'], family(
    bad('joke.tea', 'stereotype-joke', 'Nice to see more {G} on the committee. Who\'s making the tea? {e}', 'Committee meetings will run even longer now there are more {G} on it {e}'),
    [ok('joke.tea.positive', 'positive-mention', 'Nice to see the committee finally half {G}. Long overdue {e}')],
  )),
  only(['gypsy-roma-traveller', 'roma'], family(
    bad('joke.moved-on', 'stereotype-joke', 'The {G} have moved on from {site}. Check anything that isn\'t nailed down, then check the nailed-down stuff {e}'),
    [ok('joke.moved-on.neutral', 'neutral-mention', 'The {G} have moved on from {site}; the council will clear the site and keep working on permanent pitches.')],
  )),
  only(['disabled'], family(
    bad('joke.miracle', 'stereotype-joke', 'Blue Badge bays on {street} full again. Amazing how many {G} get out and sprint to the bookies {e}'),
    [ok('joke.miracle.policy', 'policy-criticism', 'Blue Badge bays on {street} full again. We need more of them, and enforcement against people who misuse them.')],
  )),
  only(['younger'], family(
    bad('joke.phones', 'stereotype-joke', 'Youth council today. Kept the {G} off their phones for four whole minutes, a record {e}', '{G} can\'t [boil an egg|post a letter] but they\'ll tell you how to run the council {e}'),
    [ok('joke.phones.positive', 'positive-mention', 'Youth council today. The {G} asked better questions than most of Full Council {e}')],
  )),
  only(['muslim', 'arab'], family(
    bad('joke.bag', 'stereotype-joke', 'Unattended bag at {amenity}. Don\'t panic, it\'s probably just {aG1} on their lunch break {e}'),
    [ok('joke.bag.neutral', 'neutral-mention', 'Unattended bag at {amenity} turned out to be lost property. Thanks to staff for handling it calmly.')],
  )),
  only(['polish', 'eastern-european'], family(
    bad('joke.van', 'stereotype-joke', 'Cheapest quote for the town hall roof came from {aG1} with twelve cousins and a van {e}'),
    [ok('joke.van.positive', 'positive-mention', 'Best quote for the town hall roof came from a local firm run by {aG1}. Good work, done on time.')],
  )),
];

const implied: FamilySpec[] = [
  family(
    bad('impl.funny-how', 'implied', 'Funny how [the burglaries|the shoplifting|the litter] started when the {G} [arrived|moved onto {street}] 🤔', 'Not saying anything, but the [break-ins|fly-tipping] on {street} started when the {G} moved in. Draw your own conclusions.'),
    [
      ok('impl.funny-how.policy', 'policy-criticism', 'Funny how the burglaries started when the street lights on {street} were switched off 🤔'),
      ok('impl.funny-how.counter', 'counter-speech', 'Blaming {G} for the break-ins on {street} with "funny how…" posts is prejudice. The police say there\'s no link.'),
    ],
  ),
  family(
    bad('impl.just-asking', 'implied', 'Just asking: how many of these {G} actually [work|pay council tax|speak English]?', 'Genuine question, why do {G} [always|never] [get priority|pay their way]?'),
    [
      ok('impl.just-asking.neutral', 'neutral-mention', 'Just asking: how many {G} in {ward} are getting the support they\'re entitled to? I\'ve put the question to officers.'),
      ok('impl.just-asking.policy', 'policy-criticism', 'Just asking: how many of these consultants actually deliver anything for the fees the council pays?'),
    ],
  ),
  family(
    bad('impl.not-x-but', 'implied', 'I\'m not [racist|sexist|prejudiced|a bigot], but {G} [shouldn\'t be housed before local families|are taking over|should keep to themselves].', 'Nothing against {G}, but [I wouldn\'t want one|they\'re not like us|they don\'t fit in here].'),
    [
      ok('impl.not-x-but.policy', 'policy-criticism', 'I\'m not against development, but the {site} scheme has no affordable homes.'),
      ok('impl.not-x-but.counter', 'counter-speech', '"I\'m not racist but" usually comes before something racist. Heard it about {G} again today and challenged it.'),
    ],
  ),
  family(
    bad('impl.we-all-know', 'implied', 'We all know what happens when {G} move into an area.', 'Everyone knows what {G} are like. [I won\'t say it.|No need to spell it out.]'),
    [
      ok('impl.we-all-know.policy', 'policy-criticism', 'We all know what happens when the last bus is cut: people get stuck at home.'),
      ok('impl.we-all-know.positive', 'positive-mention', 'We all know what happens when {G} move into an area: new shops, new friends, fuller schools.'),
    ],
  ),
  family(
    bad('impl.fair-question', 'implied', 'Residents are asking why {G} get [houses|priority|everything free] when locals wait years. Fair question?', 'Why do {G} get [houses|school places|everything] first? Only asking what residents ask me.'),
    [
      ok('impl.fair-question.policy', 'policy-criticism', 'Residents are asking why the housing waiting list is so long. Fair question, and I\'ve put it to the Cabinet member.'),
      ok('impl.fair-question.reporting', 'reporting', 'Residents have been sent false claims that {G} get priority for housing. They don\'t: housing goes by need.'),
    ],
  ),
  family(
    bad('impl.grew-up', 'implied', 'Is anyone else noticing how many {G} there are in {town} now? Not the {town} I grew up in.', 'Walked down {street} today and barely heard English. {G} everywhere. Just an observation.'),
    [ok('impl.grew-up.policy', 'policy-criticism', 'Is anyone else noticing how many empty shops there are in {town} now? Not the {town} I grew up in.')],
  ),
  family(
    bad('impl.coincidence', 'implied', 'No coincidence that [every|the latest] [shoplifter|fly-tipper|scammer] in {town} is {aG1}. Just saying.', 'Every [shoplifter|fly-tipper] caught in {town} this month was {aG1}. Make of that what you will.'),
    [ok('impl.coincidence.report', 'reporting', 'Police have asked people to stop claiming the shoplifting in {town} is down to {G}. Those claims are false.')],
  ),
  family(
    bad('impl.wonder-why', 'implied', 'Makes you wonder why {G} [keep to themselves|never integrate|always stick together] 🤔', 'Ask yourself why the {G} [on {street}|in {ward}] [need so much help|are always in the news].'),
    [ok('impl.wonder-why.neutral', 'neutral-mention', 'Makes you wonder why the {amenity} opening hours never suit working families 🤔')],
  ),
  family(
    bad('impl.quiet-word', 'implied', 'Had a quiet word about the {G} on {street}. [You know what I mean.|Enough said.|Say no more.] {e}', 'Let\'s just say the {G} on {street} are "not our sort". You know what I mean {e}'),
    [ok('impl.quiet-word.neutral', 'neutral-mention', 'Had a good chat with the {G} on {street} about the [bus route|new crossing|street lighting].')],
  ),
];

// A protected characteristic used against a named person: discrimination and respect at once.
const named: FamilySpec[] = [
  family(
    both('named.only-because', 'named-person', '{cllr} only got [the job|the seat|the chair] because they\'re {aG1}.', '{officer} only got promoted for being {aG1}[. Box ticked.| {e}]'),
    [
      ok('named.only-because.political', 'public-figure-criticism', '{cllr} only got the seat because {party} stood nobody against them.'),
      ok('named.only-because.positive', 'positive-mention', '{cllr} is the first {G1} to chair [the committee|full council] in {town}. Well deserved.'),
    ],
  ),
  family(
    both('named.what-expect', 'named-person', 'What do you expect from {aG1} like {cllr}?', 'Wouldn\'t expect anything else from {cllr}. {G} are all the same.'),
    [ok('named.what-expect.political', 'public-figure-criticism', 'What do you expect from a Cabinet that [closed {amenity}|doubled parking charges]?')],
  ),
  family(
    both('named.no-wonder', 'named-person', '{officer} is {aG1}, so no wonder [the department is a mess|nothing gets done|the forms are wrong].'),
    [ok('named.no-wonder.policy', 'policy-criticism', 'The department is a mess because it lost a third of its staff in the cuts, not because of anyone in it.')],
  ),
  family(
    both('named.never-trust', 'named-person', 'Never trust {cllr}, [typical|classic] {G1} {e}', 'Can\'t trust a word {cllr} says. [Typical|Classic] {G1}.'),
    [ok('named.never-trust.political', 'public-figure-criticism', 'Never trust {party} on [council tax|the bypass]: look at what they promised last time.')],
  ),
  family(
    both('named.resident', 'named-person', '{resident} is a [filthy|lazy|thieving] {G1}[.|, everyone knows it.]'),
    [ok('named.resident.positive', 'positive-mention', '{resident} is a [brilliant|kind|hard-working] neighbour and the street would be lost without them.')],
  ),
  family(
    both('named.mocking', 'named-person', 'Did you hear {cllr} [try to read the motion|speak in the chamber]? {G} shouldn\'t be let near a microphone {e}'),
    [ok('named.mocking.political', 'public-figure-criticism', 'Did you hear {cllr} try to defend the budget? Not one figure added up {e}')],
  ),
  family(
    both('named.dehumanise', 'named-person', '{cllr} and the rest of the {G} on the council are [vermin|parasites].'),
    [ok('named.dehumanise.counter', 'counter-speech', 'Calling {cllr} and other {G} "[vermin|parasites]" is hateful abuse. I\'ve reported it to the monitoring officer.')],
  ),
];

// The spelling games apply to a hateful case and to a clean one alike, so the model learns
// that a disguised word keeps its meaning, not that odd spelling is hateful.
const spelledHate = bad('spell', 'spelling', 'I <hate> <{G}>[.|!]', '<{G}> are <vermin>.', '<{G}> are <scum>.', 'Get rid of the <{G}>.', '<{G}> make me <sick>.', '<{G}> are <disgusting>.', '<{G}> are <parasites>.');
const spelledClean = ok('spell-clean', 'spelling-clean', '<{G}> are <welcome> here.', 'I <love> my <{Gadj}> neighbours[.|!]', '<{G}> make {town} <stronger>.', 'Proud to <stand> with <{G}>.', 'Don\'t listen to the <haters>: <{G}> belong here.');
const spelledJoined = bad('spell', 'spelling', '<I hate {G}>[.|!]', '<{G} are scum>.', '<{G} out>!', '#<{G} out>');
const joinedClean = ok('spell-clean', 'spelling-clean', '<I love {town}>[.|!]', '#<{G} welcome>', '<stand with {G}>!');
const spelling: FamilySpec[] = spellingKinds.map((kind) =>
  kind === 'joined'
    ? family(spelled(kind, spelledJoined), [spelled(kind, joinedClean)])
    : family(spelled(kind, spelledHate), [spelled(kind, spelledClean)]),
);

// Clean families with no hateful twin: the everyday ways councillors mention groups.
const mentions: FamilySpec[] = [
  family(ok('neutral.surgery', 'neutral-mention', 'Met {Gadj} [parents|residents|families] at {amenity} today to talk about [school places|the bus route|damp homes].')),
  family(ok('neutral.help', 'neutral-mention', '{G} in {ward} can get help with [council tax|energy bills|housing] at {amenity} {day}.')),
  family(ok('neutral.census', 'neutral-mention', 'Census figures show {G} make up [3%|8%|a growing share] of {town}\'s population.')),
  family(ok('neutral.eia', 'neutral-mention', 'Our equality impact assessment looks at how the [budget|library changes|bus cuts] affect {G}.')),
  family(ok('neutral.casework', 'neutral-mention', 'Question from a constituent about provision for {G} in the local plan. Officers are looking into it.')),
  family(ok('neutral.forum', 'neutral-mention', 'The {town} forum for {G} meets at {amenity} {day}. All welcome.')),
  family(ok('positive.stronger', 'positive-mention', '{G} make {town} [stronger|a better place|what it is].')),
  family(ok('positive.proud', 'positive-mention', 'Proud to [support|stand with|represent] {G} in {ward}.')),
  family(ok('positive.celebrate', 'positive-mention', 'Brilliant [event|afternoon] celebrating {G} at {amenity} today. Thank you to everyone who came!')),
  family(ok('positive.volunteers', 'positive-mention', 'Huge thanks to the {Gadj} volunteers who [cleared the brook|ran the food bank|painted {amenity}] this weekend.')),
  family(ok('positive.welcome', 'positive-mention', '{G} are welcome in {town}. Full stop.')),
  family(ok('report.hate-crime', 'reporting', 'A report to Cabinet shows hate crime against {G} in {town} [rose 12%|fell slightly|doubled] last year.')),
  family(ok('report.appeal', 'reporting', 'Police are appealing for witnesses after abuse aimed at {G} on {street} {day}.')),
  family(ok('report.testimony', 'reporting', 'Today I met {G} who told me about the abuse they face on {street}. It has to stop.')),
  family(ok('counter.challenge', 'counter-speech', 'Anyone who abuses {G} in {town} will be challenged by me, every time.')),
  family(ok('counter.never', 'counter-speech', 'Hate against {G} is never acceptable, online or off.')),
  family(ok('policy.home-office', 'policy-criticism', 'The Home Office\'s [plan|policy] for {G} in {town} is a shambles, and the council wasn\'t even consulted.')),
  family(ok('policy.cuts', 'policy-criticism', 'Cuts to services for {G} are a disgrace and the Cabinet should reverse them.')),
  family(ok('policy.failed', 'policy-criticism', 'The government has failed {G} on [housing|benefits|social care], and councils are left to pick up the pieces.')),
  family(ok('figure.record', 'public-figure-criticism', '{figure} has failed {G} and should be ashamed of that record.')),
  family(ok('figure.comments', 'public-figure-criticism', '{cllr}\'s comments about {G} were wrong, and I\'ll say so in the chamber.')),
  family(ok('nonprotected.scum', 'non-protected-target', '{np} are [scum|a disgrace|the worst]. [Report them.|Name and shame.]'), [], 1),
  family(respect('nonprotected.named', 'non-protected-person', '{cllr} is a [scumbag|moron|disgrace to {ward}|lying toad].'), [], 1),
  family(
    both('both.named-slur', 'named-person', '{cllr} is a [dirty|typical|jumped-up] {S1}[, no wonder the council\'s a mess|, what do you expect|. Says it all].'),
    [ok('both.named-slur.report', 'reporting', '{cllr} was called a "{S1}" in the street after [the budget meeting|full council]. I\'ve reported it, and I stand with them.')],
  ),
];

export const discriminationFamilies: readonly FamilySpec[] = [
  ...derogation,
  ...animosity,
  ...dehumanisation,
  ...threats,
  ...exclusion,
  ...slurs,
  ...jokes,
  ...groupJokes,
  ...implied,
  ...named,
  ...spelling,
  ...mentions,
];
