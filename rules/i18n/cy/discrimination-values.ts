/**
 * Welsh for the `{note}` and `{source}` values the discrimination rules take from their lexicons
 * (rules/data/discrimination/). The words the rules flag, and the English wording they suggest,
 * stay English in quotation marks: they are what the user wrote or would write in an English draft.
 */
import { LEXICON } from '../../data/discrimination';
import { LGA_CODE, OFCOM_2021 } from './sources';

/** Each lexicon entry's note, by entry id (the English note is long; the id is stable). */
export const LEXICON_NOTES: Readonly<Record<string, string>> = {
  'age/coffin-dodger': 'Mae’n gwawdio pobl hŷn am eu hoedran; mae Age UK a’r Centre for Ageing Better yn nodi bod termau fel hyn yn rhagfarnllyd ar sail oedran.',
  'age/bed-blocker': 'Mae’n beio cleifion hŷn am oedi cyn eu rhyddhau o’r ysbyty, sef methiant yn y system; mae Age UK yn gofyn am "people whose discharge is delayed" (pobl y mae oedi cyn eu rhyddhau).',
  'age/boomer': 'Mae’n diystyru person oherwydd ei oedran (roedd "boomer remover" yn gwawdio marwolaethau pobl hŷn o Covid-19).',
  'age/senile': 'Mae’n cysylltu oedran ag anallu neu ddementia er mwyn bychanu.',
  'disability/retard': 'Daw o label clinigol ar gyfer anabledd dysgu nad yw’n cael ei ddefnyddio mwyach; fel sarhad, mae’n bychanu pobl ag anabledd dysgu. Mae Mencap yn ymgyrchu yn ei erbyn.',
  'disability/spastic': 'Sarhad buarth ysgol ym Mhrydain sy’n dod o’r gair clinigol am barlys yr ymennydd; newidiodd Scope ei enw o’r Spastics Society ym 1994 oherwydd hynny.',
  'disability/mong': 'Daw o "mongolism", label ar gyfer syndrom Down nad yw’n cael ei ddefnyddio mwyach; mae cynulleidfaoedd Ofcom yn ystyried "mong" yn sarhad cryf.',
  'disability/window-licker': 'Sarhadau Prydeinig sy’n gwawdio pobl ag anableddau dysgu neu gorfforol ("flid" o thalidomid, "Joey" o Joey Deacon).',
  'disability/cripple': 'Enw am berson anabl sy’n ei leihau i nam; mae Uned Anabledd GOV.UK yn ei restru ymhlith y geiriau i’w hosgoi.',
  'disability/midget': 'Mae Little People UK a’r Restricted Growth Association yn ei ystyried yn sarhaus i bobl o statws byr.',
  'disability/mental-health-insult': 'Sarhadau am salwch meddwl y mae Mind a Time to Change yn dweud eu bod yn bwydo’r stigma yn erbyn pobl â chyflyrau iechyd meddwl.',
  'disability/mental-insult': 'Mae "mental" fel sarhad ("he’s mental") yn benthyg o’r stigma am salwch meddwl; dim ond yn syth ar ôl "is", "gone", "totally" a geiriau tebyg y caiff ei gyfrif.',
  'disability/so-autistic': 'Mae’n defnyddio cyflwr fel jôc neu sarhad ("he’s so autistic"), gan ei fychanu; mae’r National Autistic Society, OCD-UK a Mind yn gofyn i bobl beidio.',
  'disability/bit-ocd': 'Disgrifio’ch hun yw hyn fel arfer ("I’m a bit OCD about agendas"), ond mae OCD-UK ac ADHD UK yn dweud ei fod yn bychanu cyflyrau go iawn: rhybudd tawel yw hwn.',
  'disability/handicapped': 'Gair hen ffasiwn y mae Uned Anabledd GOV.UK a Mencap yn gofyn i ysgrifenwyr roi "disabled people" (pobl anabl) neu "people with a learning disability" (pobl ag anabledd dysgu) yn ei le.',
  'disability/the-disabled': 'Mae "the disabled" yn trin pobl anabl fel un grŵp wedi’i ddiffinio gan nam; mae Uned Anabledd GOV.UK a Scope yn dweud "disabled people" (pobl anabl). Dim ond fel enw y caiff ei gyfrif, nid yn "the disabled toilet".',
  'disability/wheelchair-bound': 'Mae cadair olwyn yn rhoi symudedd yn hytrach na chaethiwo neb; mae Uned Anabledd GOV.UK a Scope yn dweud "wheelchair user" (defnyddiwr cadair olwyn).',
  'disability/deaf-and-dumb': 'Mae RNID a’r British Deaf Association yn ystyried "deaf and dumb" a "deaf-mute" yn sarhaus: mae gan bobl Fyddar iaith (BSL) a llais.',
  'trans/tranny': 'Sarhad am bobl draws, yn enwedig menywod traws. Yn Saesneg Prydain mae "tranny" hefyd yn slang am fan Ford Transit (ac, yn hen ffasiwn, am radio transistor), felly nid yw’r cyd-destunau hynny’n cael eu nodi.',
  'trans/shemale': 'Sarhadau am bobl draws; lledaenodd "troon" ar gyfryngau cymdeithasol ym Mhrydain.',
  'trans/man-in-a-dress': 'Mae’n gwawdio menywod traws fel dynion mewn gwisg ffansi.',
  'trans/sex-change': 'Hen ffasiwn a chyffrogar; mae IPSO a Trans Media Watch yn awgrymu "transition" (trawsnewid).',
  'grt/pikey': 'Sarhad Prydeinig am Sipsiwn a Theithwyr (o "turnpike", h.y. pobl y ffordd), sydd hefyd yn cael ei daflu at bobl dosbarth gweithiol; mae cynulleidfaoedd Ofcom yn ei ystyried yn derm gwahaniaethol cryf.',
  'grt/gyppo': 'Ffurf ddirmygus ar "Gypsy" (Sipsi) a ddefnyddir i sarhau yn unig; mae’r Traveller Movement yn ei restru gyda "pikey" fel camdriniaeth hiliol.',
  'grt/didicoy': 'Fe’i defnyddir yn Lloegr i alw Teithwyr yn Sipsiwn "hanner brid", gan wadu eu hethnigrwydd; term dirmygus.',
  'grt/tinker': 'Enw ar alwedigaeth ar un adeg, a ddefnyddir bellach i fychanu Teithwyr Gwyddelig; dim ond pan fydd y frawddeg yn sôn am Deithwyr, safleoedd neu garafanau y caiff ei gyfrif.',
  'grt/knacker': 'Sarhad Gwyddelig am Deithwyr; dim ond pan fydd y frawddeg yn sôn am Deithwyr, safleoedd neu garafanau y caiff ei gyfrif, gan fod "knackered" (wedi blino) a "knacker’s yard" yn Saesneg bob dydd ym Mhrydain.',
  'grt/gypped': 'Mae’n golygu "wedi cael eich twyllo" ac yn dod o "Gypsy": mae’n ailadrodd yr ystrydeb mai twyllwyr yw Sipsiwn.',
  'marriage/not-real-marriage': 'Mae’n gwadu bod priodas neu bartneriaeth sifil rhwng pobl o’r un rhyw yn un go iawn; dim ond pan fydd y frawddeg yn sôn am un y caiff ei gyfrif.',
  'marriage/living-in-sin': 'Mae’n barnu pobl am eu statws priodasol neu statws priodasol eu rhieni: rhybudd yw hwn, gan ei fod yn swnio’n foesolgar gan aelod etholedig.',
  'pregnancy/pram-face': 'Sarhadau’r papurau tabloid am famau ifanc.',
  'pregnancy/popping-out': 'Mae’n ystrydebu mamau (yn aml rhai sengl neu ar fudd-daliadau) fel pobl sy’n cael plant er mwyn arian, neu’n beio’r fenyw yn unig am feichiogrwydd.',
  'pregnancy/breeders': 'Gwawd at rieni; mae cynghorau hefyd yn trwyddedu bridwyr cŵn, felly nid yw cyd-destunau anifeiliaid yn cael eu nodi.',
  'pregnancy/baby-brain': 'Mae’n awgrymu bod beichiogrwydd neu gyfnod mamolaeth yn gwneud menyw’n llai galluog, neu mai gwyliau yw absenoldeb mamolaeth.',
  'race/n-word': 'Y sarhad hiliol mwyaf sarhaus yn erbyn pobl Ddu; mae cynulleidfaoedd Ofcom yn ei osod ar frig y raddfa.',
  'race/nig-nog': 'Sarhad hiliol Prydeinig am bobl Ddu.',
  'race/paki': 'Sarhad hiliol Prydeinig wedi’i anelu at bobl o dras De Asiaidd (beth bynnag yw eu cenedligrwydd), sy’n gysylltiedig â thrais "Paki-bashing" ers y 1960au; mae cynulleidfaoedd Ofcom yn ei ystyried ymhlith y cryfaf.',
  'race/wog': 'Sarhad hiliol Prydeinig am bobl Ddu, Arabaidd ac Asiaidd ("wogs begin at Calais").',
  'race/golliwog': 'Gwawdlun hiliol o bobl Ddu; o’i ddefnyddio am berson mae’n sarhad, ac mae arddangos y doliau wedi arwain at gamau gan yr heddlu a chynghorau.',
  'race/coon': 'Sarhad hiliol am bobl Ddu; mae cynulleidfaoedd Ofcom yn ei ystyried ymhlith y cryfaf.',
  'race/darkie': 'Sarhad hiliol am bobl Ddu.',
  'race/sambo': 'Sarhad hiliol am bobl Ddu sy’n dod o wawdlun.',
  'race/jungle-bunny': 'Sarhad hiliol am bobl Ddu.',
  'race/piccaninny': 'Term hiliol o wawdlun am blant Du.',
  'race/chinky': 'Sarhad hiliol am bobl Tsieineaidd a phobl o Ddwyrain Asia; fe’i defnyddir hefyd ym Mhrydain am siopau tecawê Tsieineaidd, ac mae’n dal yn sarhad.',
  'race/slitty-eyed': 'Mae’n gwawdio golwg pobl o Ddwyrain Asia.',
  'race/gook': 'Sarhad hiliol am bobl o Ddwyrain a De-ddwyrain Asia.',
  'race/jap': 'Sarhad o gyfnod y rhyfel am bobl o Japan, sy’n dal yn sarhaus.',
  'race/chinaman': 'Term hen ffasiwn a bychanus am ddynion Tsieineaidd (rhoddodd Wisden y gorau iddo fel term criced yn 2020 am y rheswm hwnnw).',
  'race/dago': 'Sarhad am bobl o Sbaen, Portiwgal a’r Eidal.',
  'race/wop': 'Sarhad am bobl o’r Eidal.',
  'race/kraut': 'Sarhad o gyfnod y rhyfel am bobl o’r Almaen; ysgafnach na’r rhan fwyaf, ond yn dal yn ddilornus ar sail tarddiad cenedlaethol.',
  'race/polack': 'Sarhad am bobl o Wlad Pwyl, a glywir ym Mhrydain ers ehangu’r UE yn 2004.',
  'race/bog-trotter': 'Sarhad gwrth-Wyddelig sy’n portreadu Gwyddelod fel gwerinwyr o’r corsydd.',
  'race/sheep-shagger': 'Sarhad gwawdlyd wedi’i anelu at bobl Cymru (tarddiad cenedlaethol).',
  'race/camel-jockey': 'Sarhadau hiliol am bobl Arabaidd a phobl o’r Dwyrain Canol.',
  'race/bongo-bongo-land': 'Mae’n gwawdio gwledydd Affrica fel rhai cyntefig; cafodd defnydd Aelod o Senedd Ewrop o’r DU ohono yn 2013 ei gondemnio’n eang.',
  'race/coloured': 'Mae "coloured" am bobl yn dwyn i gof arwahanu ac apartheid; ym Mhrydain fe’i hystyrir yn hen ffasiwn ac yn sarhaus.',
  'race/half-caste': 'Mae’n awgrymu bod person o dras gymysg yn "hanner" rhywbeth; arddull GOV.UK yw "Mixed" neu "mixed ethnicity" (ethnigrwydd cymysg).',
  'race/oriental': 'Mae "oriental" yn disgrifio gwrthrychau, nid pobl; am bobl mae’n hen ffasiwn ac yn eu gwneud yn "arall".',
  'race/negro': 'Term hen ffasiwn am bobl Ddu a ystyrir yn eang yn sarhaus bellach, y tu allan i enwau hanesyddol.',
  'race/red-indian': 'Term hen ffasiwn a sarhaus am bobl frodorol America.',
  'race/blacks': 'Mae "blacks" fel enw yn lleihau pobl i liw; mae canllaw GOV.UK, Writing about ethnicity, yn dweud "Black people" (pobl Ddu).',
  'race/asian-drivers': '"Jôc" hiliol gyfarwydd am yrru gwael.',
  'race/diversity-hire': 'Mae’n honni bod person wedi cael swydd oherwydd ei hil neu ei ryw yn unig, gan ddiystyru ei allu (hil a rhyw).',
  'race/illegals': 'Mae’n galw’r bobl eu hunain yn "illegal" (anghyfreithlon), gan leihau ymfudwyr (y mae pobl yn aml yn eu hadnabod yn ôl cenedligrwydd neu liw) i statws. Nid yw trafod polisi ar "illegal migration" (mudo anghyfreithlon) yn cael ei nodi.',
  'religion/muzzie': 'Sarhadau gwrth-Fwslimaidd a gofnodwyd gan Tell MAMA mewn camdriniaeth ar-lein.',
  'religion/towelhead': 'Sarhadau wedi’u hanelu at bobl sy’n gwisgo twrban neu sgarff pen: Sikhiaid, Mwslimiaid, Arabiaid.',
  'religion/letterbox': 'Mae’n gwawdio menywod Mwslimaidd sy’n gwisgo’r niqab neu’r burka; cofnododd Tell MAMA gynnydd mewn camdriniaeth ar ôl i golofn papur newydd yn 2018 ddefnyddio "letter boxes" a "bank robbers". Dim ond wrth ymyl gair am y gorchudd y caiff ei gyfrif.',
  'religion/kike': 'Sarhad gwrth-Semitaidd am bobl Iddewig, a ystyrir ymhlith y termau cryfaf.',
  'religion/yid': 'Sarhad gwrth-Semitaidd; mae rhai o gefnogwyr Tottenham yn ei ddefnyddio amdanynt eu hunain, ond mae’r clwb a chyrff y gymuned Iddewig yn gofyn i bobl beidio, a chan gynghorydd mae’n darllen fel camdriniaeth.',
  'religion/jew-verb': 'Mae’n defnyddio "Jew" fel berf am dwyllo neu fargeinio: ystrydeb wrth-Semitaidd am arian.',
  'religion/christ-killer': 'Cyhuddiad gwrth-Semitaidd sydd â hanes hir o annog trais yn erbyn Iddewon.',
  'religion/taig': 'Sarhadau sectyddol am Gatholigion, yn enwedig yng Ngogledd Iwerddon a gorllewin yr Alban.',
  'religion/papist': 'Term sectyddol dirmygus am Gatholigion.',
  'religion/bible-basher': 'Gwawd ysgafn at Gristnogion; rhybudd yw hwn, gan y gall ddarllen fel dirmyg tuag at gredinwyr pan ddaw gan gynghorydd.',
  'religion/londonistan': 'Termau gwrth-Fwslimaidd cudd sy’n portreadu tref ym Mhrydain (neu Ewrop) fel lle y mae Mwslimiaid wedi’i feddiannu; mae Tell MAMA a Hope not Hate yn eu cofnodi mewn negeseuon gan y dde eithafol.',
  'sex/kitchen': '"Jôc" rywiaethol gyfarwydd mai yn y cartref y mae lle menyw; gan aelod etholedig mae’n darllen fel aflonyddu sy’n gysylltiedig â rhyw.',
  'sex/women-cant': 'Ystrydeb rywiaethol wedi’i chyflwyno fel jôc.',
  'sex/calm-down-dear': 'Sylwadau nawddoglyd i fychanu menywod mewn dadl; achosodd "calm down, dear" ffrae pan ddefnyddiodd Prif Weinidog yr ymadrodd yn Nhŷ’r Cyffredin yn 2011.',
  'sex/time-of-the-month': 'Mae’n diystyru barn menyw fel hormonau neu hysteria: ystrydeb rywiaethol.',
  'sex/like-a-girl': 'Mae’n defnyddio bod yn ferch fel y sarhad.',
  'sex/man-up': 'Ystrydebu ar sail rhyw: gwendid yn fenywaidd, caledwch yn wrywaidd; mae’r Comisiwn Cydraddoldeb a Hawliau Dynol yn ystyried y gall sylwadau o’r fath fod yn aflonyddu sy’n gysylltiedig â rhyw.',
  'sex/totty': 'Mae’n lleihau menywod i wrthrychau rhywiol.',
  'sex/feminazi': 'Mae’n cymharu menywod sy’n ymgyrchu dros gydraddoldeb â Natsïaid.',
  'sex/old-maid': 'Mae’n gwawdio menywod am eu hoedran neu am beidio â phriodi.',
  'orientation/faggot': 'Sarhad homoffobig y mae cynulleidfaoedd Ofcom yn ei ystyried ymhlith y cryfaf. Ym Mhrydain mae faggots hefyd yn bryd traddodiadol o beli cig, felly nid yw cyd-destunau bwyd yn cael eu nodi. Nid yw "fag" ar ei ben ei hun (sigarét yn Saesneg Prydain) yn cael ei nodi.',
  'orientation/poof': 'Sarhad homoffobig Prydeinig.',
  'orientation/dyke': 'Sarhadau am fenywod lesbiaidd. Ym Mhrydain mae dyke hefyd yn ffos neu’n glawdd (Offa’s Dyke, y Fens), felly nid yw enwau â phriflythyren na chyd-destunau draenio yn cael eu nodi.',
  'orientation/lezza': 'Sarhadau gwawdlyd am fenywod lesbiaidd.',
  'orientation/homo': 'Fe’i defnyddir fel sarhad homoffobig.',
  'orientation/batty-boy': 'Sarhadau homoffobig am ddynion hoyw a glywir ym Mhrydain.',
  'orientation/queer-hostile': 'Mae llawer o bobl LHDT+ wedi’i adennill, ac fe’i defnyddir mewn gwaith academaidd (queer theory), ond mae’n dal yn sarhad pan gaiff ei daflu’n elyniaethus; dim ond ar ôl geiriau fel "bloody", "dirty", "you" y caiff ei gyfrif.',
  'orientation/so-gay': 'Mae’n defnyddio "gay" i olygu sbwriel; mae ymchwil Stonewall yn ei gysylltu â bwlio homoffobig.',
};

