import { builders, type FamilySpec } from './spec';

// Confidential: revealing exempt (Local Government Act 1972 Sch 12A) or confidential business:
// Part 2 contents, closed sessions, legal advice, things told in confidence, leaks, negotiating
// positions, decisions not yet announced, staffing matters. The contrasts name the same business
// without revealing it: published agendas, public decisions, "I can't discuss it".
const { bad, ok, family } = builders('confidential', { perGroup: false, count: 76 });

const exemptContents: FamilySpec[] = [
  family(
    bad('exempt.paper-says', 'exempt-contents', 'The {paper} on {exempt} says [the council will pay {sum}|the preferred bidder is {company}|{company} offered {sum}].', 'Page [3|5] of the {paper}: {company} [is the preferred bidder|offered {sum}] for {exempt}.'),
    [
      ok('exempt.paper-says.cant', 'cant-discuss', 'The {paper} on {exempt} is exempt, so I can\'t say what\'s in it, but the decision will be published.'),
      ok('exempt.paper-says.public', 'published-business', 'The public report on {exempt} is on the council website; the headline figures are on page [4|9|12].'),
    ],
  ),
  family(
    bad('exempt.read-last-night', 'exempt-contents', 'Read the {paper} last night: {exempt} is going to cost {sum}, not the figure in the press.', 'Just finished the {paper}. {exempt} will cost us {sum}. Residents deserve to know.'),
    [ok('exempt.read-last-night.published', 'published-business', 'Read the published report last night: {exempt} is budgeted at {sum}, as the press reported.')],
  ),
  family(
    bad('exempt.item-tonight', 'exempt-contents', 'Part 2 item tonight: {exempt}. {company} want {sum}.', 'Exempt item at {ocom} tonight: {exempt}, and {company} are asking {sum}.'),
    [ok('exempt.item-tonight.agenda', 'published-business', 'There\'s a Part 2 item on {exempt} at {ocom} tonight; the press and public will be excluded for that part, as the law allows.')],
  ),
  family(
    bad('exempt.doesnt-tell', 'exempt-contents', 'What the public papers don\'t tell you: {exempt} [is already agreed|will mean 40 job losses|costs {sum}]. It\'s in the {paper}.', 'The public report on {exempt} leaves out the bit that matters: the {paper} puts it at {sum}.'),
    [ok('exempt.doesnt-tell.ask', 'cant-discuss', 'The public papers on {exempt} leave a lot out, and I\'ve asked for more to be published. Until then I can\'t say more.')],
  ),
  family(
    bad('exempt.pink-papers', 'exempt-contents', 'Pink papers for {ocom}: {company} is the preferred bidder for {exempt}.', 'From the pink papers: {exempt} goes to {company} for {sum}.'),
    [ok('exempt.pink-papers.later', 'published-business', 'The preferred bidder for {exempt} will be named in public once the contract is signed.')],
  ),
  family(
    bad('exempt.appendix', 'exempt-contents', 'Between us, the confidential appendix shows {sum} set aside for {exempt}.', 'The exempt appendix puts {exempt} at {sum}. Make of that what you will.'),
    [ok('exempt.appendix.public', 'published-business', 'The budget book shows {sum} set aside for {topic}. It\'s all public, page [20|31|44].')],
  ),
  family(
    bad('exempt.bid-figures', 'exempt-contents', 'Figures from the {paper}: {company} bid {sum} for {site}.', '{company} bid {sum} for {site}, according to the {paper} we got today.'),
    [ok('exempt.bid-figures.announced', 'announced-decision', 'The council has announced that {company} bought {site} for {sum}. Details are in today\'s press release.')],
  ),
  family(
    bad('exempt.screenshot', 'exempt-contents', 'Screenshot of the {paper} on {exempt} attached. Judge for yourselves.', 'Here\'s page [2|3|7] of the {paper} on {exempt}. Read it and weep.'),
    [ok('exempt.screenshot.public', 'published-business', 'Screenshot of the published agenda for {ocom} attached: {exempt} is item [6|8|11].')],
  ),
];

