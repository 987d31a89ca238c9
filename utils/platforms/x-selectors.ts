/**
 * X's markup as data (shared/PLATFORMS.md). Each list is tried in order; the first alternative is
 * what x.com served in 2025-2026, later ones are fall-backs for known older or partial layouts.
 * Only data-testid, role, href and Draft.js's own classes are used: labels are localised (the
 * captures in shared/fixtures/x-real are in Traditional Chinese) and X's CSS class names are generated.
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
    // Modal composer (sidebar Post button, /compose/post), quote composer, a thread's "Post all".
    '[data-testid="tweetButton"]',
  ],
  dm: {
    editor: [
      // /i/chat/… (2025-): a plain <textarea>.
      'textarea[data-testid="dm-composer-textarea"]',
      // Older /messages pages: a Draft.js editor carrying the test id itself…
      '[data-testid="dmComposerTextInput"][contenteditable="true"]',
      // …or on a wrapper around it.
      '[data-testid="dmComposerTextInput"] [contenteditable="true"]',
    ],
    sendButton: [
      // /i/chat/…
      '[data-testid="dm-composer-send-button"]',
      // Older /messages pages.
      '[data-testid="dmComposerSendButton"]',
    ],
  },
  // Anything a person can type into: an editor our lists missed is still recognised as one, so a
  // send from it fails open with a notice instead of silently.
  anyEditable: ['textarea', '[contenteditable="true"]', '[contenteditable="plaintext-only"]'],
  account: {
    // The account menu at the foot of the side bar: "Name @handle".
    switcher: ['[data-testid="SideNav_AccountSwitcher_Button"]'],
    // The avatar inside that menu is named after the handle (UserAvatar-Container-<handle>, as in the x-real captures).
    switcherAvatar: ['[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]'],
    // The side nav's Profile link points at /<handle>.
    profileLink: ['a[data-testid="AppTabBar_Profile_Link"][href]'],
  },
  // A composer never reaches past its dialog: the modal lives in #layers, over the home box.
  dialog: ['[role="dialog"][aria-modal="true"]', '[role="dialog"]'],
  post: {
    article: ['article[data-testid="tweet"]'],
    text: ['[data-testid="tweetText"]'],
    // A quoted post is a div[role="link"] inside the quoting article (and inside the quote composer).
    quotedPost: ['div[role="link"]'],
    showMore: ['[data-testid="tweet-text-show-more-link"]'],
  },
  // A post page's own path: a box under the post there is a reply to it.
  statusPath: /^\/[^/]+\/status\/\d+/,
  repost: {
    // The Repost button in a post's action bar: opens the menu (in #layers, outside the article).
    button: ['[data-testid="retweet"]'],
    // The menu's "Repost" item: publishes at once.
    confirm: ['[data-testid="retweetConfirm"]'],
    // The menu's "Quote" item opens the quote composer.
    quote: ['a[role="menuitem"][href="/compose/post"]', '[role="menuitem"][href*="/compose/post"]'],
  },
  // Controls that open a fresh composer: whatever Quote was chosen before no longer applies.
  composeOpeners: ['[data-testid="SideNav_NewTweet_Button"]', '[data-testid="reply"]'],
} as const;

/** How many ancestors to climb from a send button to find its editor (X nests ~12 deep). */
export const MAX_COMPOSER_DEPTH = 25;
