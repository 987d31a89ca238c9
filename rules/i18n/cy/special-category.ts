/** Welsh texts for the special-category rules (sensitive details in posts and in direct messages). */
import { VALUES, type RuleTexts } from '../../../utils/engine/types';
import { CONFIDENTIALITY_AND_DATA, DPA_2018, UK_GDPR } from './sources';
import { SENSITIVE_LABELS, SUBJECTS } from './values';

export const specialCategory = {
  'special-category-data': {
    description:
      'Iechyd, anabledd, tarddiad ethnig, crefydd, rhywioldeb, bywyd rhywiol, aelodaeth o undeb, honiadau troseddol, mewnfudo, diogelu, gofal cymdeithasol, budd-daliadau neu ddyledion person preifat y gellir ei adnabod.',
    source: `${UK_GDPR}, Erthyglau 9 a 10; ${DPA_2018}, adrannau 10 ac 11 ac Atodlen 1; ${CONFIDENTIALITY_AND_DATA}`,
    messages: {
      // {label} is the object of "ddatgelu" ("manylion iechyd"): a verb-noun's object takes no mutation.
      named: {
        message: 'Gallai hyn ddatgelu {label} am {who}.',
        explanation:
          'Mae manylion fel hyn yn ddata categori arbennig neu’n ddata troseddau: mae eu cyhoeddi am rywun y gellir ei adnabod yn gofyn am gydsyniad penodol y person hwnnw, a gallant achosi niwed go iawn (stigma, aflonyddu, colli swydd neu gartref). Gadewch y manylion allan, neu siaradwch â’r person yn breifat.',
      },
      reply: {
        message: 'Mae’r ateb hwn yn ailadrodd {label} am y person rydych chi’n ei ateb, yn gyhoeddus.',
        explanation:
          'Hyd yn oed pan fo’r person wedi’i bostio ei hun, mae ailadrodd manylion am ei iechyd, ei fudd-daliadau neu bethau tebyg mewn ateb cyhoeddus yn eu lledaenu ymhellach ac yn eu cysylltu â chi. Atebwch yn fyr yn gyhoeddus ("Rwyf wedi anfon neges atoch") a rhowch y manylion mewn neges uniongyrchol neu dros y ffôn.',
      },
      context: {
        message: 'Gallai hyn ddatgelu {label} am rywun y gallai pobl ei adnabod ({who}).',
        explanation:
          'Hyd yn oed heb enw, gall cymdogion ac eraill ddweud yn aml pwy sydd dan sylw. Mae manylion fel hyn yn ddata categori arbennig neu’n ddata troseddau, ac mae angen cydsyniad penodol y person i’w rhannu. Cadwch y manylion yn gyffredinol, neu siaradwch â’r person yn breifat.',
      },
    },
    [VALUES]: { words: { label: SENSITIVE_LABELS, who: SUBJECTS } },
  },
  'dm-sensitive-details': {
    description:
      'Neges uniongyrchol sy’n nodi manylion iechyd, budd-daliadau, dyledion, mewnfudo, diogelu neu fanylion tebyg y derbynnydd (neu ei deulu), lle byddai “ffoniwch fi” yn ddigon.',
    // The Barnet policy is cited by its own (English) title.
    source: `${UK_GDPR}, Erthyglau 5(1)(f), 9 a 10; ${DPA_2018}, Atodlen 1; canllawiau cyfryngau cymdeithasol a gwaith achos i aelodau (e.e. London Borough of Barnet Members’ ICT and social media policy)`,
    messages: {
      recipient: {
        message: 'Mae’r neges hon yn nodi {label} mewn neges uniongyrchol.',
        explanation:
          'Gall rhywun arall ddarllen negeseuon uniongyrchol ar ddyfais a rennir, gellir eu hanfon ymlaen neu eu hanfon at y person anghywir, ac mae’r platfformau’n eu cadw. Ar gyfer gwaith achos sensitif, y patrwm mwy diogel yw dweud bod gennych ddiweddariad a gofyn i’r person eich ffonio, yna rhoi’r manylion dros y ffôn neu wyneb yn wyneb.',
      },
    },
    [VALUES]: { words: { label: SENSITIVE_LABELS } },
  },
} satisfies RuleTexts;
