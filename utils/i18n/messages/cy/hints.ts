import type { Translation } from '../../translate';
import type { hints as english } from '../en-GB/hints';

export const hints: Translation<typeof english> = {
  lang: 'cy',
  indicator: {
    zero: 'Dim byd i edrych arno yn y drafft hwn.',
    one: '{count} peth i edrych arno yn y drafft hwn (difrifoldeb uchaf: {severity}). Ei ddangos',
    two: '{count} beth i edrych arnyn nhw yn y drafft hwn (difrifoldeb uchaf: {severity}). Eu dangos',
    few: '{count} pheth i edrych arnyn nhw yn y drafft hwn (difrifoldeb uchaf: {severity}). Eu dangos',
    many: '{count} pheth i edrych arnyn nhw yn y drafft hwn (difrifoldeb uchaf: {severity}). Eu dangos',
    other: '{count} peth i edrych arnyn nhw yn y drafft hwn (difrifoldeb uchaf: {severity}). Eu dangos',
  },
  welshBadge: 'CY',
  welshIndicator: 'Mae’r drafft hwn yn edrych fel Cymraeg: cafodd y manylion adnabod eu gwirio, ond nid y geiriad. Dangos rhagor',
  listTitle: 'Wedi’u canfod hyd yma yn y drafft hwn',
  listNote: 'Dim ond canfyddiadau uchel a chanolig sy’n atal neges; rhybudd yn unig yw’r rhai isel.',
  close: 'Cau',
  'notice.reloaded':
    'Cafodd Gwiriwr Negeseuon Cynghorwyr ei ddiweddaru neu ei ailgychwyn, felly nid yw’r dudalen hon yn cael ei gwirio mwyach: ail-lwythwch y dudalen i droi’r gwiriadau yn ôl ymlaen. Aeth eich neges drwodd heb ei gwirio.',
};
