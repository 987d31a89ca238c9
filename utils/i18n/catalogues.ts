/**
 * Every message catalogue, by locale and area. A new area is one English file, one Welsh file
 * typed against it (the compiler rejects a missing or extra key), and one line in each map here
 * (or in ./overlay.ts, for an area a content script shows).
 */
import { background as cyBackground } from './messages/cy/background';
import { options as cyOptions } from './messages/cy/options';
import { popup as cyPopup } from './messages/cy/popup';
import { ruleNames as cyRuleNames } from './messages/cy/rule-names';
import { welcome as cyWelcome } from './messages/cy/welcome';
import { background as enBackground } from './messages/en-GB/background';
import { options as enOptions } from './messages/en-GB/options';
import { popup as enPopup } from './messages/en-GB/popup';
import { ruleNames as enRuleNames } from './messages/en-GB/rule-names';
import { welcome as enWelcome } from './messages/en-GB/welcome';
import type { Locale } from './locale';
import { OVERLAY_ENGLISH, OVERLAY_WELSH } from './overlay';
import type { Area, KeysOf } from './translate';

export const ENGLISH = {
  ...OVERLAY_ENGLISH,
  background: enBackground,
  options: enOptions,
  popup: enPopup,
  ruleNames: enRuleNames,
  welcome: enWelcome,
} as const;

type Catalogue = { readonly [A in keyof typeof ENGLISH]: Area };

export const CATALOGUES: Record<Locale, Catalogue> = {
  'en-GB': ENGLISH,
  cy: {
    ...OVERLAY_WELSH,
    background: cyBackground,
    options: cyOptions,
    popup: cyPopup,
    ruleNames: cyRuleNames,
    welcome: cyWelcome,
  },
};

export type MessageKey = KeysOf<typeof ENGLISH>;
