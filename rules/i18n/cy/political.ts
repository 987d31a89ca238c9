/** Welsh texts for the rules about corporate council accounts and election material. */
import type { RuleTexts } from '../../../utils/engine/types';
import { PUBLICITY_CODE, PUBLICITY_CODE_SHORT } from './sources';

export const political = {
  political: {
    description:
      'Ar gyfrif corfforaethol y cyngor: enwau pleidiau, sloganau ac apeliadau am bleidleisiau, hyrwyddo delwedd cynghorwyr, ail-bostio negeseuon gwleidyddion neu bleidiau, ac, yn y cyfnod cyn etholiad, cyhoeddusrwydd sy’n cynnwys cynghorwyr, ymgeiswyr neu faterion dadleuol.',
    source: `Deddf Llywodraeth Leol 1986, adrannau 2 a 4; ${PUBLICITY_CODE} (2011), paragraffau 15-16 a 33-35`,
    messages: {
      party: {
        message: 'Gallai hyn wneud cyhoeddusrwydd y cyngor yn bleidiol.',
        explanation:
          'Rhaid i gyngor beidio â chyhoeddi deunydd sydd wedi’i fwriadu i effeithio ar gefnogaeth i blaid wleidyddol (Deddf Llywodraeth Leol 1986, adran 2). Gall enwi plaid, rhoi clod iddi neu ymosod arni yn llais y cyngor ei hun dorri hyn. Dywedwch beth mae’r cyngor wedi’i wneud, yn ei eiriau niwtral ei hun.',
      },
      vote: {
        message: 'Mae hyn yn gofyn am bleidleisiau o gyfrif y cyngor.',
        explanation: `Ni ddylai cyhoeddusrwydd y cyngor fyth ofyn i bobl bleidleisio dros blaid neu ymgeisydd (Deddf Llywodraeth Leol 1986, adran 2; ${PUBLICITY_CODE_SHORT}, paragraffau 15 a 33-35). Tynnwch yr apêl allan; mae nodiadau atgoffa niwtral i gofrestru ac i bleidleisio yn iawn.`,
      },
      image: {
        message: 'Gallai hyn hyrwyddo cynghorydd unigol neu’r weinyddiaeth.',
        explanation: `Gall cyhoeddusrwydd y cyngor gynnwys cynghorwyr yn eu rôl swyddogol, ond ni ddylai ganmol aelodau unigol na’r grŵp sy’n rheoli, nac adeiladu eu delwedd (${PUBLICITY_CODE_SHORT}, paragraffau 15-16). Disgrifiwch beth mae’r cyngor wedi’i wneud yn lle hynny.`,
      },
      shared: {
        message: 'Mae hyn yn rhannu neges gwleidydd neu blaid o gyfrif y cyngor.',
        explanation: `Pan fydd cyfrif y cyngor yn ail-bostio, yn dyfynnu neu’n rhannu neges gan gynghorydd, AS, ymgeisydd neu blaid, mae’n rhoi llais y cyngor iddyn nhw, hyd yn oed pan fydd y cynnwys yn niwtral (${PUBLICITY_CODE_SHORT}, paragraffau 15-16). Postiwch yr wybodaeth yn enw’r cyngor ei hun yn lle hynny.`,
      },
      'pre-election': {
        message: 'Mae hyn yn cynnwys cynghorydd neu ymgeisydd yn ystod y cyfnod cyn etholiad.',
        explanation: `O’r hysbysiad etholiad hyd at y diwrnod pleidleisio, ni ddylai cyhoeddusrwydd y cyngor gynnwys cynghorwyr nac ymgeiswyr, ac eithrio mewn argyfwng neu ar gyfer hysbysiadau statudol (${PUBLICITY_CODE_SHORT}, paragraffau 33-35). Priodolwch y newyddion i’r cyngor, neu arhoswch tan ar ôl y bleidlais.`,
      },
      controversy: {
        message: 'Mae hyn yn cymryd ochr ar fater dadleuol yn ystod y cyfnod cyn etholiad.',
        explanation: `Yn y cyfnod cyn etholiad dylai’r cyngor osgoi cyhoeddusrwydd ar faterion dadleuol, neu sy’n ymateb i ymgyrchwyr ac ymgeiswyr (${PUBLICITY_CODE_SHORT}, paragraffau 33-35). Rhowch wybodaeth ffeithiol am wasanaethau yn unig, neu arhoswch tan ar ôl y bleidlais.`,
      },
    },
  },
  imprint: {
    // The quoted wording stays English: the rule recognises an English imprint ("Promoted by") only.
    description:
      'Deunydd etholiad ("vote for me", "re-elect…", "vote Labour on 7 May") gan gynghorydd neu ymgeisydd heb argraffnod digidol "Promoted by NAME, ADDRESS" yn y neges nac wedi’i gofnodi ar gyfer y proffil.',
    source:
      'Deddf Etholiadau 2022, Rhan 6 (argraffnodau digidol), adrannau 41 a 48; y Comisiwn Etholiadol, Canllawiau statudol ar argraffnodau digidol (Statutory guidance on digital imprints) (2023)',
    messages: {
      missing: {
        message: 'Gallai hyn fod yn ddeunydd etholiad heb argraffnod digidol.',
        explanation:
          'Rhaid i ddeunydd etholiad digidol sy’n hyrwyddo ymgeisydd neu blaid gynnwys argraffnod gydag enw a chyfeiriad post yr hyrwyddwr (ac unrhyw un y mae’n cael ei gyhoeddi ar ei ran), e.e. "Promoted by Jo Marsh, 1 High St, Riverton RT1 1AA". Gall methu â chynnwys un fod yn drosedd. Os yw eich argraffnod yn eich bywgraffiad neu wedi’i binio lle gall darllenwyr ei weld, cofnodwch ef yn eich proffil yma a bydd y rhybudd hwn yn dod i ben.',
      },
      incomplete: {
        message: 'Efallai nad oes cyfeiriad post yr hyrwyddwr yn yr argraffnod.',
        explanation:
          'Mae angen enw a chyfeiriad post yr hyrwyddwr ar argraffnod digidol (ac enw a chyfeiriad unrhyw un y mae’r deunydd yn cael ei gyhoeddi ar ei ran). Nid oes cyfeiriad yn "{imprint}": ychwanegwch y cyfeiriad lle gellir cysylltu â’r hyrwyddwr.',
      },
    },
  },
} satisfies RuleTexts;
