import { builders, type FamilySpec } from './spec';

// Predetermination: a member of the committee that will decide a planning or licensing matter
// showing a closed mind on it. Labels assume the author sits on that committee (the engine
// checks the profile); Localism Act 2011 s.25 lets a member show a view, not a closed mind, so
// the contrasts keep the same application and committee but leave the decision open, report one
// already made, explain how to comment, or talk policy.
const { bad, ok, family } = builders('predetermination', { perGroup: false, count: 85 });

const pledges: FamilySpec[] = [
  family(
    bad('pledge.voting-against', 'vote-pledge', 'I will be voting [against|to refuse] {app} at {com} {day}[.|, no question.]', 'I\'ll be voting [against|to refuse] {ref} at {com}. [Full stop.|End of.|Simple as that.]'),
    [
      ok('pledge.voting-against.open', 'open-mind', 'I won\'t decide how to vote on {app} until I\'ve heard the evidence at {com} {day}.'),
      ok('pledge.voting-against.done', 'decision-made', '{com} voted to refuse {app} [last night|on Tuesday|last week|yesterday|on the 3rd]. The applicant can appeal to {appeal}.'),
    ],
  ),
  family(
    bad('pledge.promise', 'vote-pledge', 'Residents of {ward}: while I\'m on the {com}, {app} is not going through. You have my word.', 'I give residents my word as a {com} member: {app} will be refused.'),
    [
      ok('pledge.promise.process', 'open-mind', 'Residents of {ward}: I\'m on the {com}, so I\'ll read every objection to {app} before we decide. You have my word.'),
      ok('pledge.promise.not-member', 'not-on-committee', 'I\'m not on the {com}, so as ward councillor I can say it plainly: I object to {app}, and I\'ll speak against it.'),
    ],
  ),
  family(
    bad('pledge.support', 'vote-pledge', 'I\'ll be voting for {app} at {com}, whatever the objectors say.', '{app} has my vote at {com} {day}. [Done deal.|Guaranteed.]'),
    [ok('pledge.support.predisposed', 'predisposition', 'I can see the benefits of {app}, but I\'ll weigh the objections and the officers\' report at {com} before I vote.')],
  ),
  family(
    bad('pledge.assure', 'vote-pledge', 'Rest assured, I\'ll [vote down|block] {app} when it comes to {com}.', 'You have my word: {ref} will be refused. I\'ll see to it at {com}.'),
    [ok('pledge.assure.listen', 'open-mind', 'Rest assured, I\'ll listen to every side on {app} when it comes to {com}.')],
  ),
  family(
    bad('pledge.number', 'vote-pledge', 'That\'s one vote against {app} already: mine. See you at {com} {day}.', 'Count me as a no on {ref} at {com}.'),
    [ok('pledge.number.date', 'how-to-comment', '{app} ({ref}) goes to {com} {day}. Comments must reach the council before then.')],
  ),
  family(
    bad('pledge.told-applicant', 'vote-pledge', 'I\'ve told {applicant} straight: I will vote against {app} at {com}.', 'Told the objectors {day}: my vote at {com} is against {app}, guaranteed.'),
    [ok('pledge.told-applicant.neutral', 'open-mind', 'I\'ve told {applicant} and the objectors the same thing: I\'ll decide {app} on the evidence at {com}.')],
  ),
  family(
    bad('pledge.red-line', 'vote-pledge', '{app} is a red line for me. I will vote no at {com}[.|!| whatever the report says.]', '{app} crosses a red line for me, and my vote at {com} will show it.'),
    [ok('pledge.red-line.policy', 'policy-talk', 'Affordable housing is a red line in our Local Plan, and every scheme in {town} is judged against it.')],
  ),
  family(
    bad('pledge.hashtag', 'vote-pledge', 'Voting NO to {app} at {com}. #[SaveOurFields|StopTheScheme|NoToThis]', 'My vote on {ref} at {com}: NO. [#NotInOurTown|#Refuse]'),
    [ok('pledge.hashtag.comment', 'how-to-comment', 'Have your say on {app} before {com} decides it: search {ref} on the council website. #HaveYourSay')],
  ),
];

