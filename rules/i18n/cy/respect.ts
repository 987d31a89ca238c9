/** Welsh texts for the respect rules (personal attacks, allegations, threats). */
import type { RuleTexts } from '../../../utils/engine/types';
import { LGA_CODE } from './sources';

export const respect = {
  'personal-attack': {
    description:
      'Sarhau a galw enwau wedi’u hanelu at berson y gellir ei adnabod, yn enwedig swyddogion, yn hytrach nag at yr hyn a benderfynwyd ganddynt.',
    source: `${LGA_CODE}, paragraff 1 (parch) a pharagraff 2 (bwlio); Heesom v Public Services Ombudsman for Wales [2014] EWHC 1504 (Admin)`,
    messages: {
      insult: {
        message: 'Gallai pobl ddarllen hyn fel ymosodiad personol.',
        explanation:
          'Mae’r cod ymddygiad yn gofyn i gynghorwyr drin swyddogion, cynghorwyr eraill a’r cyhoedd gyda pharch. Mae beirniadu penderfyniadau a pholisïau’n gadarn yn fynegiant gwleidyddol gwarchodedig; nid yw sarhau’r person, ac ni all swyddogion ateb yn ôl yn gyhoeddus. Beirniadwch y penderfyniad, nid y person.',
      },
    },
  },
  'unfounded-allegation': {
    // The quoted examples are the English wording the rule recognises in a draft.
    description:
      'Honiad o lygredd, trosedd neu ddweud celwydd yn erbyn person y gellir ei adnabod ("Cllr Brown is corrupt", "the chief exec lied").',
    source: `Deddf Difenwi 2013 (Defamation Act 2013), adran 1; ${LGA_CODE}, paragraff 1 (parch) a pharagraff 5 (dwyn anfri)`,
    messages: {
      crime: {
        message: 'Gallai hyn fod yn honiad di-sail o gamwedd.',
        explanation:
          'Mae dweud bod person a enwir neu y gellir ei adnabod yn llwgr neu wedi cyflawni trosedd yn ddifenwol oni bai y gellir ei brofi, a gall ddwyn anfri ar y cyngor. Os oes gennych dystiolaeth, rhowch wybod i’r swyddog monitro neu’r heddlu. Yn gyhoeddus, beirniadwch y penderfyniad a gofynnwch am esboniad.',
      },
      dishonesty: {
        message: 'Gallai hyn gyhuddo person o ddweud celwydd.',
        explanation:
          'Mae galw person y gellir ei adnabod yn gelwyddgi yn ymosod ar onestrwydd y person yn hytrach nag ar yr hyn a ddywedodd, a gall fod yn ddifenwol. Dywedwch beth oedd yn anghywir a pham, a gofynnwch i’r person ei gywiro.',
      },
    },
  },
  threat: {
    description:
      'Bygythiadau a “jôcs” treisgar yn erbyn person neu ei eiddo ("someone should torch his car", "I’d happily punch him").',
    source: `Deddf Cyfathrebiadau Maleisus 1988 (Malicious Communications Act 1988), adran 1; Deddf Diogelwch Ar-lein 2023 (Online Safety Act 2023), adran 181; ${LGA_CODE}, paragraff 2 (bwlio ac aflonyddu)`,
    messages: {
      threat: {
        message: 'Gallai pobl ddarllen hyn fel bygythiad o drais.',
        explanation:
          'Gall dymuno neu fygwth trais yn erbyn person neu ei gartref, hyd yn oed fel jôc, fod yn drosedd (cyfathrebiadau bygythiol) ac yn achos difrifol o dorri’r cod ymddygiad. Tynnwch ef allan.',
      },
    },
  },
} satisfies RuleTexts;
