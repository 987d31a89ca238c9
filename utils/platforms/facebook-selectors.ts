/**
 * Facebook's markup as data (shared/PLATFORMS.md, shared/LIVE-SITES.md), one table for every
 * Facebook adapter file. Each part lists its alternatives in order, the one www.facebook.com served
 * in 2025-2026 first, each with the anchor it came from (docs/live-sites.md names the projects and
 * dates). Facebook has no test ids and generated class names, so structure comes from roles,
 * Lexical's own attributes and the few stable ids; which button is which comes from its localised
 * label (facebook-labels.ts), compared normalised.
 */
import { selectorsOf, type AnchorTable } from './selector-table';

const CLEAN_MY_FEEDS = 'facebook-clean-my-feeds src/selectors, 2026-07-05';
const FB_BOTS = 'FB automation scripts 2025-26 (LIVE-SITES.md ids)';

export const FACEBOOK_ANCHORS = {
  editor: [
    // Every Lexical composer: create post, comments, replies, Messenger.
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', source: `tang-vu DOM_SELECTORS.md, 2026-02-27; ${FB_BOTS}` },
    // The same editor should Facebook drop the role (Lexical always sets its own attribute).
    { css: '[contenteditable="true"][data-lexical-editor="true"]', source: 'Lexical packages/lexical, 2026-08-21' },
  ],
  /** Any editable box: only to notice a send from a box that has lost Lexical's markers. */
  anyEditable: [{ css: '[contenteditable="true"]', source: 'HTML' }],
  // Facebook's controls are div[role="button"]; a few older dialogs still use <button>.
  button: [
    { css: '[role="button"]', source: FB_BOTS },
    { css: 'button', source: 'HTML' },
    { css: '[role="menuitem"]', source: 'replica (menus)' },
  ],
  dialog: [{ css: '[role="dialog"]', source: FB_BOTS }],
  /** A comment or reply composer is wrapped in a form of its own; its submit button sits in it. */
  commentForm: [{ css: 'form', source: 'LIVE-SITES.md id 6879491642 (form[role=presentation])' }],
  /** The comment and reply arrow by its language-independent id, before any label is read. */
  commentSubmit: [
    { css: '#focused-state-composer-submit [role="button"]', source: `${FB_BOTS}: 9892028380, 4896487618, 69853538690` },
    { css: '#focused-state-composer-submit', source: `${FB_BOTS}: 48003568554, 46262493315` },
  ],
  feedPost: [
    // News feed and profile timeline posts.
    { css: '[role="article"][aria-posinset]', source: CLEAN_MY_FEEDS },
    // Feed units without a position (groups, a single post's page).
    { css: '[data-pagelet^="FeedUnit"]', source: CLEAN_MY_FEEDS },
    { css: '[role="article"]', source: CLEAN_MY_FEEDS },
    // Posts with a position but no role, and bare feed children (newer layouts).
    { css: '[aria-posinset]', source: CLEAN_MY_FEEDS },
    { css: '[role="feed"] > div', source: '2026 feed scrapers (LIVE-SITES.md 2a)' },
  ],
  postBody: [
    { css: '[data-ad-rendering-role="story_message"]', source: `${FB_BOTS}: 56128801067, 68310796427` },
    // Older Comet layouts.
    { css: '[data-ad-comet-preview="message"]', source: 'PLATFORMS.md (older Comet layouts)' },
    { css: '[data-ad-preview="message"]', source: 'PLATFORMS.md (older Comet layouts)' },
  ],
  shareButton: [
    // The attribute sits on the label inside the div[role="button"] (the adapter climbs to the button).
    { css: '[data-ad-rendering-role="share_button"]', source: `${FB_BOTS}: 35451372752, 66031482122` },
    { css: '[data-ad-renderingrole="share_button"]', source: `${FB_BOTS}: 60363906628` },
  ],
  /** Inside the left rail (found by its localised label): its first link is the account in use. */
  railLink: [
    { css: 'a[role="link"]', source: `${FB_BOTS}: 26238659883` },
    { css: 'a[href]', source: 'HTML' },
  ],
} as const satisfies AnchorTable;

export const FACEBOOK_SELECTORS = selectorsOf(FACEBOOK_ANCHORS);

/** Messenger inside facebook.com: /messages/t/ID and, for end-to-end encrypted chats, /messages/e2ee/t/ID. */
export const MESSENGER_PATH = /^\/messages\/(?:e2ee\/)?t\/[^/]+/;

/** How many ancestors to climb from a send button to its editor (Facebook nests ~15 deep). */
export const MAX_COMPOSER_DEPTH = 20;