const wontGetVote: FamilySpec[] = [
  family(
    bad('wont.my-vote', 'wont-get-my-vote', 'When {app} comes to the {com}, it won\'t get my vote[.|!| and that\'s final.]', '{app}? Not getting my vote at {com}[, I can tell you that|, full stop].', 'Don\'t expect my vote for {app} at {com}.'),
    [
      ok('wont.my-vote.open', 'open-mind', 'Whether {app} gets my vote depends on what we hear at {com}. I haven\'t made up my mind.'),
      ok('wont.my-vote.decided', 'decision-made', '{app} didn\'t get through {com} [last night|on Tuesday|last week|yesterday|on the 3rd]: members refused it on [highways|heritage|noise] grounds.'),
    ],
  ),
  family(
    bad('wont.chance', 'wont-get-my-vote', 'Not a chance {app} gets my vote at {com}.', 'No chance. {app} is [not happening|going nowhere] while I\'m on {com}.'),
    [ok('wont.chance.predisposed', 'predisposition', 'I have real doubts about {app}, but I\'ll give the applicant a fair hearing at {com}.')],
  ),
  family(
    bad('wont.dead-body', 'wont-get-my-vote', 'Over my dead body will {app} get through {com}.', '{app} will get through {com} over my dead body.'),
    [ok('wont.dead-body.policy', 'policy-talk', 'Over my dead body will the council give up on building homes people can afford in {town}.')],
  ),
  family(
    bad('wont.never-support', 'wont-get-my-vote', 'I will never support {app}, whatever the officers recommend.', 'However many times {applicant} resubmits it, I\'ll never back {app}.'),
    [ok('wont.never-support.officers', 'open-mind', 'I\'ll read what the officers recommend on {app} and weigh it against residents\' concerns before {com}.')],
  ),
  family(
    bad('wont.vote-it-down', 'wont-get-my-vote', 'When {app} comes to {com}, I\'m voting it down. [Simple.|No question.]', 'Looking forward to voting down {app} at {com} {day} {e}'),
    [ok('wont.vote-it-down.look-forward', 'open-mind', 'Looking forward to hearing both sides on {app} at {com} {day}.')],
  ),
  family(
    bad('wont.objector-reply', 'wont-get-my-vote', 'Don\'t worry, {name}, {app} isn\'t getting past me at {com}.', 'You can count on me, {name}: {ref} is dead in the water at {com}.'),
    [ok('wont.objector-reply.pass-on', 'reporting-views', 'Thanks {name}, I\'ve passed your objection to {app} to the case officer so {com} will see it.')],
  ),
  family(
    bad('wont.thumbs-down', 'wont-get-my-vote', '{app}: 👎 from me at {com}.', 'My answer on {app} at {com}? 👎👎👎'),
    [ok('wont.thumbs-down.meeting', 'how-to-comment', '{app} is on the agenda at {com} {day}. 👉 Register to speak by noon the day before.')],
  ),
  family(
    bad('wont.wasting-time', 'wont-get-my-vote', '{applicant} is wasting their time with {app}. It won\'t pass {com} with my vote.', 'Save yourselves the appeal fee, {applicant}: {ref} is getting refused.'),
    [ok('wont.wasting-time.appeal', 'decision-made', '{applicant} has appealed the refusal of {app}; {appeal} will decide it now.')],
  ),
];

