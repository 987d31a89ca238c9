import type { Translation } from '../../translate';
import type { welcome as english } from '../en-GB/welcome';

export const welcome: Translation<typeof english> = {
  title: 'Croeso i Wiriwr Negeseuon Cynghorwyr',
  lead: 'Cyn i neges, ateb neu neges uniongyrchol fynd allan ar X neu Facebook, mae hwn yn ei gwirio am y camgymeriadau sydd y tu ôl i’r rhan fwyaf o gwynion: manylion personol preswylydd, busnes cyfrinachol y cyngor, aelod pwyllgor yn addo pleidlais, cyfrif y cyngor yn rhannu gwleidyddiaeth plaid. Os daw o hyd i un, mae’n dangos beth, ble a pham, a geiriad mwy diogel. Chi sy’n penderfynu bob tro.',
  'setup.title': 'Gosod mewn dau funud',
  'setup.body': 'Dywedwch pwy ydych chi, pa gyfrifon rydych chi’n postio ohonynt (mae @enw neu gyfeiriad tudalen yn iawn), a’ch pwyllgorau. Gallwch newid popeth yn nes ymlaen.',
  'setup.start': 'Dechrau gosod',
  'never.title': 'Beth na fydd byth yn ei wneud',
  'never.send': 'Nid yw byth yn anfon eich drafftiau, canfyddiadau na gosodiadau i unman: mae’r holl wirio’n digwydd yn y porwr hwn.',
  'never.block': 'Nid yw byth yn eich atal rhag postio: gallwch bostio beth bynnag bob tro.',
  'never.track': 'Dim cyfrif, dim tracio, dim dadansoddeg.',
  'pin.title': 'Dewch o hyd iddo yn y bar offer',
  'pin.body': 'Piniwch y swigen siarad gyda thic i weld a yw tab yn cael ei wirio, i oedi gwirio, neu i wirio unrhyw destun.',
};