const closedSession: FamilySpec[] = [
  family(
    bad('closed.agreed', 'closed-session', 'In the closed session tonight we agreed [to sell {site} to {company}|to settle the claim for {sum}|to close {amenity}].', 'We [decided|voted] in private session [last night|today] to [sell {site} to {company}|settle with {company} for {sum}]. You heard it here first.'),
    [ok('closed.agreed.public', 'published-business', 'In the public session tonight we agreed [to consult on {topic}|to fund {amenity}|the new bus strategy].')],
  ),
  family(
    bad('closed.press-left', 'closed-session', 'Once the press left the room, [the Leader admitted|officers told us] {exempt} [is a disaster|will cost {sum}|is going ahead].', 'After the public gallery was cleared, we were told {exempt} [is in trouble|will cost {sum}].'),
    [ok('closed.press-left.cant', 'cant-discuss', 'The press and public were excluded for the item on {exempt}, so I can\'t talk about it. The decision will be published.')],
  ),
  family(
    bad('closed.would-shock', 'closed-session', 'What was said in private session about {exempt} would shock you: [the figure is {sum}|{company} walked away|it\'s already been decided].', 'If residents heard what was said in the closed part of {ocom} about {exempt}, they\'d be [furious|stunned]: [{sum}|{company} walked away].'),
    [ok('closed.would-shock.public', 'published-business', 'What was said in the public debate on {topic} is on the webcast. Worth a watch.')],
  ),
  family(
    bad('closed.how-voted', 'closed-session', 'Behind closed doors {ocom} voted to [close {amenity}|sell {site}]. {cllr} voted for it.', 'In the private session on {exempt}, {cllr} [voted for it|argued to sell {site}|backed {company}].'),
    [ok('closed.how-voted.recorded', 'announced-decision', '{ocom} voted in public to [close {amenity}|sell {site}]; the recorded vote is in the minutes.')],
  ),
  family(
    bad('closed.exclusion', 'closed-session', 'During the exclusion of the press and public, {cllr} told us {exempt} [had collapsed|would cost {sum}].', 'With the public excluded, officers admitted {exempt} [had collapsed|was {sum} over budget].'),
    [ok('closed.exclusion.process', 'cant-discuss', 'The press and public are excluded from part of {ocom} tonight for {exempt}. That\'s the law, and I\'ll respect it.')],
  ),
  family(
    bad('closed.briefing', 'closed-session', 'Private briefing for members today: {exempt} [is going ahead|will be announced next month|has fallen through].', 'At today\'s confidential members\' briefing we were told {exempt} [is off|will cost {sum}].'),
    [ok('closed.briefing.public', 'published-business', 'Members\' briefing today on {topic}; the same slides are on the council website.')],
  ),
  family(
    bad('closed.from-part', 'closed-session', 'From the confidential part of the meeting: {company} has [pulled out|asked for {sum} more].', 'Private part of {ocom} tonight: {company} [has pulled out of {exempt}|wants {sum} more for {exempt}].'),
    [ok('closed.from-part.public', 'published-business', 'From the public part of the meeting: {company} has been chosen to run {amenity}, as the report recommended.')],
  ),
  family(
    bad('closed.leaving', 'closed-session', 'Leaving the Part 2 session now. Can confirm [{exempt} is off|the price is {sum}|{company} got it] {e}', 'Just out of the exempt session on {exempt}. Short version: [it\'s off|{company} got it|{sum}] {e}'),
    [ok('closed.leaving.cant', 'cant-discuss', 'Leaving the Part 2 session now. Can\'t say a word about it, sorry {e}')],
  ),
];

