import type { Translation } from '../../translate';
import type { panel as english } from '../en-GB/panel';

export const panel: Translation<typeof english> = {
  title: 'Gwiriwch y neges hon cyn iddi fynd allan',
  summary: {
    zero: 'Does dim byd yn y drafft hwn sydd angen ei newid.',
    one: 'Mae un peth yn y drafft hwn a allai fod angen ei newid. Chi sy’n penderfynu: ei olygu, derbyn awgrym, neu ei bostio fel y mae.',
    two: 'Mae dau beth yn y drafft hwn a allai fod angen eu newid. Chi sy’n penderfynu: ei olygu, derbyn awgrym, neu ei bostio fel y mae.',
    few: 'Mae {count} peth yn y drafft hwn a allai fod angen eu newid. Chi sy’n penderfynu: ei olygu, derbyn awgrym, neu ei bostio fel y mae.',
    many: 'Mae {count} peth yn y drafft hwn a allai fod angen eu newid. Chi sy’n penderfynu: ei olygu, derbyn awgrym, neu ei bostio fel y mae.',
    other: 'Mae {count} peth yn y drafft hwn a allai fod angen eu newid. Chi sy’n penderfynu: ei olygu, derbyn awgrym, neu ei bostio fel y mae.',
  },
  edit: 'Golygu',
  postAnyway: 'Postio beth bynnag',
  findingsLabel: 'Beth a ganfuwyd',
  inYourPost: 'Yn eich neges',
  inQuotedPost: 'Yn y neges arall (yr un rydych chi’n ymateb iddi, yn ei dyfynnu neu’n ei rhannu)',
  source: 'Ffynhonnell: {source}',
  suggestionsLabel: 'Awgrymiadau',
  remove: 'Ei dynnu allan',
  replaceWith: 'Rhoi “{replacement}” yn ei le',
  applied: 'Awgrym wedi’i dderbyn.',
  applyFailedUnchanged: 'Nid oedd modd derbyn yr awgrym: {reason} Mae eich testun heb ei newid.',
  applyFailedChanged: 'Nid oedd modd derbyn yr awgrym: {reason} Gwiriwch y testun yn y golygydd cyn postio.',
  box: 'Neges {box} o {boxes}',
  sharedTruncated: 'Mae’r neges arall (yr un rydych chi’n ymateb iddi, yn ei dyfynnu neu’n ei rhannu) wedi’i thorri’n fyr ar y dudalen («Dangos mwy»): dim ond y rhan a ddangosir a wiriwyd.',
  policyLink: 'Polisi cyfryngau cymdeithasol eich cyngor',
  muteFinding: 'Peidiwch â’m rhybuddio am hyn eto',
  muteRule: 'Diffodd y gwiriad hwn',
  mutedFinding: 'Ni fyddwch yn cael rhybudd am hyn eto. Gallwch ddadwneud hyn ar y dudalen opsiynau.',
  mutedRule: 'Mae’r gwiriad hwn wedi’i ddiffodd. Gallwch ei droi ymlaen eto ar y dudalen opsiynau.',
  muteFailed: 'Nid oedd modd cadw eich dewis ({error}). Ni newidiodd dim byd arall.',
  reasonLabel: 'Pam rydych chi’n postio beth bynnag? (dewisol; yn cael ei gadw ar y ddyfais hon yn unig, yn eich cofnod penderfyniadau)',
  'notice.noPost':
    'Nid oedd Gwiriwr Negeseuon Cynghorwyr yn gallu darllen y neges rydych chi’n ei rhannu (efallai bod y wefan wedi newid ei chynllun), felly aeth drwodd heb ei gwirio.',
  'notice.logFailed': 'Nid oedd modd ychwanegu eich penderfyniad at y cofnod penderfyniadau ({error}). Aeth y neges allan.',
  'notice.muted': 'Dim byd arall i’w wirio: pwyswch Postio pan fyddwch yn barod.',
  'notice.noDraft':
    'Nid oedd Gwiriwr Negeseuon Cynghorwyr yn gallu dod o hyd i destun y neges hon ar y dudalen (efallai bod y wefan wedi newid ei chynllun), felly aeth drwodd heb ei gwirio.',
  'notice.noSendButton':
    'Nid oedd Gwiriwr Negeseuon Cynghorwyr yn gallu dod o hyd i’r botwm Postio ar gyfer y blwch hwn, felly aeth y neges drwodd heb ei gwirio.',
  'notice.checkFailed': 'Cafodd Gwiriwr Negeseuon Cynghorwyr broblem a gadawodd y neges drwodd heb ei gwirio ({error}).',
  'notice.someRulesFailed': {
    zero: 'Rhedodd pob gwiriad ar y neges hon.',
    one: 'Nid oedd modd rhedeg un gwiriad ar y neges hon; rhedodd y lleill.',
    two: 'Nid oedd modd rhedeg dau wiriad ar y neges hon; rhedodd y lleill.',
    few: 'Nid oedd modd rhedeg {count} gwiriad ar y neges hon; rhedodd y lleill.',
    many: 'Nid oedd modd rhedeg {count} gwiriad ar y neges hon; rhedodd y lleill.',
    other: 'Nid oedd modd rhedeg {count} gwiriad ar y neges hon; rhedodd y lleill.',
  },
  'notice.applied': 'Awgrym wedi’i dderbyn. Dim byd arall i’w wirio: pwyswch Postio pan fyddwch yn barod.',
  'notice.dismiss': 'Cau',
};
