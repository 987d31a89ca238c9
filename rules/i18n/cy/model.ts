/** Welsh texts for the trained tier's rules; {words} are the draft's own words, shown as typed. */
import type { RuleTexts } from '../../../utils/engine/types';
import { CONFIDENTIALITY_AND_DATA, DPA_2018, EQUALITY_ACT, LGA_CODE, UK_GDPR } from './sources';

const MAY_BE_WRONG = 'Gall y model fod yn anghywir: os felly, postiwch beth bynnag.';

export const model = {
  'model-discrimination': {
    description: 'Geiriad y mae model hyfforddedig yn ei ddarllen fel un difrïol, ystrydebol neu wawdlyd am bobl sydd â nodwedd warchodedig, sut bynnag y’i geirir.',
    source: `${EQUALITY_ACT}, adrannau 4-12 ac adran 26 (aflonyddu); ${LGA_CODE}, paragraff 2 (bwlio, aflonyddu a gwahaniaethu)`,
    messages: {
      model: {
        message: 'Gallai pobl ddarllen hyn fel rhywbeth difrïol am grŵp o bobl: “{words}”.',
        explanation: `Mae model hyfforddedig yn darllen y frawddeg hon fel un sy’n cyffredinoli am bobl, yn eu gwawdio neu’n eu bychanu oherwydd nodwedd warchodedig (fel hil, crefydd, rhyw, cyfeiriadedd rhywiol, anabledd, oed, neu fod yn Sipsi, Roma neu Deithiwr). Hyd yn oed fel jôc, gall hynny dorri’r cod ymddygiad a’r Ddeddf Cydraddoldeb. Soniwch am ymddygiad yr unigolion dan sylw, neu’r mater, nid y grŵp. ${MAY_BE_WRONG}`,
      },
    },
  },
  'model-respect': {
    description: 'Geiriad y mae model hyfforddedig yn ei ddarllen fel sarhad, bygythiad neu honiad o gamwedd wedi’i anelu at berson y gellir ei adnabod.',
    source: `${LGA_CODE}, paragraff 1 (parch) a pharagraff 2 (bwlio); Deddf Cyfathrebiadau Maleisus 1988 (Malicious Communications Act 1988), adran 1; Deddf Difenwi 2013 (Defamation Act 2013), adran 1`,
    messages: {
      model: {
        message: 'Gallai pobl ddarllen hyn fel ymosodiad personol, bygythiad neu honiad: “{words}”.',
        explanation: `Mae model hyfforddedig yn darllen y frawddeg hon fel un sy’n sarhau, yn bygwth neu’n cyhuddo person y gellir ei adnabod yn hytrach na beirniadu’r hyn a benderfynwyd ganddo. Mae’r cod ymddygiad yn gofyn i gynghorwyr drin pobl gyda pharch; gall bygythiadau, hyd yn oed fel jôc, fod yn drosedd, a gall honiad heb ei brofi fod yn ddifenwol. Beirniadwch y penderfyniad, nid y person. ${MAY_BE_WRONG}`,
      },
    },
  },
  'model-predetermination': {
    description: 'Geiriad y mae model hyfforddedig yn ei ddarllen fel meddwl caeedig ar fater cynllunio neu drwyddedu, gan aelod o’r pwyllgor sy’n penderfynu arno.',
    source: 'Deddf Lleoliaeth 2011, adran 25; R (Lewis) v Redcar & Cleveland BC [2008] EWCA Civ 746; cod ymarfer da cynllunio’r cyngor',
    messages: {
      model: {
        message: 'Gallai hyn ddangos meddwl caeedig ar fater y mae eich pwyllgor yn penderfynu arno: “{words}”.',
        explanation: `Rydych chi’n aelod o bwyllgor cynllunio neu drwyddedu. Mae model hyfforddedig yn darllen y frawddeg hon fel addewid pleidlais neu ddatganiad o’r canlyniad cyn i’r pwyllgor glywed yr adroddiad a’r ddadl, a all agor y penderfyniad i her oherwydd rhagderfynu a gallai olygu na allwch gymryd rhan. Cewch rannu barn (Deddf Lleoliaeth 2011, adran 25) ond rhaid i’ch meddwl aros yn agored. ${MAY_BE_WRONG}`,
      },
    },
  },
  'model-confidential': {
    description: 'Geiriad y mae model hyfforddedig yn ei ddarllen fel datgelu busnes eithriedig, cyfrinachol, wedi’i ollwng neu dan drafodaeth.',
    source: `Deddf Llywodraeth Leol 1972, adrannau 100A-100I ac Atodlen 12A; ${LGA_CODE}, paragraff 4 (cyfrinachedd)`,
    messages: {
      model: {
        message: 'Gallai hyn ddatgelu busnes cyfrinachol y cyngor: “{words}”.',
        explanation: `Mae model hyfforddedig yn darllen y frawddeg hon fel un sy’n datgelu busnes sy’n eithriedig, yn gyfrinachol, wedi’i ollwng neu’n dal dan drafodaeth. Gall ei ddatgelu dorri’r cod ymddygiad a niweidio safle’r cyngor. Holwch y swyddog monitro a yw’n gyhoeddus cyn postio. ${MAY_BE_WRONG}`,
      },
    },
  },
  'model-special-category': {
    description: 'Geiriad y mae model hyfforddedig yn ei ddarllen fel un sy’n datgelu iechyd, budd-daliadau, cofnod troseddol, statws mewnfudo, gofal, credoau neu rywioldeb person y gellir ei adnabod, sut bynnag y’i geirir.',
    source: `${UK_GDPR}, Erthyglau 5(1)(f), 9 a 10; ${DPA_2018}, adrannau 10 ac 11 ac Atodlen 1; ${CONFIDENTIALITY_AND_DATA}`,
    messages: {
      model: {
        message: 'Gallai hyn ddatgelu manylion sensitif am rywun y gallai pobl ei adnabod: “{words}”.',
        explanation: `Mae model hyfforddedig yn darllen y frawddeg hon fel un sy’n rhoi manylion am iechyd, anabledd, budd-daliadau neu ddyledion, cofnod troseddol, statws mewnfudo, gofal, crefydd neu rywioldeb person y gellir ei adnabod. Mae cyhoeddi manylion fel hyn yn gofyn am gydsyniad penodol y person, a gall achosi niwed go iawn. Gadewch y manylion allan, neu siaradwch â’r person yn breifat. ${MAY_BE_WRONG}`,
      },
      dm: {
        message: 'Gallai’r neges hon nodi manylion sensitif mewn neges uniongyrchol: “{words}”.',
        explanation:
          'Mae model hyfforddedig yn darllen y frawddeg hon fel un sy’n rhoi manylion iechyd, budd-daliadau, troseddol, mewnfudo, gofal neu fanylion tebyg. Gall rhywun arall ddarllen negeseuon uniongyrchol ar ddyfais a rennir, gellir eu hanfon ymlaen neu eu hanfon at y person anghywir, ac mae’r platfformau’n eu cadw. Y patrwm mwy diogel yw dweud bod gennych ddiweddariad a gofyn i’r person eich ffonio. Gall y model fod yn anghywir: os felly, anfonwch beth bynnag.',
      },
    },
  },
} satisfies RuleTexts;