const legalAdvice: FamilySpec[] = [
  family(
    bad('legal.would-lose', 'legal-advice', 'The council\'s lawyers have advised that we\'d [lose|probably lose] the [case|appeal] over {topic}.', 'Our legal advice on {topic} is that we\'ll [lose|probably lose] if it goes to court.'),
    [ok('legal.would-lose.public', 'announced-decision', 'The council has published its decision on {topic}; any challenge goes to the courts.')],
  ),
  family(
    bad('legal.counsel', 'legal-advice', 'Counsel\'s opinion on {exempt}: [we\'re exposed to a {sum} claim|our case is weak|we should settle].', 'The barrister\'s opinion we got on {exempt} says [we\'re likely to lose|settle for {sum}].'),
    [ok('legal.counsel.sought', 'cant-discuss', 'The council has taken counsel\'s opinion on {exempt}. It\'s legally privileged, so I can\'t share it.')],
  ),
  family(
    bad('legal.advice-says', 'legal-advice', 'Legal advice to members says [the contract can\'t be cancelled|we\'ll have to pay {company} {sum}|the scheme is unlawful].', 'Members were advised by the council\'s lawyers that {company} [can sue for {sum}|would win].'),
    [ok('legal.advice-says.asked', 'cant-discuss', 'I\'ve asked for legal advice on {topic}, and I\'ll respect its confidentiality.')],
  ),
  family(
    bad('legal.solicitor', 'legal-advice', 'Our solicitor told us in confidence that the judicial review over {topic} [is likely to succeed|will cost {sum}].', 'The council\'s solicitor thinks we\'ll lose the judicial review over {topic}. Costs could hit {sum}.'),
    [ok('legal.solicitor.court', 'announced-decision', 'The High Court has ruled on the judicial review over {topic}; the judgment is public.')],
  ),
  family(
    bad('legal.mo-advice', 'legal-advice', 'The monitoring officer\'s confidential advice on {exempt} [says we broke the rules|is that we can\'t win|is damning].', 'The monitoring officer told members privately that {exempt} [broke the rules|can\'t be defended].'),
    [ok('legal.mo-advice.guidance', 'published-business', 'The monitoring officer has published guidance for members on {topic}. Worth reading.')],
  ),
  family(
    bad('legal.barrister', 'legal-advice', 'The barrister\'s advice was clear: settle with {company} for {sum}.', 'Legal advice says pay {company} {sum} and walk away.'),
    [ok('legal.barrister.settled', 'announced-decision', 'The council has announced it settled with {company}; the amount will be in the published accounts.')],
  ),
  family(
    bad('legal.claim-valid', 'legal-advice', 'Legal have told us the claim from {company} is [valid|worth {sum}|one we\'ll lose].', 'Our lawyers reckon {company}\'s claim over {exempt} is [good|worth {sum}].'),
    [ok('legal.claim-valid.cant', 'cant-discuss', 'There\'s a legal claim from {company}. I can\'t comment while it\'s live.')],
  ),
  family(
    bad('legal.privileged', 'legal-advice', 'I know the legal advice on {exempt} is privileged, but residents deserve to know: [we\'re on shaky ground|it says we\'ll lose].', 'The advice is privileged, but you should know: the lawyers say {exempt} [won\'t stand up|will cost {sum}].'),
    [ok('legal.privileged.respect', 'cant-discuss', 'I know residents want to see the legal advice on {exempt}, but it\'s privileged and I won\'t share it.')],
  ),
];

