import type { Translation } from '../../translate';
import type { common as english } from '../en-GB/common';

export const common: Translation<typeof english> = {
  productName: 'Gwiriwr Negeseuon Cynghorwyr',
  privacy: 'Gwiriwyd ar y ddyfais hon. Ni anfonwyd dim i unman.',
  settingsUnreadable: 'Nid oedd modd darllen eich gosodiadau a gadwyd ({error}); mae’r gosodiadau diofyn yn cael eu defnyddio nes i chi gadw neu fewnforio gosodiadau.',
  'category.personal-data': 'Data personol',
  'category.special-category': 'Gwybodaeth bersonol sensitif',
  'category.confidential': 'Busnes cyfrinachol',
  'category.predetermination': 'Rhagderfynu',
  'category.discrimination': 'Gwahaniaethu',
  'category.respect': 'Parch',
  'category.political': 'Cynnwys gwleidyddol',
  'category.imprint': 'Argraffnod etholiad',
  'category.meeting': 'Postio yn ystod cyfarfod',
  'severity.high': 'Uchel',
  'severity.medium': 'Canolig',
  'severity.low': 'Isel',
};
