/**
 * Name data for people detection (rules/detect/people.ts), added to compromise's
 * lexicon (which is US-centred: it lacks many British, Irish, Welsh, South Asian,
 * African, Eastern European and East Asian names). Each list is lower case,
 * space separated, with a note and where it comes from. These lists are
 * evidence, not proof: a capitalised word in a list still needs to sit where a
 * name can sit (see the exclusions below and in people.ts).
 */

export interface NameList {
  community: string;
  note: string;
  source: string;
  given: string;
  surnames: string;
}

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

export const NAME_LISTS: readonly NameList[] = [
  {
    community: 'English and general British',
    note: 'Common given names across generations (residents range from children to pensioners) and the most frequent surnames.',
    source: 'ONS Baby names in England and Wales (1996-2023 top 100s); ONS surname frequency (2002 Electoral Roll, top 200)',
    given:
      'oliver george harry jack noah charlie jacob alfie freddie oscar leo archie henry theo thomas james joshua william ethan arthur ' +
      'daniel samuel max alexander isaac lucas edward finley mason teddy dylan tommy arlo riley adam toby harrison sebastian reuben ' +
      'olivia amelia isla ava mia ivy lily isabella rosie sophia grace freya willow florence poppy ella evie elsie daisy phoebe sienna ' +
      'emily charlotte jessica sophie chloe lucy megan hannah lauren ellie katie amy bethany abigail molly millie eleanor imogen ' +
      'doreen maureen brenda pauline sandra tracey tracy julie karen jackie beverley shirley sheila margaret joan pat jean irene ' +
      'glenys gwen hilda edna ethel mavis elsie vera valerie wendy yvonne kerry kirsty leanne gemma stacey kayleigh chantelle jade ' +
      'gary darren wayne dean lee craig stuart barry trevor keith derek terry colin clive nigel graham kevin malcolm alan brian ' +
      'dave steve mick mike pete phil rob ricky tony ron reg stan sid bert alf ernie les vic wilf kenneth dennis roy geoff jeff ' +
      'dawn joy faith hope grace rose holly mo moe jo sam tom ben dan nick andy jim jimmy joe kate liz beth jen jess sue bev deb val',
    surnames:
      'smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright walker white edwards ' +
      'hughes green hall lewis harris clarke clark patel jackson wood turner martin cooper hill ward morris moore lee king harrison ' +
      'baker morgan allen james scott phillips watson davis parker price bennett young griffiths mitchell kelly cook carter richardson ' +
      'bailey collins bell shaw murphy miller cox richards khan marshall anderson simpson ellis adams singh begum wilkinson foster ' +
      'chapman powell webb rogers gray grey mason ali hunt hussain campbell matthews owen palmer holmes mills barnes knight lloyd ' +
      'butler russell barker fisher stevens jenkins murray dixon harvey graham pearson ahmed fletcher walsh kaur gibson howard andrews ' +
      'stewart elliott reynolds saunders payne fox ford pearce day brooks west lawrence cole atkinson bradley spencer gill dawson ' +
      'whitaker hale ball burton o\'brien watts rose booth perry ryan grant wells armstrong francis rees hayes hart hudson newman barrett webster ' +
      'hunter gregory carr lowe page marsh riley dunn woods parsons berry stone reid holland hawkins harding porter robertson newton ' +
      'oliver reed kennedy williamson bird gardner shah dean lane cooke bates henderson parry burgess bishop walton burns nicholson ' +
      'shepherd ross cross long freeman warren nicholls hamilton byrne sutton mcdonald yates hodgson robson curtis hopkins o\'connor ' +
      'harper coleman watkins moss mccarthy chambers o\'neill griffin sharp hardy wheeler potter osborne johnston gordon doyle wallace ' +
      'george jordan hutchinson rowe burke may pritchard gilbert willis higgins read whitehouse haynes',
  },
  {
    community: 'Irish',
    note: 'Irish given names (Irish-language spellings included) and surnames, common in Irish communities across Britain.',
    source: 'Central Statistics Office Ireland, Irish Babies\u2019 Names; Edward MacLysaght, The Surnames of Ireland',
    given:
      'aoife niamh siobhan sinead saoirse caoimhe orla roisin grainne ciara clodagh aisling eimear maeve deirdre brigid bridget ' +
      'mairead nuala una fionnuala oonagh sorcha blathnaid ailbhe cliodhna eilish oisin cian ciaran padraig padraic seamus sean ' +
      'eoin darragh cathal conor conall donal diarmuid fergal finbar liam lorcan ruairi ronan tadhg declan colm colum eamon eamonn ' +
      'dermot brendan kieran fintan rory paddy mick',
    surnames:
      'murphy kelly o\'sullivan walsh o\'brien byrne ryan o\'connor o\'neill o\'reilly doyle mccarthy gallagher o\'doherty kennedy ' +
      'lynch murray quinn moore mcloughlin o\'carroll connolly daly o\'connell power brennan burke collins campbell clarke ' +
      'johnston hughes o\'farrell fitzgerald brown martin maguire nolan flynn thompson o\'callaghan o\'donnell duffy mahony ' +
      'boyle healy o\'shea white sweeney hayes kavanagh mcgrath mcmahon keane donnelly regan cullen corcoran mcdermott ' +
      'mcnamara mcguinness nic ni mac mcgee',
  },
  {
    community: 'Welsh',
    note: 'Welsh given names (many absent from US lists) and patronymic surnames.',
    source: 'ONS Baby names (Wales); John and Sheila Rowlands, The Surnames of Wales',
    given:
      'rhys dafydd dai gareth gethin geraint gruffydd huw iestyn ieuan iwan llyr llywelyn meirion owain rhodri siôn sion steffan ' +
      'tomos trystan aled alun bryn cai carwyn cerys catrin eira elin ffion gwenllian gwyneth lowri mali manon megan nia ' +
      'nerys non rhian rhiannon seren sian siân sioned tegan angharad bethan eluned glenys heledd llinos mererid myfanwy',
    surnames:
      'jones williams davies evans thomas roberts hughes lewis morgan griffiths price owen lloyd rees jenkins powell pritchard ' +
      'parry bowen pugh vaughan howells llewellyn llywelyn prosser probert bevan watkins rowlands rhys prys gwynne gruffydd ' +
      'morris phillips edwards meredith',
  },
  {
    community: 'Scottish',
    note: 'Scottish given names (Gaelic spellings included) and Mac/Mc surnames.',
    source: 'National Records of Scotland, Babies\u2019 first names; NRS most common surnames',
    given:
      'alasdair alistair angus callum calum catriona eilidh euan ewan fergus fiona finlay fraser hamish iain isla kirsty ' +
      'lachlan mairi morag murdo rhona ruaridh ruairidh shona struan torquil ailsa innes jamie kenzie mhairi',
    surnames:
      'macdonald mcdonald macleod mackenzie mackay maclean mclean macgregor mcgregor macintyre mcintyre mackinnon macpherson ' +
      'mcpherson macrae mcrae macaulay mcallister mcbride mccall mccann mcclure mcculloch mcdougall mcewan mcfarlane ' +
      'mcgowan mcguire mcintosh mckay mckenna mckenzie mclaughlin mcleod mcmillan mcnally mcneil mcphee mcqueen mcsweeney ' +
      'ferguson fraser cameron sinclair buchanan urquhart drummond munro menzies',
  },
  {
    community: 'South Asian (Indian, Pakistani, Bangladeshi, Sri Lankan)',
    note: 'Punjabi, Gujarati, Hindi, Urdu, Bengali and Tamil given names and surnames; spellings vary, several common ones are listed.',
    source: 'ONS Census 2021 ethnic group context; Hanks, Coates and McClure, Oxford Dictionary of Family Names in Britain and Ireland',
    given:
      'gurpreet harpreet manpreet jaspreet navdeep kuldeep sandeep amandeep hardeep jaswinder balwinder sukhwinder parminder ' +
      'harjit ranjit surjit manjit baljit kulwant jagdish rajinder davinder inderjit simran jasleen harleen navjot gurdeep ' +
      'priya pooja anjali sunita anita kavita neha divya deepa lakshmi meena rekha shanti usha nisha asha geeta gita ' +
      'raj rajesh ramesh suresh mahesh dinesh ganesh naresh mukesh rakesh vijay sanjay ajay anil sunil arjun rohan rahul ' +
      'vikram amit sachin nikhil hitesh jayesh ketan kiran krishna vinod pradeep pranav aarav vihaan ishaan ' +
      'shaheen shahida imran irfan asif arif tariq zahid khalid shahid sajid wajid javed nadeem naveed faisal kamran usman zubair bilal ' +
      'adnan asad shabir rashid hamza zain ayaan rizwan waqas aamir amjad nasir sohail shoaib ' +
      'nasreen shazia samina rubina parveen tahira razia shabnam nargis farzana yasmin yasmeen saima sadia sana ' +
      'rukhsana shamima nazia aisha ayesha amina mariam maryam zara zainab hafsa iqra ' +
      'abdul rahman rahim mizanur habibur mostafa shahidul anwar alamgir jamal kamal nazrul ' +
      'nusrat rokeya taslima rumana sultana shirin ' +
      'thusyanthan sivakumar kumaran ganesan nirmala ' +
      'pratik tejal bhavna hema jyoti',
    surnames:
      'patel shah mistry desai mehta joshi parmar solanki chauhan rathod trivedi pandya modi thakkar vaghela ' +
      'singh kaur sandhu sidhu gill dhillon grewal bains atwal johal sahota bhatti sangha virdi kang mann ' +
      'randhawa aujla cheema chahal hothi dosanjh basra rai sohal ' +
      'sharma gupta verma kumar agarwal malhotra kapoor khanna chopra mehra bhatia arora sethi nair menon pillai iyer rao reddy ' +
      'khan hussain hussein ahmed ahmad ali akhtar iqbal mahmood mahmud butt chaudhry chaudhary choudhury raja malik qureshi ' +
      'mirza sheikh shaikh siddiqui rashid aziz hamid anwar javed nawaz bashir rehman rahman uddin miah begum islam hoque haque ' +
      'chowdhury ullah karim alam sarkar das bose ghosh mukherjee banerjee chatterjee ' +
      'perera fernando silva de silva jayasuriya wickramasinghe sivarajah thurairajah',
  },
  {
    community: 'Black British, African and Caribbean',
    note: 'Yoruba, Igbo, Akan, Ghanaian, Zimbabwean, Kenyan and Caribbean given names and surnames.',
    source: 'ONS Census 2021 ethnic group context; Oxford Dictionary of Family Names in Britain and Ireland; community naming references',
    given:
      'nkechi amira oluwaseun seun olumide olusegun oluwadamilare damilare ayodele ayo babatunde tunde adebayo bayo femi folake funmilayo funmi ' +
      'kehinde taiwo yetunde bukola bukky titilayo abimbola bimpe temitope tope tolu tolulope adaeze ngozi chioma chinwe chidi ' +
      'chinedu emeka obinna uche ikenna nnamdi ifeoma amaka adaobi chiamaka kelechi chukwuma ' +
      'kwame kwabena kofi kojo kwaku yaw ama akua abena efua adwoa afia esi ' +
      'tendai tatenda farai nyasha rutendo tinashe chipo wanjiru wanjiku njeri kamau otieno achieng ' +
      'delroy desmond winston clive leroy errol lloyd marcia claudette hyacinth beverley paulette jermaine tyrone shanice ' +
      'shaniqua tanisha kemar deshawn marlon neville carlton everton junior',
    surnames:
      'okafor okonkwo okoro okeke nwosu nwachukwu eze obi adeyemi adebayo adeleke adewale adeola ogunleye ogunbiyi oyelaran ' +
      'olawale oladipo oyedele afolabi babatunde balogun bello lawal ibrahim abubakar mensah owusu boateng asante ' +
      'appiah osei agyeman darko amoah addo ofori acheampong moyo ncube sibanda dube ndlovu mutasa chikwanha ' +
      'kamau mwangi otieno odhiambo ochieng njoroge achieng ' +
      'campbell brown williams thompson grant francis henry samuels beckford bailey reid morgan ellis gayle',
  },
  {
    community: 'Polish',
    note: 'Polish given names and surnames (the largest non-UK-born nationality in the 2011 census).',
    source: 'GUS / PESEL registry name statistics (Poland); ONS population by country of birth',
    given:
      'kacper jakub szymon filip antoni jan mateusz bartosz wojciech piotr pawel paweł krzysztof tomasz marcin lukasz łukasz ' +
      'grzegorz andrzej michal michał adam marek dariusz zbigniew stanislaw stanisław janusz tadeusz ryszard wieslaw ' +
      'wiktor zofia oliwia julia maja lena zuzanna aleksandra agnieszka katarzyna malgorzata małgorzata magdalena joanna ' +
      'dorota ewa beata barbara anna monika iwona justyna karolina paulina natalia wiktoria weronika kasia gosia basia ' +
      'jadwiga halina krystyna danuta grazyna teresa urszula',
    surnames:
      'nowak kowalski kowalska wisniewski wiśniewski wisniewska wojcik wójcik wojcikowa kowalczyk kaminski kamiński kaminska ' +
      'lewandowski lewandowska zielinski zielinska szymanski szymanska wozniak woźniak dabrowski dąbrowski kozlowski ' +
      'jankowski mazur kwiatkowski krawczyk piotrowski grabowski nowakowski pawlowski michalski nowicki adamczyk dudek ' +
      'zajac zając wieczorek jablonski krol król majewski olszewski jaworski wrobel wróbel malinowski pawlak witkowski ' +
      'walczak stepien sikora baran rutkowski michalak szewczyk ostrowski tomaszewski zawadzki',
  },
  {
    community: 'Romanian and Bulgarian',
    note: 'Romanian and Bulgarian given names and surnames (large EU Settlement Scheme communities).',
    source: 'Romanian National Institute of Statistics name lists; Home Office EU Settlement Scheme statistics (context)',
    given:
      'andrei alexandru mihai ionut ion ioan gheorghe vasile constantin florin marian cristian catalin adrian bogdan razvan ' +
      'stefan daniel sorin ovidiu dumitru nicolae petru radu tudor ' +
      'ioana elena maria andreea mihaela alina cristina gabriela simona roxana florentina georgiana loredana oana irina ' +
      'bianca daniela raluca camelia larisa ' +
      'georgi ivan dimitar nikolai petar hristo todor stoyan desislava tsvetelina yordanka radostina mariya',
    surnames:
      'popescu popa pop radu dumitru stan stoica gheorghe matei ciobanu rusu munteanu ionescu constantin dinu marin ' +
      'tudor moldovan florea lupu ilie serban barbu nistor cristea toma mocanu dobre oprea ene ' +
      'ivanov ivanova georgiev georgieva dimitrov dimitrova petrov petrova nikolov nikolova',
  },
  {
    community: 'Chinese and East Asian',
    note: 'Pinyin and Cantonese romanisations; many Chinese British people also use an English given name.',
    source: 'Ministry of Public Security of China surname ranking; Hong Kong romanisation conventions; ONS Census 2021 context',
    given:
      'wei wen jun jing li ling mei ming hui hua yan yang xin xiu xiao ying yu yun zhen zhi jian jie lei lin ping qiang ' +
      'hao hong bo chen fang fei gang jia kai lan nan qing rui tao ting xia xue yi yong zhong ' +
      'ka-wai wing kwok siu yuk chi man-yee',
    surnames:
      'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang ' +
      'han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao ' +
      'chan cheung wong lam ng leung lau chow tsang kwok yip tse fung mak choi lai lo siu tam tang ho hui yuen au ' +
      'nguyen tran pham kim park',
  },
  {
    community: 'Turkish, Turkish Cypriot and Kurdish',
    note: 'Turkish and Kurdish given names and surnames.',
    source: 'TurkStat most common names; ONS country of birth statistics (context)',
    given:
      'mehmet mustafa ahmet ali huseyin hüseyin hasan ibrahim ismail osman yusuf murat emre burak serkan mert can kemal ' +
      'ozan baris barış deniz cem cengiz erdem levent tolga volkan hakan kaan onur selim umut ' +
      'ayse ayşe fatma emine hatice zeynep elif merve esra ozlem özlem gulsen gülsen sevgi songul leyla dilan berfin ' +
      'rojda rojin zilan baran rojhat',
    surnames:
      'yilmaz yılmaz kaya demir sahin şahin celik çelik yildiz yıldız yildirim ozturk öztürk aydin aydın ozdemir özdemir ' +
      'arslan dogan doğan kilic kılıç aslan cetin çetin kara koc koç kurt ozkan özkan simsek şimşek polat erdogan ' +
      'korkmaz aksoy ates ateş guler güler',
  },
  {
    community: 'Somali',
    note: 'Somali given names; Somali surnames are usually the father\u2019s and grandfather\u2019s given names, so given names double as surnames.',
    source: 'Somali naming conventions (patronymic); ONS Census 2021 context',
    given:
      'abdi abdirahman abdullahi abdiaziz abdikarim abdiqadir abdirizak abdisalam ahmed ali aweys bashir cabdi farah ' +
      'hassan hussein ibrahim ismail jama liban mahad mohamed mohamud mukhtar muse nur omar osman said sharmarke warsame yusuf ' +
      'halima hodan ayan amina asha fadumo fartun hawa hibo hamdi idil ifrah khadra faiza ladan maryan muna nasra ubah sagal ' +
      'sahra sucaad sumaya ugbaad deeqa xawa',
    surnames:
      'abdi abdullahi ahmed aden adan ali awale dahir egal elmi farah guled hassan hirsi hussein ibrahim ismail jama ' +
      'mohamed mohamud mohamoud muse nur omar osman roble said samatar shire warsame yusuf',
  },
  {
    community: 'Arabic and Middle Eastern',
    note: 'Arabic, Persian and Kurdish given names and surnames, with common romanisations.',
    source: 'Common Arabic naming references; ONS Census 2021 context',
    given:
      'mohammed muhammad mohamed mohammad ahmed ahmad mahmoud mustafa omar umar ali hassan hussein ibrahim youssef yusuf ' +
      'khalid karim tariq samir sami walid nabil nasser rami hani fadi majid rashid salim saleh hamza bilal anas ' +
      'zaid ziad amir reza mehdi hossein dariush farhad kaveh babak ' +
      'fatima fatma aisha khadija maryam mariam layla leila noor nour huda hanan rania rana salma samira yasmin amal ' +
      'iman dina lina reem rasha sara zahra zeinab shirin parisa nasrin',
    surnames:
      'al-hassan al-ahmad al-sayed el-sayed abdullah abdallah haddad khoury nasser saleh salem hamdan mansour aziz ' +
      'darwish ibrahim yousef jaber najjar qasim kassem rahimi hosseini mohammadi ahmadi karimi rezaei moradi',
  },
  {
    community: 'Other European (Portuguese, Lithuanian, Italian, Spanish, Greek)',
    note: 'Other large European-born communities in the UK.',
    source: 'ONS population by country of birth and nationality; national statistics name lists',
    given:
      'joao joão pedro tiago miguel rui nuno ana ines inês beatriz rita joana mantas lukas tomas jonas ruta ruta egle ' +
      'giulia giuseppe marco luca francesco alessandro chiara federica sofia javier alejandro carlos jose josé lucia ' +
      'carmen pilar dimitris giorgos yiannis nikos eleni katerina despina',
    surnames:
      'silva santos ferreira pereira oliveira costa rodrigues martins sousa fernandes goncalves gonçalves gomes lopes ' +
      'kazlauskas jankauskas petrauskas stankevicius rossi russo ferrari esposito bianchi romano colombo ricci ' +
      'garcia fernandez gonzalez rodriguez lopez martinez sanchez perez papadopoulos georgiou christodoulou ' +
      'constantinou',
  },
];