const inConfidence: FamilySpec[] = [
  family(
    bad('confide.officer-told', 'in-confidence', '{officer} told me in confidence that {exempt} [is going ahead|has collapsed|will cost {sum}].', 'Had a quiet word with {officer}, who told me in confidence {exempt} [is going to {company}|is off].'),
    [ok('confide.officer-told.public', 'published-business', '{officer} told the public meeting that {topic} [is going ahead|is delayed|is under review].')],
  ),
  family(
    bad('confide.off-record', 'in-confidence', 'Off the record, {cllr} says {exempt} is [off|a done deal|in trouble].', 'Told off the record today that {exempt} is [a done deal|dead|going to {company}].'),
    [ok('confide.off-record.on', 'published-business', 'On the record, {cllr} told Full Council that {topic} is [on track|delayed].')],
  ),
  family(
    bad('confide.not-supposed', 'in-confidence', 'Not supposed to say this, but {exempt} [will be announced next month|is costing {sum}|is dead].', 'I shouldn\'t be saying this, but {exempt} [is going to {company}|has been agreed at {sum}].'),
    [ok('confide.not-supposed.cant', 'cant-discuss', 'Can\'t say anything about {exempt} yet, it\'s confidential. I\'ll update you when I can.')],
  ),
  family(
    bad('confide.promised', 'in-confidence', 'Promised I wouldn\'t share this, but {company} [is pulling out of {exempt}|wants {sum} for {site}].', 'I said I\'d keep it to myself, but {company} [is walking away from {exempt}|has offered {sum} for {site}].'),
    [ok('confide.promised.kept', 'cant-discuss', 'I was told about {exempt} in confidence and I\'ll keep it that way.')],
  ),
  family(
    bad('confide.between-us', 'in-confidence', 'Strictly between us: [the Leader|the Chief Executive|{officer}] is about to [resign|be suspended|walk out].', 'Keep this to yourselves: {officer} is [leaving|being pushed out] before Christmas.'),
    [ok('confide.between-us.public', 'announced-decision', 'The council announced today that [the Chief Executive|{officer}] will retire in the summer. Thank you for your service.')],
  ),
  family(
    bad('confide.senior-officer', 'in-confidence', 'Heard in confidence from a senior officer that {exempt} [is in serious trouble|will be signed {day}|is over budget by {sum}].', 'A senior officer let slip in confidence that {exempt} [will cost {sum}|is going to {company}].'),
    [ok('confide.senior-officer.question', 'cant-discuss', 'I\'ve asked senior officers about {exempt}; the answer will come to {ocom} in public where it can.')],
  ),
  family(
    bad('confide.dont-tell', 'in-confidence', 'Don\'t tell anyone I told you, but {exempt} [is going to {company}|is costing {sum}] {e}', 'You didn\'t hear this from me: {exempt} [is going to {company}|comes in at {sum}] {e}'),
    [ok('confide.dont-tell.public', 'published-business', 'Not a secret: the agenda for {ocom} {day} includes {topic} {e}')],
  ),
  family(
    bad('confide.embargo', 'in-confidence', 'Embargoed until Friday, but here it is: {exempt} [has been agreed|goes to {company}].', 'Breaking the embargo because residents deserve to know: {exempt} [is agreed|goes to {company}].'),
    [ok('confide.embargo.wait', 'cant-discuss', 'The press release on {exempt} is embargoed until Friday. I\'ll share it then.')],
  ),
];

const leaks: FamilySpec[] = [
  family(
    bad('leak.email', 'leak', 'Leaked [email|memo|report] shows {exempt} [will cost {sum}|was signed off months ago|is going to {company}].', 'An internal email I\'ve seen says {exempt} [is {sum} over budget|goes to {company}].'),
    [ok('leak.email.published', 'published-business', 'The published [report|minutes] show {topic} [will cost {sum}|was signed off in March].')],
  ),
  family(
    bad('leak.didnt-want', 'leak', 'Here\'s the document the council didn\'t want you to see: the {paper} on {exempt}.', 'They wanted to keep this secret. Here\'s the {paper} on {exempt} in full.'),
    [ok('leak.didnt-want.foi', 'published-business', 'Here\'s the FOI response the council published on {topic}: it cost {sum}.')],
  ),
  family(
    bad('leak.slipped', 'leak', 'Someone slipped me the {paper} on {exempt}. Thread 🧵', 'Got hold of the {paper}. You won\'t believe what\'s in it 🧵'),
    [ok('leak.slipped.thread', 'published-business', 'Read the public report on {topic} so you don\'t have to. Thread 🧵')],
  ),
  family(
    bad('leak.whistleblower', 'leak', 'Photos of the confidential plans for {exempt}, sent to me by a whistleblower.', 'A whistleblower has sent me the confidential file on {exempt}. Sharing the key pages below.'),
    [ok('leak.whistleblower.process', 'cant-discuss', 'If you\'re a council worker with concerns, the whistleblowing policy protects you. I can\'t discuss individual cases.')],
  ),
  family(
    bad('leak.draft', 'leak', 'I\'ve got a copy of the draft report on {exempt}. It says [{company} is the only bidder|the cost is {sum}].', 'Seen the unpublished draft on {exempt}: [{company} is the preferred bidder|{sum}, not what we were told].'),
    [ok('leak.draft.wait', 'cant-discuss', 'The report on {exempt} is still in draft. I\'ll comment when it\'s published.')],
  ),
  family(
    bad('leak.minutes', 'leak', 'Leaked minutes from the private session on {exempt}: [{cllr} argued for it|the vote was 5 to 4].', 'Here are the confidential minutes from the private session on {exempt}. Read who said what.'),
    [ok('leak.minutes.public', 'published-business', 'Minutes from {ocom} are now on the council website; the vote on {topic} was [5 to 4|unanimous].')],
  ),
  family(
    bad('leak.tender-scores', 'leak', 'Sharing the tender scores for {exempt}, which the council is keeping secret: {company} came first.', 'The secret tender evaluation for {exempt}: {company} scored highest. Attached.'),
    [ok('leak.tender-scores.award', 'announced-decision', 'The council has awarded {exempt} to {company} after a public tender; the award notice is online.')],
  ),
  family(
    bad('leak.mole', 'leak', 'A mole in the town hall tells me {exempt} [is off|will cost {sum}|is going to {company}] {e}', 'Little bird at the civic centre says {exempt} [is {sum} over|is going to {company}] {e}'),
    [ok('leak.mole.ask', 'cant-discuss', 'Lots of rumours about {exempt}. I won\'t add to them; the facts will come out in public {e}')],
  ),
];