const decided: FamilySpec[] = [
  family(
    bad('decided.mind-made-up', 'already-decided', 'My mind is made up on {app}: it\'s a [no|yes].', 'I\'ve made up my mind on {ref} and nothing will change it.'),
    [
      ok('decided.mind-made-up.open', 'open-mind', 'My mind is open on {app}: I\'ll decide on the evidence at {com}.'),
      ok('decided.mind-made-up.predisposed', 'predisposition', 'I\'m minded to have concerns about {app}, especially [traffic on {street}|noise late at night|flooding], but I\'ll hear the evidence before I decide.'),
    ],
  ),
  family(
    bad('decided.nothing-change', 'already-decided', 'Nothing {applicant} says at {com} will change my mind on {app}.', 'No amount of evidence will change my mind on {app}.'),
    [ok('decided.nothing-change.evidence', 'predisposition', 'What {applicant} says at {com} could change my mind on {app}, and I\'ll listen carefully.')],
  ),
  family(
    bad('decided.waste-time', 'already-decided', 'The hearing on {app} is a formality. We all know it\'s getting refused.', '{com} {day} is just for show: {app} is already dead.'),
    [ok('decided.waste-time.hearing', 'open-mind', 'The hearing on {app} at {com} {day} is where the decision will be made, on the evidence.')],
  ),
  family(
    bad('decided.dont-need', 'already-decided', 'I don\'t need to read the officers\' report on {app}. I know how I\'m voting.', 'Don\'t need to hear any more about {ref}. It\'s a no.'),
    [ok('decided.dont-need.reading', 'open-mind', 'Reading the officers\' report on {app} tonight before {com}. Lots to weigh up.')],
  ),
  family(
    bad('decided.sorted', 'already-decided', 'Had a word with the other members of {com}: {app} is [sorted|getting refused|going through].', 'It\'s all agreed behind the scenes, {app} will be [refused|approved] at {com}.'),
    [ok('decided.sorted.democratic', 'decision-made', '{com} decided {app} in public [last night|on Tuesday|last week|yesterday|on the 3rd]; the decision notice is on the council website.')],
  ),
  family(
    bad('decided.regardless', 'already-decided', 'Whatever the report says, {app} is getting [refused|approved] at {com}.', 'Regardless of the evidence, I\'m against {app}.'),
    [ok('decided.regardless.report', 'open-mind', 'Whatever I think now, I\'ll read the report on {app} and decide at {com} with an open mind.')],
  ),
  family(
    bad('decided.already-know', 'already-decided', 'We already know the answer on {app}, and it\'s no. See you at {com}.', 'The answer on {ref} is already no. {com} will just rubber-stamp it.'),
    [ok('decided.already-know.question', 'policy-talk', 'We already know {town} needs more homes; the question for the Local Plan is where.')],
  ),
  family(
    bad('decided.applicant-pointless', 'already-decided', '{applicant} can say what they like at {com}. {app} is [dead in the water|not happening].', 'Pointless {applicant} turning up to {com}. Decision\'s made on {app}.'),
    [ok('decided.applicant-pointless.fair', 'open-mind', '{applicant} will get a fair hearing at {com}, as will the objectors to {app}.')],
  ),
];

const campaigning: FamilySpec[] = [
  family(
    bad('campaign.stand-with', 'campaigning', 'Proud to stand with the objectors against {app}. See you at {com}, where I\'ll be voting it down.', 'Marched with the campaigners against {app} today. I\'ll make sure {com} refuses it.'),
    [ok('campaign.stand-with.listened', 'reporting-views', 'Met the objectors to {app} today and listened to their concerns. I\'ll weigh them with everything else at {com}.')],
  ),
  family(
    bad('campaign.join-me', 'campaigning', 'Join me and the [{site} Action Group|residents of {street}|Stop the {dev} campaign] to stop {app}. I sit on {com} and I\'ll make sure it fails.', 'I\'m on {com} and I\'m backing the campaign to stop {app}. Join us!'),
    [ok('campaign.join-me.not-member', 'not-on-committee', 'Join me and the residents of {street} to object to {app}. I\'m not on {com}, so I\'m free to campaign as your ward councillor.')],
  ),
  family(
    bad('campaign.petition', 'campaigning', 'Sign our petition against {app}! I\'ll present it at {com} and vote accordingly.', 'I\'ve started a petition to stop {app}, and as a {com} member I\'ll vote against it.'),
    [ok('campaign.petition.process', 'how-to-comment', 'A petition about {app} has been submitted; {com} will consider it with the other representations {day}.')],
  ),
  family(
    bad('campaign.leaflet', 'campaigning', 'Delivering leaflets against {app} on {street} today. I\'ll be voting no at {com}.', 'Our leaflet says it all: STOP {app}. Vote with me at {com}!'),
    [ok('campaign.leaflet.info', 'how-to-comment', 'Delivering leaflets on {street} today explaining how to comment on {app} ({ref}). Have your say!')],
  ),
  family(
    bad('campaign.fight', 'campaigning', 'We will fight {app} all the way, and I\'ll lead the fight at {com}.', 'Game on. {app} is going down at {com} {e}'),
    [ok('campaign.fight.policy', 'policy-talk', 'We will fight for a Local Plan that protects green fields in {town}, and I\'ll make that case at Full Council.')],
  ),
  family(
    bad('campaign.committee-chair', 'campaigning', 'As chair of the {com} I\'m backing the campaign to refuse {app}.', 'As vice-chair of {com}, I fully support the objectors: {app} must be refused.'),
    [ok('campaign.committee-chair.recuse', 'declared-interest', 'As chair of the {com}, I\'ve stepped aside from {app} because I spoke at the campaign meeting. Another member will chair that item.')],
  ),
  family(
    bad('campaign.rally', 'campaigning', 'Rally against {app} outside the town hall before {com} {day}. I\'ll speak, then vote it down!', 'See you at the protest against {app} before {com} {day}. I\'ll be voting with you!'),
    [ok('campaign.rally.public', 'how-to-comment', '{com} meets in public {day} to decide {app}. You can watch the webcast or register to speak.')],
  ),
  family(
    bad('campaign.save', 'campaigning', 'Save {site}! I\'ve pledged to the residents to vote against {app} at {com}.', 'Pledge signed: I\'ll oppose {app} when it comes to {com}. #Save[TheFields|OurTown]'),
    [ok('campaign.save.declared', 'declared-interest', 'I\'ve signed the residents\' pledge on {app}, so I won\'t take part in the decision at {com}.')],
  ),
];