/** Lower-case given names from every list. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAME_LISTS.flatMap((list) => words(list.given)));
/** Lower-case surnames from every list. */
export const SURNAMES: ReadonlySet<string> = new Set(NAME_LISTS.flatMap((list) => words(list.surnames)));

/**
 * Lower-case particles that sit inside a name ("Rosa de Souza", "Ali bin Omar",
 * "Jan van der Berg", "Siân ap Gwilym"). Only joined when a capitalised name follows.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  words('de da do dos das di del della der den van von la le bin binti bint ibn ap ni nic ul al el abu'),
);

/**
 * Given names that are also ordinary English words: at the start of a sentence
 * ("Will you…", "Grace period…") they need more evidence than the name lists.
 * compromise's lexicon catches most; these are the ones it tags only as names.
 */
export const AMBIGUOUS_GIVEN: ReadonlySet<string> = new Set(
  words(
    'will may june april august summer autumn bill frank sunny faith joy dawn hope grace rose holly ivy jack rob bob sue pat ' +
      'carol amber ruby pearl crystal jade destiny chance rich sky ray major king page mark max guy lee dean gill stan ' +
      'reg sid vic les bert ernie art dot lily poppy daisy willow florence brook brooke heather hazel jasmine olive ' +
      'harmony melody precious blessing favour patience mercy prosper chanel junior sterling don',
  ),
);

/**
 * Capitalised words that are never a person here even when a list says so:
 * days, months, parties and common capitalised words in council posts.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  words(
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
      'september october november december christmas easter eid diwali ramadan hanukkah vaisakhi ' +
      'labour conservative conservatives tory tories lib dem dems liberal democrat democrats reform green greens snp ' +
      'plaid cymru ukip independent independents council councils cabinet committee government parliament nhs ' +
      'police highways housing planning licensing scrutiny ward borough county city town parish district ' +
      'god allah jesus christ lord',
  ),
);