const negotiation: FamilySpec[] = [
  family(
    bad('nego.go-up-to', 'negotiation', 'We\'re prepared to go up to {sum} for {site}, but {company} doesn\'t know that yet.', '{company} thinks we\'ll stop at their price, but the council will pay up to {sum} for {site}.'),
    [ok('nego.go-up-to.public', 'announced-decision', 'The council has agreed in public to buy {site}; the price will be published when the sale completes.')],
  ),
  family(
    bad('nego.bottom-line', 'negotiation', 'Our bottom line on {exempt} is {sum}.', 'The council won\'t go below {sum} on {exempt}.'),
    [ok('nego.bottom-line.cant', 'cant-discuss', 'Negotiations on {exempt} are ongoing and I won\'t comment until they\'re done.')],
  ),
  family(
    bad('nego.walk-away', 'negotiation', 'The council\'s walk-away price for {site} is {sum}.', 'For the record, the council walks away if {site} goes above {sum}.'),
    [ok('nego.walk-away.valuation', 'published-business', 'The district valuer\'s published valuation of {site} is {sum}.')],
  ),
  family(
    bad('nego.real-offer', 'negotiation', 'Told {company} we\'d pay {sum} for {exempt}; we\'ll actually go higher.', 'Our opening offer to {company} on {exempt} is {sum}, but there\'s room to go higher.'),
    [ok('nego.real-offer.done', 'announced-decision', '{company} and the council have agreed terms on {exempt}, and the figure is in the published decision.')],
  ),
  family(
    bad('nego.offered', 'negotiation', 'In the talks on {exempt} we\'ve offered {sum} and {company} wants more.', 'Latest in the {exempt} talks: the council offered {sum}; {company} said no.'),
    [ok('nego.offered.general', 'cant-discuss', 'Talks on {exempt} continue. I can\'t go into them, but I\'ll report back when there\'s a decision.')],
  ),
  family(
    bad('nego.unions', 'negotiation', 'Pay talks: the council will offer [3%|4%] but can go to [5%|6%] if the unions push.', 'The council\'s final offer to staff isn\'t final: there\'s money for another [1%|2%].'),
    [ok('nego.unions.national', 'published-business', 'The national pay offer for council staff is [3%|4%]; it\'s published by the employers\' body.')],
  ),
  family(
    bad('nego.accept-if', 'negotiation', 'We\'ll accept {company}\'s offer for {site} if they add {sum}.', 'The council will take {sum} for {site} if {company} asks. They don\'t know that yet.'),
    [ok('nego.accept-if.public', 'announced-decision', 'The Cabinet accepted {company}\'s offer for {site} in public [last night|on Tuesday|yesterday]; the report is online.')],
  ),
  family(
    bad('nego.strategy', 'negotiation', 'The council\'s plan in the {exempt} talks is to [hold out|threaten to walk away] until {company} blinks.', 'Our tactic with {company} on {exempt} is to stall until they drop the price.'),
    [ok('nego.strategy.policy', 'published-business', 'The council\'s published asset strategy says surplus land like {site} should be sold for homes.')],
  ),
];

