/** Welsh texts for the discrimination rules; the lexicons' notes and sources are in discrimination-values.ts. */
import { VALUES, type RuleTexts } from '../../../utils/engine/types';
import { DEROGATORY_NOTES, DEROGATORY_SOURCES, GENERALISATION_NOTES } from './discrimination-values';
import { EQUALITY_ACT, LGA_CODE, OFCOM_2021 } from './sources';
import { CHARACTERISTICS } from './values';

const HARASSMENT = `${EQUALITY_ACT}, adran 26 (aflonyddu)`;

const mocking = {
  message: 'Gallai pobl ddarllen hyn fel gwawdio pobl ({characteristic}).',
  explanation: `{note} Hyd yn oed fel jôc, gall fod yn aflonyddu sy’n gysylltiedig â nodwedd warchodedig (${EQUALITY_ACT}, adran 26).`,
};

export const discrimination = {
  'derogatory-term': {
    description: `Sarhad, ymadrodd gwawdlyd neu derm hen ffasiwn am bobl sydd â nodwedd warchodedig (${EQUALITY_ACT}), fel y’i defnyddir yn y DU.`,
    source: `${EQUALITY_ACT}, adrannau 4-12 ac adran 26 (aflonyddu); ${LGA_CODE}, paragraff 2 (bwlio, aflonyddu a gwahaniaethu); ${OFCOM_2021}`,
    messages: {
      slur: {
        message: 'Gallai pobl ddarllen hyn fel sarhad ({characteristic}).',
        explanation: `{note} O’i bostio gan aelod etholedig, gall fod yn aflonyddu (${EQUALITY_ACT}, adran 26) ac yn torri’r Cod Ymddygiad. Ffynhonnell: {source}.`,
      },
      mocking: { ...mocking, explanation: `${mocking.explanation} Ffynhonnell: {source}.` },
      outdated: {
        message: 'Mae’r term hwn yn cael ei ystyried yn hen ffasiwn neu’n sarhaus ({characteristic}).',
        explanation: '{note} Ffynhonnell: {source}.',
      },
      quoted: {
        message: 'Mae dyfynnu’r sarhad hwn yn ei ailadrodd ({characteristic}).',
        // The describing phrase stays English: it is what the user would write in their English draft.
        explanation:
          'Mae’n iawn condemnio camdriniaeth, ond mae cyhoeddi’r gair eto yn ei ledaenu ymhellach. Mae ei ddisgrifio ("a racist slur") neu ei guddio’n rhannol yn cadw’r pwynt. {note} Ffynhonnell: {source}.',
      },
    },
    [VALUES]: { words: { characteristic: CHARACTERISTICS, note: DEROGATORY_NOTES, source: DEROGATORY_SOURCES } },
  },
  'group-generalisation': {
    description: 'Cyffredinoli, trosiad sy’n dad-ddyneiddio neu ystrydeb wawdlyd am bobl sydd â nodwedd warchodedig.',
    source: `${EQUALITY_ACT}, adrannau 4-12 ac adran 26 (aflonyddu); Cod Ymarfer Statudol ar Gyflogaeth y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC Employment Statutory Code of Practice), pennod 7 (aflonyddu); ${LGA_CODE}, paragraff 2 (bwlio, aflonyddu a gwahaniaethu); ${OFCOM_2021}`,
    messages: {
      dehumanising: {
        message: 'Gallai hyn ddad-ddyneiddio grŵp o bobl ({characteristic}).',
        explanation: `{note} Gan aelod etholedig, gall fod yn aflonyddu (${EQUALITY_ACT}, adran 26) a thorri dyletswydd y Cod Ymddygiad i hyrwyddo cydraddoldeb. Does dim angen hyn i feirniadu polisi neu ddigwyddiad penodol.`,
      },
      stereotype: {
        message: 'Gallai hyn stereoteipio grŵp o bobl ({characteristic}).',
        explanation: `{note} Disgrifiwch y mater neu’r digwyddiad penodol yn hytrach na’r grŵp. ${HARASSMENT}; ${LGA_CODE}, paragraff 2.`,
      },
      hostile: {
        message: 'Gallai pobl ddarllen hyn fel rhywbeth gelyniaethus tuag at bobl ({characteristic}).',
        explanation: `{note} Gellir trafod polisi mewnfudo ac integreiddio hebddo. ${HARASSMENT}; ${LGA_CODE}, paragraff 2.`,
      },
      trope: {
        message: 'Gallai pobl ddarllen hyn fel ystrydeb gudd ({characteristic}).',
        explanation: `{note} Pan fydd wrth ymyl cyfeiriad at y grŵp, bydd darllenwyr yn deall ei fod wedi’i anelu atyn nhw. ${HARASSMENT}.`,
      },
      mocking,
    },
    [VALUES]: { words: { characteristic: CHARACTERISTICS, note: GENERALISATION_NOTES } },
  },
} satisfies RuleTexts;
