/**
 * X's markup as data (shared/PLATFORMS.md). Each list is tried in order; the first alternative is
 * what x.com served in 2025-2026, later ones are fall-backs for known older or partial layouts.
 * Only data-testid, role and Draft.js's own classes are used: labels are localised (the captures
 * in shared/fixtures/x-real are in Traditional Chinese) and X's CSS class names are generated.
 */
export const X_SELECTORS = {
  editor: [
    // The Draft.js contenteditable carries the test id itself: tweetTextarea_0, _1… in threads.
    '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    // Older layouts put the test id on a wrapper around the contenteditable.
    '[data-testid^="tweetTextarea_"] [contenteditable="true"]',
    // Draft.js's own class names, should the test ids be dropped.
    '.DraftEditor-root [contenteditable="true"][role="textbox"]',
  ],
  sendButton: [
    // Home timeline box, and the reply box under a post.
    '[data-testid="tweetButtonInline"]',
    // Modal composer (sidebar Post button, /compose/post), quote composer.
    '[data-testid="tweetButton"]',
  ],
  // The account menu at the foot of the side bar: "Name @handle".
  accountSwitcher: ['[data-testid="SideNav_AccountSwitcher_Button"]'],
  // A composer never reaches past its dialog: the modal lives in #layers, over the home box.
  dialog: ['[role="dialog"][aria-modal="true"]', '[role="dialog"]'],
  post: {
    article: ['article[data-testid="tweet"]'],
    text: ['[data-testid="tweetText"]'],
    // A quoted post is a div[role="link"] inside the quoting article.
    quotedPost: ['div[role="link"]'],
    showMore: ['[data-testid="tweet-text-show-more-link"]'],
  },
} as const;

/** How many ancestors to climb from a send button to find its editor (X nests ~12 deep). */
export const MAX_COMPOSER_DEPTH = 25;
