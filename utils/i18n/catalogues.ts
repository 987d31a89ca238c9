/**
 * Every message catalogue, by locale and area. A new area is one English file, one Welsh file
 * typed against it (the compiler rejects a missing or extra key), and one line in each map here.
 */
import { background as cyBackground } from './messages/cy/background';
import { common as cyCommon } from './messages/cy/common';
import { hints as cyHints } from './messages/cy/hints';
import { options as cyOptions } from './messages/cy/options';
import { panel as cyPanel } from './messages/cy/panel';
import { popup as cyPopup } from './messages/cy/popup';
import { ruleNames as cyRuleNames } from './messages/cy/rule-names';
import { welcome as cyWelcome } from './messages/cy/welcome';
import { background as enBackground } from './messages/en-GB/background';
import { common as enCommon } from './messages/en-GB/common';
import { hints as enHints } from './messages/en-GB/hints';
import { options as enOptions } from './messages/en-GB/options';
import { panel as enPanel } from './messages/en-GB/panel';
import { popup as enPopup } from './messages/en-GB/popup';
import { ruleNames as enRuleNames } from './messages/en-GB/rule-names';
import { welcome as enWelcome } from './messages/en-GB/welcome';
import type { Locale } from './locale';
import type { Area } from './translate';

export const ENGLISH = {
  background: enBackground,
  common: enCommon,
  hints: enHints,
  options: enOptions,
  panel: enPanel,
  popup: enPopup,
  ruleNames: enRuleNames,
  welcome: enWelcome,
} as const;

type Catalogue = { readonly [A in keyof typeof ENGLISH]: Area };

export const CATALOGUES: Record<Locale, Catalogue> = {
  'en-GB': ENGLISH,
  cy: {
    background: cyBackground,
    common: cyCommon,
    hints: cyHints,
    options: cyOptions,
    panel: cyPanel,
    popup: cyPopup,
    ruleNames: cyRuleNames,
    welcome: cyWelcome,
  },
};

export type MessageKey = {
  [A in keyof typeof ENGLISH]: `${A & string}.${keyof (typeof ENGLISH)[A] & string}`;
}[keyof typeof ENGLISH];