// The member knows the decision already, in words that do not pledge a vote.
const prejudged: FamilySpec[] = [
  family(
    bad('prejudge.should-never', 'prejudged', 'There is no way {app} should be approved, whatever the officers recommend. I\'ll be at {com}.', '{app} should never have been submitted and it will be refused at {com}.'),
    [ok('prejudge.should-never.concern', 'predisposition', 'I have real concerns about whether {app} should be approved, and I\'ll test them at {com}.')],
  ),
  family(
    bad('prejudge.unacceptable', 'prejudged', '{app} is completely unacceptable and I\'ll say so with my vote at {com}.', 'Utterly unacceptable. {ref} gets a no from me at {com}.'),
    [ok('prejudge.unacceptable.questions', 'open-mind', 'Questions I\'ll be asking at {com} about {app}: [traffic, drainage and school places|noise, dispersal and policing|parking and deliveries].')],
  ),
  family(
    bad('prejudge.applicant-greedy', 'prejudged', '{applicant} only cares about profit. {app} will get what it deserves at {com}: a refusal.', '{applicant} is only in it for the money, and {com} will send {app} packing.'),
    [ok('prejudge.applicant-greedy.policy', 'policy-talk', 'Developers must build the affordable homes they promise. That\'s why our policy asks for 30% on every scheme in {town}.')],
  ),
  family(
    bad('prejudge.already-against', 'prejudged', 'Already against {app}. Don\'t need the hearing at {com} to tell me that.', 'I\'m against {app} and nothing at the hearing will change that.'),
    [ok('prejudge.already-against.hearing', 'open-mind', 'Not for or against {app} yet. That\'s what the hearing at {com} is for.')],
  ),
  family(
    bad('prejudge.licence-trouble', 'prejudged', '{venue} has caused nothing but trouble and I\'ll make sure {com} says no to its {dev}.', '{venue}\'s {dev}? Not happening. I\'m on {com} and it\'s a no.'),
    [ok('prejudge.licence-trouble.evidence', 'predisposition', 'Residents have told me about problems at {venue}; the police and licensing officers will give evidence at {com} and I\'ll weigh it all.')],
  ),
  family(
    bad('prejudge.green-light', 'prejudged', '{app} will get the green light from {com}, I\'ll make sure of it.', 'Good news: {app} is getting approved at {com} {day}. I\'ve seen to it.'),
    [ok('prejudge.green-light.approved', 'decision-made', 'Good news: {com} approved {app} [last night|on Tuesday|last week|yesterday|on the 3rd] with conditions on [hours|traffic|landscaping].')],
  ),
  family(
    bad('prejudge.told-you', 'prejudged', 'Told you {app} would be refused. Just waiting for {com} to make it official {e}', 'Called it months ago: {app} is getting refused at {com}. Just a formality now {e}'),
    [ok('prejudge.told-you.wait', 'open-mind', 'No decision on {app} until {com} {day}. I\'ll listen first {e}')],
  ),
  family(
    bad('prejudge.reply', 'prejudged', '@{first}{last} Agreed, it\'s a terrible scheme. {app} won\'t pass while I\'m on {com}.', 'Totally agree with everyone on this thread, {app} is getting binned at {com}.'),
    [ok('prejudge.reply.neutral', 'reporting-views', 'Thanks everyone on this thread for your views on {app}. Please send them to the case officer too, so {com} can consider them.')],
  ),
];