/** group-generalisation's notes, from the rule itself and from generalisation.ts, keyed by the English. */
const GENERALISATION_NOTES: Readonly<Record<string, string>> = {
  'Likening people to vermin, disease, animals or an invading force dehumanises them; it is the language that precedes hostility and violence against a group.':
    'Mae cymharu pobl â fermin, afiechyd, anifeiliaid neu lu sy’n goresgyn yn eu dad-ddyneiddio; dyma’r iaith sy’n dod cyn gelyniaeth a thrais yn erbyn grŵp.',
  'Attributes a negative trait or behaviour to everyone in a group.': 'Mae’n priodoli nodwedd neu ymddygiad negyddol i bawb mewn grŵp.',
  '"Typical [group]" turns one person\u2019s behaviour into a trait of the whole group.':
    'Mae "Typical [grŵp]" yn troi ymddygiad un person yn nodwedd o’r grŵp cyfan.',
  'Treats a protected group as a hiring risk: that is direct discrimination in employment (Equality Act 2010 s.13, s.18, s.39).':
    'Mae’n trin grŵp gwarchodedig fel risg wrth gyflogi: gwahaniaethu uniongyrchol mewn cyflogaeth yw hynny (Deddf Cydraddoldeb 2010, adrannau 13, 18 a 39).',
  'A "joke" whose punchline is a protected group.': '"Jôc" lle mai grŵp gwarchodedig yw’r ergyd.',
  'Telling people to "go back" is a recognised form of racist abuse (CPS treats it as evidence of racial hostility).':
    'Mae dweud wrth bobl am "go back" (mynd yn ôl) yn ffurf gydnabyddedig ar gamdriniaeth hiliol (mae Gwasanaeth Erlyn y Goron yn ei drin fel tystiolaeth o elyniaeth hiliol).',
  'Othering: casts residents of a protected group as not belonging.':
    'Gwneud pobl yn "arall": mae’n portreadu trigolion o grŵp gwarchodedig fel pobl nad ydynt yn perthyn.',
  'A stereotype that migrants and minority communities refuse to fit in.':
    'Ystrydeb fod ymfudwyr a chymunedau lleiafrifol yn gwrthod ymdoddi i’r gymuned.',
  'The stereotype that migrants will not learn English yet expect support: the language barrier is real, the "and expect" turns it into a charge against the group.':
    'Yr ystrydeb na fydd ymfudwyr yn dysgu Saesneg ond eu bod yn disgwyl cymorth: mae’r rhwystr iaith yn real, ond mae’r "and expect" yn ei droi’n gyhuddiad yn erbyn y grŵp.',
  'Excludes people as a "sort" or "kind": the coded form of "we don\u2019t want them living here", used against Travellers and migrants.':
    'Mae’n cau pobl allan fel "sort" neu "kind" (math): y ffurf gudd ar "we don’t want them living here" (dydyn ni ddim eisiau iddyn nhw fyw yma), a ddefnyddir yn erbyn Teithwyr ac ymfudwyr.',
  'Implies the group are thieves.': 'Mae’n awgrymu mai lladron yw’r grŵp.',
  'Implies the group are a danger to children (a trope used against gay and trans people).':
    'Mae’n awgrymu bod y grŵp yn berygl i blant (ystrydeb a ddefnyddir yn erbyn pobl hoyw a thraws).',
  'Casts a group\u2019s visibility as an imposition.': 'Mae’n portreadu gwelededd grŵp fel baich ar eraill.',
  'Sneers that the group brings trouble with it.': 'Mae’n awgrymu’n wawdlyd fod y grŵp yn dod â thrafferth gydag ef.',
  'Insinuates that Muslims are violent (a beheading "joke").': 'Mae’n awgrymu bod Mwslimiaid yn dreisgar ("jôc" am dorri pennau).',
  'Mocks gender identity by comparing it with identifying as an object or animal.':
    'Mae’n gwawdio hunaniaeth rhywedd drwy ei chymharu ag uniaethu fel gwrthrych neu anifail.',
  'Uses disabled athletes as the punchline for incompetence.': 'Mae’n defnyddio athletwyr anabl fel ergyd jôc am anallu.',
  'Sex stereotyping: some work is for men only.': 'Ystrydebu ar sail rhyw: bod rhywfaint o waith i ddynion yn unig.',
  'Treats pregnancy or maternity leave as an imposition on the employer: unfavourable treatment because of pregnancy is unlawful (Equality Act 2010 s.18).':
    'Mae’n trin beichiogrwydd neu absenoldeb mamolaeth fel baich ar y cyflogwr: mae trin rhywun yn anffafriol oherwydd beichiogrwydd yn anghyfreithlon (Deddf Cydraddoldeb 2010, adran 18).',
  'Mocks religious dress.': 'Mae’n gwawdio gwisg grefyddol.',
  'Casts an area with ethnic-minority residents as a foreign country.':
    'Mae’n portreadu ardal sydd â thrigolion o leiafrifoedd ethnig fel gwlad dramor.',
};