const unannounced: FamilySpec[] = [
  family(
    bad('unann.closing', 'unannounced-decision', 'Not announced yet, but {amenity} is closing in [March|the spring|the new year].', 'Heads-up before the official news: {amenity} shuts [in March|after Easter|this summer].'),
    [ok('unann.closing.announced', 'announced-decision', 'The council announced today that {amenity} will close in [March|the spring]. I opposed it.')],
  ),
  family(
    bad('unann.first', 'unannounced-decision', 'You heard it here first: Cabinet will agree {exempt} {day}.', 'Exclusive: Cabinet [is about to sign off|will approve] {exempt}. Official announcement {day}.'),
    [ok('unann.first.agenda', 'published-business', 'Cabinet will consider {exempt} {day}; the report is on the published agenda.')],
  ),
  family(
    bad('unann.won', 'unannounced-decision', 'Before the official announcement: {company} has won {exempt}.', 'Not public yet, but {exempt} has gone to {company}.'),
    [ok('unann.won.official', 'announced-decision', 'Official: {company} has won {exempt}, the council announced this morning.')],
  ),
  family(
    bad('unann.job-cuts', 'unannounced-decision', 'The council will announce [job cuts|the closure of {amenity}|a council tax rise] {day}. I\'ve seen the paper.', 'Residents will find out {day}, but I can tell you now: [{amenity} is closing|40 jobs are going].'),
    [ok('unann.job-cuts.consult', 'published-business', 'The council is consulting on [the closure of {amenity}|the budget]. Have your say [before the deadline|by the end of the month|online or at {amenity}].')],
  ),
  family(
    bad('unann.private-decision', 'unannounced-decision', 'Decision made privately today: {exempt} is going ahead.', 'Agreed in private today and not yet public: {exempt} goes ahead.'),
    [ok('unann.private-decision.public', 'announced-decision', 'Decision made in public today: {topic} is going ahead, and the decision notice is online.')],
  ),
  family(
    bad('unann.preferred-site', 'unannounced-decision', 'Announcement due Friday, but the preferred site for the new [school|depot|traveller site] is {site}.', 'The council hasn\'t said yet, but the new [school|depot] is going on {site}.'),
    [ok('unann.preferred-site.options', 'published-business', 'The shortlist of sites for the new [school|depot] is in the public consultation, {site} included.')],
  ),
  family(
    bad('unann.tax', 'unannounced-decision', 'Ahead of the press release: council tax is going up [4.99%|9.9%|8%].', 'Budget leak from me: council tax goes up [4.99%|9.9%] in April. Official {day}.'),
    [ok('unann.tax.proposal', 'published-business', 'The published budget proposes council tax going up [4.99%|9.9%]. Full Council votes {day}.')],
  ),
  family(
    bad('unann.wont-be-public', 'unannounced-decision', 'The decision on {exempt} won\'t be public until next month, but it\'s a [yes|no].', 'Officially undecided, but {exempt} is [a yes|a no] and it will be announced next month.'),
    [ok('unann.wont-be-public.when', 'published-business', 'The decision on {exempt} will be made in public at {ocom} {day}.')],
  ),
];

