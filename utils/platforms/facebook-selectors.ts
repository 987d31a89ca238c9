/**
 * Facebook's markup as data (shared/PLATFORMS.md). Each list is tried in order: the first
 * alternative is what www.facebook.com served in 2025-2026, later ones are fall-backs for older or
 * partial layouts. Facebook has no test ids and generated class names, so structure comes from
 * roles and Lexical's own attributes; which button is which comes from its localised label
 * (facebook-labels.ts).
 */
export const FACEBOOK_SELECTORS = {
  editor: [
    // Every Lexical composer: create post, comments, replies, Messenger.
    'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    // The same editor should Facebook drop the role (Lexical always sets its own attribute).
    '[contenteditable="true"][data-lexical-editor="true"]',
  ],
  /** Any editable box: only to notice a send from a box that has lost Lexical's markers. */
  anyEditable: ['[contenteditable="true"]'],
  // Facebook's controls are div[role="button"]; a few older dialogs still use <button>.
  button: ['[role="button"]', 'button', '[role="menuitem"]'],
  dialog: ['[role="dialog"]'],
  /** A comment or reply composer is wrapped in a form of its own; its submit button sits in it. */
  commentForm: ['form'],
  feedPost: [
    // News feed and profile timeline posts.
    '[role="article"][aria-posinset]',
    // Feed units without a position (groups, a single post's page).
    '[data-pagelet^="FeedUnit"]',
    '[role="article"]',
  ],
  postBody: [
    '[data-ad-rendering-role="story_message"]',
    // Older Comet layouts.
    '[data-ad-comet-preview="message"]',
    '[data-ad-preview="message"]',
  ],
  shareButton: [
    // The attribute sits on the label inside the div[role="button"] (the adapter climbs to the button).
    '[data-ad-rendering-role="share_button"]',
  ],
  /** Inside the left rail (found by its localised label): its first link is the account in use. */
  railLink: ['a[role="link"]', 'a[href]'],
} as const;

/** Messenger inside facebook.com: /messages/t/ID and, for end-to-end encrypted chats, /messages/e2ee/t/ID. */
export const MESSENGER_PATH = /^\/messages\/(?:e2ee\/)?t\/[^/]+/;

/** How many ancestors to climb from a send button to its editor (Facebook nests ~15 deep). */
export const MAX_COMPOSER_DEPTH = 20;
