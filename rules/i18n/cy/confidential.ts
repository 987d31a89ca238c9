/** Welsh texts for the confidential rules (exempt business, confidences, restricted items, watch terms). */
import type { RuleTexts } from '../../../utils/engine/types';
import { LGA_CODE } from './sources';

export const confidential = {
  'exempt-business': {
    description:
      'Busnes eithriedig (Rhan 2) neu gyfrinachol y cyngor, cyngor cyfreithiol, papurau a ollyngwyd neu faterion staffio, yn enwedig pan fydd y drafft yn datgelu eu cynnwys.',
    source: `Deddf Llywodraeth Leol 1972, adrannau 100A-100I ac Atodlen 12A; ${LGA_CODE}, paragraff 4 (cyfrinachedd)`,
    messages: {
      exempt: {
        message: 'Gallai hyn ddatgelu busnes eithriedig neu gyfrinachol.',
        explanation:
          'Nid yw adroddiadau eithriedig (Rhan 2), sesiynau caeedig, briffiau cyfrinachol a phapurau a ollyngwyd neu sydd dan embargo yn gyhoeddus. Gall rhannu eu cynnwys dorri’r cod ymddygiad a dyletswydd cyfrinachedd y cyngor. Dim ond yr hyn sydd wedi’i gyhoeddi (teitl yr eitem ar yr agenda) y dylech ei ddweud, neu arhoswch nes bod y penderfyniad yn gyhoeddus.',
      },
      advice: {
        message: 'Gallai hyn ddatgelu cyngor cyfreithiol y cyngor.',
        explanation:
          'Mae cyngor cyfreithiol y cyngor yn freintiedig ac yn eithriedig (Atodlen 12A, paragraff 5). Gall ei ddatgelu ildio’r fraint a gwanhau safbwynt y cyngor. Dywedwch beth mae’r cyngor wedi’i benderfynu, nid beth a gynghorodd ei gyfreithwyr.',
      },
      staffing: {
        message: 'Gallai hyn ddatgelu mater staffio cyfrinachol.',
        explanation:
          'Mae gwybodaeth am swyddogion unigol, materion disgyblu ac ailstrwythuro cyn i’r staff gael gwybod yn eithriedig (Atodlen 12A, paragraffau 1 a 4), ac mae gan y cyngor ddyletswydd cyfrinachedd i’w staff. Arhoswch am gyhoeddiad y cyngor.',
      },
    },
  },
  'in-confidence': {
    // The quoted phrases are the English wording the rule recognises in a draft.
    description:
      'Gwybodaeth a gafwyd yn gyfrinachol, neu awgrym nad yw busnes y cyngor yn gyhoeddus eto ("between us", "can’t say much but").',
    source: `${LGA_CODE}, paragraff 4.1 (gwybodaeth gyfrinachol)`,
    messages: {
      confidence: {
        message: 'Gallai hyn rannu rhywbeth a ddywedwyd wrthych yn gyfrinachol.',
        explanation:
          'Rhaid i gynghorydd beidio â datgelu gwybodaeth a gafodd yn gyfrinachol (gan swyddogion, partneriaid neu drigolion) heb gydsyniad, oni bai bod y gyfraith yn mynnu hynny neu fod hynny’n amlwg er budd y cyhoedd.',
      },
      secrecy: {
        message: 'Mae hyn yn awgrymu busnes y cyngor nad yw’n gyhoeddus eto.',
        explanation:
          'Mae ymadroddion fel “between us” neu “can’t say much but” yn arwydd o wybodaeth sydd heb ei chyhoeddi. Gall postio awgrym ddatgelu busnes cyfrinachol o hyd. Arhoswch nes bod y cyngor wedi cyhoeddi’r wybodaeth.',
      },
    },
  },
  'restricted-item': {
    description:
      'Neges sy’n enwi neu’n disgrifio eitem ar yr agenda sydd wedi’i nodi’n gyfyngedig (eithriedig), drwy ei chyfeirnod neu drwy ei phwnc a’i busnes gyda’i gilydd, y tu hwnt i ddweud y bydd yn cael ei thrafod yn breifat.',
    source: `Deddf Llywodraeth Leol 1972, adran 100A(4) ac Atodlen 12A; ${LGA_CODE}, paragraff 4 (cyfrinachedd)`,
    messages: {
      reveals: {
        message: 'Gallai hyn ddatgelu busnes cyfyngedig: mae “{item}” yn eitem eithriedig.',
        explanation:
          'Mae’r agenda yn nodi bod “{item}” ({committee}) yn gyfyngedig: mae adroddiad yr eitem yn eithriedig o dan Atodlen 12A, felly nid yw ei chynnwys (telerau, prisiau, cynigwyr, cyngor, pobl) yn gyhoeddus. Gall rhannu’r cynnwys dorri’r cod ymddygiad a dyletswydd cyfrinachedd y cyngor, a niweidio safbwynt y cyngor. Cewch ddweud y bydd yr eitem yn cael ei thrafod yn breifat, neu aros nes bod y penderfyniad wedi’i gyhoeddi.',
      },
      mentions: {
        message: 'Mae hyn yn sôn am fusnes cyfyngedig: mae “{item}” yn eitem eithriedig.',
        explanation:
          'Mae’r agenda yn nodi bod “{item}” ({committee}) yn gyfyngedig. Efallai ei bod yn iawn ei henwi os mai dim ond teitl cyhoeddedig yr agenda rydych chi’n ei ailadrodd, ond mae unrhyw beth am ei chynnwys yn gyfrinachol nes bod y penderfyniad wedi’i gyhoeddi.',
      },
    },
  },
  'watch-term': {
    description:
      'Gair neu ymadrodd y gofynnoch chi (neu eich cyngor) am rybudd amdano, fel enw achos lleol neu safle sensitif, yn y categori a ddewisoch.',
    source: 'Eich rhestr wylio eich hun (gosodiadau); polisi cyfryngau cymdeithasol eich cyngor',
    messages: {
      found: {
        message: 'Mae “{term}” ar eich rhestr wylio.',
        explanation: 'Gofynnoch am gael eich rhybuddio cyn postio hyn. {note}',
      },
    },
  },
} satisfies RuleTexts;