const staffing: FamilySpec[] = [
  family(
    bad('staff.suspended', 'staffing', '{officer} has been suspended pending [an investigation|a disciplinary].', 'Word is {officer} has been suspended. Investigation ongoing.'),
    [ok('staff.suspended.cant', 'cant-discuss', 'I can\'t discuss individual staff matters, and nor should anyone else.')],
  ),
  family(
    bad('staff.payoff', 'staffing', '[The Chief Executive|{officer}] is being paid {sum} to leave quietly.', 'The settlement for [the Chief Executive|{officer}] is {sum}, and there\'s a gagging clause.'),
    [ok('staff.payoff.accounts', 'published-business', 'Senior pay and exit packages are published in the council\'s annual accounts every year.')],
  ),
  family(
    bad('staff.stress', 'staffing', '{officer} is off [with stress|sick] after the grievance.', 'The grievance against {officer} was upheld.'),
    [ok('staff.stress.wellbeing', 'published-business', 'The council\'s staff survey shows stress is the top reason for absence. Scrutiny will look at it.')],
  ),
  family(
    bad('staff.restructure', 'staffing', 'The restructure will cut [12|30] posts in [housing|waste|planning], and {officer}\'s job is one of them.', 'Unannounced: the restructure deletes {officer}\'s post along with [12|30] others.'),
    [ok('staff.restructure.consult', 'published-business', 'The council has opened formal consultation on a restructure of [housing|waste] services. Staff and unions are being consulted.')],
  ),
  family(
    bad('staff.hearing', 'staffing', 'Disciplinary hearing for {officer} {day}. About time.', '{officer} faces a disciplinary panel {day} over {topic}.'),
    [ok('staff.hearing.policy', 'published-business', 'The council\'s disciplinary policy is published on its website.')],
  ),
  family(
    bad('staff.gardening', 'staffing', 'Three senior officers are on gardening leave. You didn\'t hear it from me.', '{officer} has been put on gardening leave.'),
    [ok('staff.gardening.vacancies', 'published-business', 'The council is recruiting [a new Head of Planning|two planning officers]; the advert is on the jobs site.')],
  ),
  family(
    bad('staff.appointment', 'staffing', 'The appointment panel picked [the internal candidate|{name}] for [Director of Housing|Head of Planning]; announcement next week.', 'Shortlist for [Director of Housing|Head of Planning] is down to two, and [{name}|the internal candidate] is getting it.'),
    [ok('staff.appointment.announced', 'announced-decision', 'Welcome to {name}, our new [Director of Housing|Head of Planning], announced today.')],
  ),
  family(
    bad('staff.sacked', 'staffing', '{officer} is about to be sacked over {topic}. Tribunal incoming {e}', '{officer} is getting the sack over {topic}, you heard it here first {e}'),
    [ok('staff.sacked.scrutiny', 'cant-discuss', 'Scrutiny will look at how {topic} was handled. Individual staff matters are for the council as employer, not for social media.')],
  ),
];

// Hints that give the secret away without quoting the paper.
const hints: FamilySpec[] = [
  family(
    bad('hint.zeros', 'hint', 'Let\'s just say the figure in the {paper} on {exempt} has more zeros than the one in the press {e}', 'Let\'s just say the real number on {exempt} isn\'t the one in the paper {e}'),
    [ok('hint.zeros.public', 'published-business', 'The published figure for {topic} is {sum}. Let\'s see if it holds {e}')],
  ),
  family(
    bad('hint.guess-who', 'hint', 'Guess which company is the preferred bidder for {exempt}? Rhymes with {company} {e}', 'Not allowed to say who won {exempt}. Starts with "{company}" though {e}'),
    [ok('hint.guess-who.wait', 'cant-discuss', 'Not allowed to say who won {exempt} yet. The award will be announced in public {e}')],
  ),
  family(
    bad('hint.enjoy', 'hint', 'Can\'t tell you what was in the Part 2 item on {exempt}, but staff at {amenity} should start looking for other jobs.', 'Can\'t say what Part 2 decided on {exempt}. Let\'s just say {amenity} regulars should enjoy it while they can.'),
    [ok('hint.enjoy.cant', 'cant-discuss', 'Can\'t tell you what was in the Part 2 item on {exempt}. The decision will be published, and I\'ll explain my vote then.')],
  ),
  family(
    bad('hint.read-between', 'hint', 'Read between the lines: the private session on {exempt} did not go well for [{company}|the Leader|{officer}] {e}', 'Nothing I can say about the private session on {exempt}, except that {company} won\'t be celebrating {e}'),
    [ok('hint.read-between.public', 'published-business', 'Read the public report on {topic} carefully: the risks section on page [8|14] is worth it.')],
  ),
  family(
    bad('hint.wont-say', 'hint', 'I won\'t say what the legal advice on {exempt} says. I\'ll just say I\'d settle {e}', 'Not saying what the lawyers told us about {exempt}. But if I were {company}, I\'d be smiling {e}'),
    [ok('hint.wont-say.cant', 'cant-discuss', 'I won\'t say what the legal advice on {exempt} says. It\'s privileged, and rightly so.')],
  ),
  family(
    bad('hint.watch-space', 'hint', 'Watch this space on {exempt}. Big news next week, and {amenity} staff won\'t like it {e}', 'Can\'t say more, but keep an eye on {exempt} next week. {amenity} staff should be worried.'),
    [ok('hint.watch-space.public', 'published-business', 'Watch this space: {ocom} debates {topic} in public {day}.')],
  ),
  family(
    bad('hint.someone-leaving', 'hint', 'Someone very senior at the town hall won\'t be there by Christmas. That\'s all I\'m saying {e}', 'One of our top officers has cleared their desk. Not allowed to say who. You can guess {e}'),
    [ok('hint.someone-leaving.public', 'announced-decision', 'The council has announced that {officer} is retiring at Christmas. Thank you for all you\'ve done.')],
  ),
  family(
    bad('hint.price', 'hint', 'The council\'s offer for {site}? Somewhere north of {sum}, and that\'s all I can say {e}', 'Won\'t give the figure for {site}, but it starts with a [1|2|3] and has six zeros {e}'),
    [ok('hint.price.cant', 'cant-discuss', 'The council\'s offer for {site} is commercially confidential. The final price will be published.')],
  ),
];