// A closed mind shown by wink or rhetorical question, with no vote pledged in words.
const implied: FamilySpec[] = [
  family(
    bad('impl.anyone-think', 'implied', 'Anyone think {app} deserves to pass? No, me neither. See you at {com} {e}', 'Does anyone seriously think {app} will get through {com} with me on it? {e}'),
    [ok('impl.anyone-think.views', 'reporting-views', 'Does anyone have views on {app}? Send them to the case officer before {com} decides.')],
  ),
  family(
    bad('impl.guess-how', 'implied', 'Guess how I\'ll be voting on {app} at {com} {e}', 'No prizes for guessing my vote on {ref} {e}'),
    [ok('impl.guess-how.process', 'how-to-comment', 'Guess what? You can still comment on {app} ({ref}) until {com} meets {e}')],
  ),
  family(
    bad('impl.wink', 'implied', 'Can\'t say how I\'ll vote on {app}, but let\'s just say {applicant} shouldn\'t get their hopes up 😉', 'My lips are sealed on {app} until {com}. But I wouldn\'t bet on it passing 😉'),
    [ok('impl.wink.open', 'open-mind', 'Can\'t say how I\'ll vote on {app}: I haven\'t heard the evidence yet, and that\'s how it should be.')],
  ),
  family(
    bad('impl.officially', 'implied', 'Officially I\'m keeping an open mind on {app}. Unofficially, [not a chance|no way|dream on] {e}', 'On paper I\'m undecided on {app}. In reality? You know the answer {e}'),
    [ok('impl.officially.genuine', 'open-mind', 'I\'m keeping an open mind on {app}, officially and unofficially. That\'s the job on {com}.')],
  ),
  family(
    bad('impl.dont-worry', 'implied', 'Don\'t worry about {app}, folks. I\'m on {com} {e}', 'Residents of {street}, relax: I sit on {com}. {app} is in safe hands {e}'),
    [ok('impl.dont-worry.process', 'how-to-comment', 'Worried about {app}, folks? Comment on the council website; every comment goes to {com}.')],
  ),
  family(
    bad('impl.we-know', 'implied', 'We all know how {app} ends at {com}, don\'t we {e}', 'Let\'s not pretend {app} has a chance at {com} {e}'),
    [ok('impl.we-know.decided', 'decision-made', 'We all know how {app} ended: {com} refused it [last night|last week], and {appeal} will hear any appeal.')],
  ),
  family(
    bad('impl.rhetorical', 'implied', 'Would I ever vote for {app}? What do you think? See you at {com}.', 'Me, vote for {app} at {com}? Pull the other one {e}'),
    [ok('impl.rhetorical.policy', 'policy-talk', 'Would I support more homes in {town}? Yes, in the right places, and the Local Plan is where we decide them.')],
  ),
  family(
    bad('impl.applicant-luck', 'implied', 'Good luck to {applicant} at {com} on {app}. They\'ll need it {e}', '{applicant} thinks {app} will pass {com}. Bless them {e}'),
    [ok('impl.applicant-luck.neutral', 'open-mind', 'Both {applicant} and the objectors will be heard on {app} at {com}. That\'s how it should work.')],
  ),
];

// Policy, process and finished business that mention applications without prejudging one.
const clean: FamilySpec[] = [
  family(ok('clean.how-comment', 'how-to-comment', 'Want to comment on {app}? Search {ref} on the council website; comments close {day}.')),
  family(ok('clean.decision-notice', 'decision-made', 'The decision on {app} was made at {com} [last night|on Tuesday|last week|yesterday|on the 3rd]. The decision notice is on the council website.')),
  family(ok('clean.policy', 'policy-talk', 'We need more [affordable|social|family] homes in {town}, and the Local Plan must say where they go.')),
  family(ok('clean.site-visit', 'open-mind', '{com} members will make a site visit {day} before deciding {app}.')),
  family(ok('clean.interest', 'declared-interest', 'I\'ve declared an interest in {app} and won\'t take part in the decision at {com}.')),
  family(ok('clean.ward-view', 'reporting-views', 'Many residents of {street} have told me they oppose {app}. I\'ve made sure the case officer has every comment.')),
  family(ok('clean.not-on', 'not-on-committee', 'As I\'m not on {com}, I\'ve sent my objection to {app} as ward councillor, like any resident can.')),
  family(ok('clean.training', 'policy-talk', 'Good planning training for members today: predetermination, bias and what we can and can\'t say before a decision.')),
  family(ok('clean.appeal-won', 'decision-made', '{appeal} has dismissed the appeal on {app}, so the council\'s refusal stands.')),
  family(ok('clean.agenda', 'how-to-comment', 'The agenda for {com} {day} is out. {app} is item [3|5|7].')),
];

export const predeterminationFamilies: readonly FamilySpec[] = [
  ...pledges,
  ...wontGetVote,
  ...decided,
  ...campaigning,
  ...prejudged,
  ...implied,
  ...clean.map((spec) => ({ ...spec, count: 130 })),
];
