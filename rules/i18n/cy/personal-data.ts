/** Welsh texts for the personal-data rules (identifiers, addresses, named residents). */
import { VALUES, type RuleTexts } from '../../../utils/engine/types';
import { CONFIDENTIALITY_AND_DATA, MEMBERS_CODE, UK_GDPR } from './sources';
import { CIRCUMSTANCES } from './values';

const CONTACT_SOURCE = `${UK_GDPR}, Erthyglau 5(1)(f) a 6(1); ${CONFIDENTIALITY_AND_DATA}`;

export const personalData = {
  'ni-number': {
    description: 'Rhif Yswiriant Gwladol, sy’n adnabod un person at ddibenion treth a budd-daliadau.',
    source: `${UK_GDPR}, Erthyglau 4(1) a 5(1)(f); ${CONFIDENTIALITY_AND_DATA}`,
    messages: {
      found: {
        message: 'Mae hyn yn edrych fel rhif Yswiriant Gwladol.',
        explanation:
          'Mae rhif Yswiriant Gwladol yn adnabod un person, ac mae’n cael ei ddefnyddio i gyflawni twyll hunaniaeth. Mae ei gyhoeddi neu ei anfon ymlaen yn achos o dorri diogelwch data personol, oni bai bod y person wedi gofyn i chi wneud hynny a’i fod yn angenrheidiol.',
      },
    },
  },
  'phone-number': {
    description:
      'Rhif ffôn person preifat (ffôn symudol neu linell dir yn y cartref), ac eithrio eich rhif chi neu linell sefydliad.',
    source: CONTACT_SOURCE,
    messages: {
      found: {
        message: 'Mae hyn yn edrych fel rhif ffôn person preifat.',
        explanation:
          'Mae rhif ffôn personol yn adnabod un person ac yn galluogi pobl i gysylltu â’r person hwnnw. Mae ei gyhoeddi heb gytundeb clir y person yn achos o dorri diogelwch data personol, a gall arwain at alwadau niwsans neu waeth. Os mai eich rhif chi yw hwn, ychwanegwch ef at eich manylion cyswllt eich hun yn eich proffil.',
      },
    },
  },
  'email-address': {
    description:
      'Cyfeiriad e-bost person preifat (gwe-bost, band eang cartref neu un sy’n amlwg yn bersonol), ac eithrio eich cyfeiriad chi neu flwch post sefydliad.',
    source: CONTACT_SOURCE,
    messages: {
      found: {
        message: 'Mae hyn yn edrych fel cyfeiriad e-bost person preifat.',
        explanation:
          'Mae cyfeiriad e-bost personol yn adnabod un person ac yn galluogi pobl i gysylltu â’r person hwnnw. Mae ei gyhoeddi heb gytundeb y person yn achos o dorri diogelwch data personol, ac yn gwahodd sbam ac aflonyddu. Os mai eich cyfeiriad chi yw hwn, ychwanegwch ef at eich manylion cyswllt eich hun yn eich proffil.',
      },
      work: {
        message: 'Gallai hwn fod yn gyfeiriad e-bost person a enwir.',
        explanation:
          'Mae cyfeiriad sydd wedi’i lunio o enw rhywun yn adnabod y person hwnnw. Oni bai bod y person yn ei gyhoeddi ei hun at y diben hwn, cyfeiriwch bobl at flwch post cyffredinol yn lle hynny.',
      },
    },
  },
  'nhs-number': {
    description: 'Rhif GIG (deg digid sy’n pasio gwiriad modwlws 11 y GIG), sy’n adnabod un claf.',
    source: `${UK_GDPR}, Erthygl 9 (data iechyd) ac Erthygl 5(1)(f); Geiriadur Data’r GIG (NHS Data Dictionary), Rhif GIG; ${MEMBERS_CODE} (cyfrinachedd)`,
    messages: {
      found: {
        message: 'Mae hyn yn edrych fel rhif GIG.',
        explanation:
          'Mae rhif GIG yn adnabod un claf ac yn cysylltu â chofnodion iechyd y claf. Mae ei gyhoeddi neu ei anfon ymlaen yn datgelu gwybodaeth iechyd am y person; dim ond drwy sianeli diogel y dylid ei rannu, gyda chydsyniad y person.',
      },
    },
  },
  'date-of-birth': {
    // The quoted examples are the English wording the rule recognises in a draft.
    description: 'Dyddiad geni person preifat ("DOB 12/03/1958", "born on 4 May 1961").',
    source: `${UK_GDPR}, Erthygl 5(1)(f); ${CONFIDENTIALITY_AND_DATA}`,
    messages: {
      found: {
        message: 'Mae hyn yn edrych fel dyddiad geni rhywun.',
        explanation:
          'Dyddiad geni, gydag enw neu gyfeiriad, yw’r hyn sydd ei angen ar dwyllwyr i ddynwared rhywun, ac mae’n ddata personol. Gadewch ef allan, neu rhowch ystod oedran os yw’n bwysig.',
      },
    },
  },
  'vehicle-registration': {
    description: 'Rhif cofrestru cerbyd, sy’n adnabod y ceidwad drwy’r DVLA.',
    source: `${UK_GDPR}, Erthygl 4(1) (dynodwr); canllawiau Swyddfa’r Comisiynydd Gwybodaeth (ICO) ar rifau cofrestru cerbydau fel data personol`,
    messages: {
      found: {
        message: 'Mae hyn yn edrych fel rhif cofrestru cerbyd.',
        explanation:
          'Gellir cysylltu plât rhif â’i geidwad, felly mae ei enwi’n gyhoeddus (am barcio gwael, er enghraifft) yn adnabod person a gall arwain at aflonyddu. Rhowch wybod i’r cyngor neu’r heddlu yn lle hynny, a disgrifiwch y broblem heb y plât.',
      },
    },
  },
  'home-address': {
    description:
      'Cyfeiriad cartref preifat (rhif tŷ a stryd, neu god post llawn), ac eithrio eich cyfeiriad chi neu fusnes neu adeilad cyhoeddus.',
    source: CONTACT_SOURCE,
    messages: {
      address: {
        message: 'Mae hyn yn edrych fel cyfeiriad cartref rhywun.',
        explanation:
          'Mae rhif tŷ a stryd yn pwyntio at un aelwyd. Gall ei gyhoeddi ddangos pwy sy’n byw yno a’u gwneud yn agored i ymweliadau digroeso. Mae enw’r stryd ar ei ben ei hun fel arfer yn ddigon.',
      },
      postcode: {
        message: 'Gallai’r cod post llawn hwn adnabod aelwyd.',
        explanation:
          'Dim ond llond llaw o gartrefi sydd o dan god post llawn, felly gyda manylion eraill gall ddangos pwy sy’n byw yno. Mae hanner cyntaf y cod post (yr ardal) fel arfer yn ddigon.',
      },
    },
  },
  'named-resident': {
    description:
      'Unigolyn preifat wedi’i enwi ynghyd â lle mae’n byw neu ei amgylchiadau personol (teulu, tai, cwyn, ei achos).',
    source: `${UK_GDPR}, Erthygl 5(1)(a) ac (f), Erthygl 6; ${CONFIDENTIALITY_AND_DATA}; canllawiau Swyddfa’r Comisiynydd Gwybodaeth (ICO) i aelodau etholedig`,
    messages: {
      child: {
        message: 'Gallai hyn adnabod plentyn, {name}, gyda’i oedran neu ei ysgol.',
        explanation:
          'Gall unrhyw un ddod o hyd i blentyn sydd wedi’i enwi gyda’i oedran, ei ysgol neu ei grŵp blwyddyn, ac mae plant yn haeddu amddiffyniad penodol o dan GDPR y DU (Adroddiad 38). Hyd yn oed ar gyfer newyddion da, gofynnwch i’r rhiant yn gyntaf a gadewch yr ysgol a’r oedran allan, neu defnyddiwch yr enw cyntaf yn unig gyda’u caniatâd.',
      },
      found: {
        // {what} sits in brackets so that no mutation after "ynghyd â" depends on it ("cwyn" would become "chwyn").
        message: 'Gallai hyn adnabod {name} ynghyd â manylion personol ({what}).',
        explanation:
          'Gall enwi unigolyn preifat ynghyd â lle mae’n byw neu’r hyn sy’n digwydd yn ei fywyd ddangos i gymdogion ac eraill pwy ydyw, ac mae’n datgelu data personol amdano. Oni bai bod y person wedi cytuno’n glir i’r neges hon, gadewch yr enw allan ("a resident", "un o’r trigolion") neu cadwch y manylion yn gyffredinol.',
      },
    },
    [VALUES]: { words: { what: CIRCUMSTANCES } },
  },
  'case-reference': {
    description:
      'Cyfeirnod achos, hawliad neu gyfrif sy’n gysylltiedig â pherson a enwir neu y gellir ei adnabod (tai, budd-daliadau, cwynion, y dreth gyngor).',
    source: `${UK_GDPR}, Erthyglau 4(1) (dynodwr) a 5(1)(f); ${CONFIDENTIALITY_AND_DATA}`,
    messages: {
      found: {
        message: 'Gallai hwn fod yn gyfeirnod achos neu gyfrif rhywun.',
        explanation:
          'Mae cyfeirnod achos neu gyfrif yn arwain yn syth at ffeil un person (tai, budd-daliadau, cwyn). O’i gyhoeddi gydag enw neu amgylchiadau’r person, mae’n ei adnabod a gall ddatgelu ei sefyllfa. Rhowch y cyfeirnod i swyddogion yn breifat yn lle hynny.',
      },
    },
  },
} satisfies RuleTexts;