/**
 * The parts a lexicon source is made of (rules/data/discrimination/sources.ts joins them with
 * "; "), keyed by the English part. A source is Welsh when every part of it is.
 */
export const SOURCE_PARTS: Readonly<Record<string, string>> = {
  'Equality Act 2010 s.5 (age) and s.26 (harassment)': 'Deddf Cydraddoldeb 2010, adran 5 (oedran) ac adran 26 (aflonyddu)',
  'Equality Act 2010 s.6 (disability) and s.26 (harassment)': 'Deddf Cydraddoldeb 2010, adran 6 (anabledd) ac adran 26 (aflonyddu)',
  'Equality Act 2010 s.7 (gender reassignment) and s.26 (harassment)':
    'Deddf Cydraddoldeb 2010, adran 7 (ailbennu rhywedd) ac adran 26 (aflonyddu)',
  'Equality Act 2010 s.8 (marriage and civil partnership)': 'Deddf Cydraddoldeb 2010, adran 8 (priodas a phartneriaeth sifil)',
  'Equality Act 2010 s.4 and s.18 (pregnancy and maternity)': 'Deddf Cydraddoldeb 2010, adrannau 4 a 18 (beichiogrwydd a mamolaeth)',
  'Equality Act 2010 s.9 (race: colour, nationality, ethnic or national origins) and s.26 (harassment)':
    'Deddf Cydraddoldeb 2010, adran 9 (hil: lliw, cenedligrwydd, tarddiad ethnig neu genedlaethol) ac adran 26 (aflonyddu)',
  'Equality Act 2010 s.10 (religion or belief) and s.26 (harassment)': 'Deddf Cydraddoldeb 2010, adran 10 (crefydd neu gred) ac adran 26 (aflonyddu)',
  'Equality Act 2010 s.11 (sex) and s.26 (harassment)': 'Deddf Cydraddoldeb 2010, adran 11 (rhyw) ac adran 26 (aflonyddu)',
  'Equality Act 2010 s.12 (sexual orientation) and s.26 (harassment)':
    'Deddf Cydraddoldeb 2010, adran 12 (cyfeiriadedd rhywiol) ac adran 26 (aflonyddu)',
  'Ofcom, Attitudes to potentially offensive language and gestures on TV and radio (2021)': OFCOM_2021,
  'Traveller Movement and Friends, Families and Travellers guidance on terminology':
    'canllawiau Traveller Movement a Friends, Families and Travellers ar derminoleg',
  'CRE v Dutton [1989] (Romany Gypsies) and O\u2019Leary v Allied Domecq (2000) (Irish Travellers) as ethnic groups':
    'CRE v Dutton [1989] (Sipsiwn Romani) ac O’Leary v Allied Domecq (2000) (Teithwyr Gwyddelig) fel grwpiau ethnig',
  'Cabinet Office Disability Unit, Inclusive language: words to use and avoid when writing about disability (GOV.UK)':
    'Uned Anabledd Swyddfa’r Cabinet, Iaith gynhwysol: geiriau i’w defnyddio a’u hosgoi wrth ysgrifennu am anabledd (Inclusive language: words to use and avoid when writing about disability) (GOV.UK)',
  Scope: 'Scope',
  'Mencap guidance on talking about learning disability': 'canllawiau Mencap ar siarad am anabledd dysgu',
  'Mind and Time to Change guidance on reporting and talking about mental health':
    'canllawiau Mind a Time to Change ar adrodd a siarad am iechyd meddwl',
  'RNID guidance on language about deafness': 'canllawiau RNID ar iaith am fyddardod',
  'Stonewall glossary of terms': 'geirfa termau Stonewall',
  'Stonewall, Get Over It campaign on homophobic language': 'Stonewall, ymgyrch Get Over It ar iaith homoffobig',
  'Trans Media Watch and IPSO guidance on reporting trans people': 'canllawiau Trans Media Watch ac IPSO ar adrodd am bobl draws',
  'GOV.UK Race Disparity Unit, Writing about ethnicity':
    'Uned Gwahaniaethau Hiliol GOV.UK (Race Disparity Unit), Writing about ethnicity',
  'CPS guidance on racist and religious hate crime (Crime and Disorder Act 1998 s.28-32)':
    'canllawiau Gwasanaeth Erlyn y Goron (CPS) ar droseddau casineb hiliol a chrefyddol (Deddf Trosedd ac Anhrefn 1998, adrannau 28-32)',
  'Tell MAMA guidance on anti-Muslim hate': 'canllawiau Tell MAMA ar gasineb gwrth-Fwslimaidd',
  'Community Security Trust and Board of Deputies guidance on antisemitic language':
    'canllawiau’r Community Security Trust a Bwrdd y Dirprwyon (Board of Deputies) ar iaith wrth-Semitaidd',
  'Age UK and Centre for Ageing Better guidance on ageist language':
    'canllawiau Age UK a’r Centre for Ageing Better ar iaith sy’n gwahaniaethu ar sail oedran',
  'EHRC Employment Statutory Code of Practice, ch. 7 (harassment)':
    'Cod Ymarfer Statudol ar Gyflogaeth y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC Employment Statutory Code of Practice), pennod 7 (aflonyddu)',
  'LGA Model Councillor Code of Conduct 2020, para 2 (bullying, harassment and discrimination)':
    `${LGA_CODE}, paragraff 2 (bwlio, aflonyddu a gwahaniaethu)`,
  'Alzheimer\u2019s Society guidance on dementia language': 'canllawiau Alzheimer’s Society ar iaith am ddementia',
  'National Autistic Society and OCD-UK guidance': 'canllawiau’r National Autistic Society ac OCD-UK',
  'OCD-UK guidance': 'canllawiau OCD-UK',
};

/** A source in Welsh, or undefined when a part of it has no Welsh yet (the English is shown then). */
export function welshSource(english: string): string | undefined {
  const parts = english.split('; ').map((part) => (Object.hasOwn(SOURCE_PARTS, part) ? SOURCE_PARTS[part] : undefined));
  return parts.every((part) => part !== undefined) ? parts.join('; ') : undefined;
}

function lexiconNotes(): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const entry of LEXICON) if (Object.hasOwn(LEXICON_NOTES, entry.id)) notes[entry.note] = LEXICON_NOTES[entry.id]!;
  return notes;
}

function lexiconSources(): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const { source } of LEXICON) {
    const welsh = welshSource(source);
    if (welsh) sources[source] = welsh;
  }
  return sources;
}

/** By English value, for the engine: what derogatory-term and group-generalisation fill into `{note}` and `{source}`. */
export const DEROGATORY_NOTES: Readonly<Record<string, string>> = lexiconNotes();
export const DEROGATORY_SOURCES: Readonly<Record<string, string>> = lexiconSources();
export { GENERALISATION_NOTES };
