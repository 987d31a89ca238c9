/**
 * The areas a content script shows (the panel, the live hint, the shared words), on their own:
 * a content script loads into every X and Facebook tab, so it carries these and not the options,
 * popup, welcome and background catalogues, which only the extension's own pages need.
 * `tests/unit/build-config.test.ts` checks the built content scripts leave those out.
 */
import { common as cyCommon } from './messages/cy/common';
import { hints as cyHints } from './messages/cy/hints';
import { panel as cyPanel } from './messages/cy/panel';
import { common as enCommon } from './messages/en-GB/common';
import { hints as enHints } from './messages/en-GB/hints';
import { panel as enPanel } from './messages/en-GB/panel';
import type { Locale } from './locale';
import { translator, type Area, type KeysOf, type Params } from './translate';

export const OVERLAY_ENGLISH = { common: enCommon, hints: enHints, panel: enPanel } as const;
export const OVERLAY_WELSH: { readonly [A in keyof typeof OVERLAY_ENGLISH]: Area } = { common: cyCommon, hints: cyHints, panel: cyPanel };

export type OverlayKey = KeysOf<typeof OVERLAY_ENGLISH>;
/** What the panel and hint components take; the full translator of the extension's pages is one too. */
export type OverlayTranslate = (key: OverlayKey, params?: Params) => string;

const OVERLAY_CATALOGUES = { 'en-GB': OVERLAY_ENGLISH, cy: OVERLAY_WELSH } satisfies Record<Locale, Readonly<Record<string, Area>>>;

export const createOverlayTranslator = (locale: Locale): OverlayTranslate => translator<OverlayKey>(OVERLAY_CATALOGUES, locale);
