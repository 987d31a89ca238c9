/**
 * The Welsh for every replacement a rule offers, by rule: the English words the rule writes → the
 * Welsh. Words a suggestion takes from the draft itself (a street name, a name) stay as written.
 * tests/unit/i18n-replacements.test.ts fails when a Welsh panel would show one of these in English.
 * derogatory-term's respectful alternatives are in ./discrimination-alternatives.ts.
 */
import { OPEN_MIND_WORDING } from '../../data/predetermination';
import { DEROGATORY_ALTERNATIVES } from './discrimination-alternatives';

const PRIVATELY = { 'please contact me privately for details': 'cysylltwch â mi’n breifat am fanylion' };
/** The "please call me" message both DM rules offer (dm-sensitive-details' callMeMessage). */
const CALL_ME = {
  'I have an update on your case; please give me a call when you can.': 'Mae gen i newyddion am eich achos; rhowch alwad i mi pan fydd cyfle.',
  'I have an update on your case; please call me on ': 'Mae gen i newyddion am eich achos; ffoniwch fi ar ',
  'I have an update on your case; please get in touch at ': 'Mae gen i newyddion am eich achos; cysylltwch â mi yn ',
  ' and I will call you.': ' a byddaf yn eich ffonio.',
};

export const CY_REPLACEMENTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'ni-number': { '[NI number removed]': '[rhif YG wedi’i ddileu]' },
  'nhs-number': { '[NHS number removed]': '[rhif GIG wedi’i ddileu]' },
  'phone-number': { '[phone number removed]': '[rhif ffôn wedi’i ddileu]', ...PRIVATELY },
  'email-address': { '[email address removed]': '[cyfeiriad e-bost wedi’i ddileu]', ...PRIVATELY },
  'case-reference': { '[reference removed]': '[cyfeirnod wedi’i ddileu]', ...PRIVATELY },
  'date-of-birth': { '[date of birth removed]': '[dyddiad geni wedi’i ddileu]' },
  'vehicle-registration': { '[registration removed]': '[rhif cofrestru wedi’i ddileu]', 'a vehicle': 'cerbyd' },
  'home-address': { 'the street': 'y stryd' },
  'named-resident': { 'A resident': 'Preswylydd', 'a resident': 'preswylydd' },
  'dm-sensitive-details': CALL_ME,
  'model-special-category': CALL_ME,
  predetermination: { [OPEN_MIND_WORDING]: 'Byddaf yn gwrando ar yr holl dystiolaeth yn y pwyllgor cyn penderfynu' },
  'personal-attack': {
    'is wrong about this': 'yn anghywir am hyn',
    'are wrong about this': 'yn anghywir am hyn',
    'was wrong about this': 'yn anghywir am hyn',
    'wrong about this': 'yn anghywir am hyn',
    'got this wrong': 'wedi gwneud camgymeriad yma',
  },
  'unfounded-allegation': { 'should explain this decision': 'ddylai egluro’r penderfyniad hwn' },
  political: {
    'Post this in the council\u2019s own name instead of reposting': 'Postiwch hyn yn enw’r cyngor ei hun yn lle ei ail-bostio',
    'Post this in the council\u2019s own name instead of quoting': 'Postiwch hyn yn enw’r cyngor ei hun yn lle ei ddyfynnu',
    'The council has ': 'Mae’r cyngor wedi ',
    'the council has ': 'mae’r cyngor wedi ',
    'The council\u2019s': 'Y cyngor',
    'the council\u2019s': 'y cyngor',
    'The council': 'Y cyngor',
    'the council': 'y cyngor',
  },
  imprint: { 'Promoted by ': 'Hyrwyddwyd gan ', '[your address]': '[eich cyfeiriad]' },
  'derogatory-term': DEROGATORY_ALTERNATIVES,
};