// Everyday mentions of council business that reveal nothing.
const clean: FamilySpec[] = [
  family(ok('clean.agenda', 'published-business', 'The agenda for {ocom} {day} is now published. Item [4|6|9] is {topic}.')),
  family(ok('clean.cant', 'cant-discuss', '[Sorry, I|I] can\'t discuss [it|that|{exempt}], it\'s confidential.')),
  family(ok('clean.minutes', 'published-business', 'The minutes of {ocom} are on the council website, including the debate on {topic}.')),
  family(ok('clean.public-meeting', 'published-business', 'Public meeting on {topic} at [the town hall|the community centre|the library] {day}. All welcome.')),
  family(ok('clean.officer-meeting', 'published-business', 'Good meeting with {officer} about {topic} today. Progress on [{street}|{ward}] soon.')),
  family(ok('clean.decision-published', 'announced-decision', 'The decision on {topic} was published today. You can read it on the council website.')),
  family(ok('clean.ask-council', 'cant-discuss', 'Questions about {exempt}? Some details are exempt, but the decision will be made and published in public.')),
  family(ok('clean.foi', 'published-business', 'FOI response published: {topic} cost the council {sum} last year.')),
  family(ok('clean.webcast', 'published-business', 'Webcast of {ocom} is live now. First up: {topic}.')),
  family(ok('clean.cant-live', 'cant-discuss', 'I can\'t comment on {exempt} while [negotiations are live|the legal case is ongoing|it\'s commercially sensitive].')),
  family(ok('clean.declared', 'cant-discuss', 'I declared an interest in {exempt} and left the room for that item.')),
  family(ok('clean.why-private', 'published-business', 'Why are some items like {exempt} discussed in private? Schedule 12A lets councils exclude the public for commercial deals and staff matters. The decisions are still published.')),
  family(ok('clean.will-publish', 'cant-discuss', 'Once {exempt} is agreed, the decision and the reasons will be published. Until then I can\'t say more.')),
  family(ok('clean.briefing-public', 'published-business', 'Briefing from {officer} on {topic} this morning; it goes to {ocom} in public {day}.')),
  family(ok('clean.press-release', 'announced-decision', 'Press release: the council has agreed to sell {site} to {company} for {sum}.')),
];

export const confidentialFamilies: readonly FamilySpec[] = [
  ...exemptContents,
  ...closedSession,
  ...legalAdvice,
  ...inConfidence,
  ...leaks,
  ...negotiation,
  ...unannounced,
  ...staffing,
  ...hints,
  ...clean.map((spec) => ({ ...spec, count: 160 })),
];
