/**
 * X's markup as data (shared/PLATFORMS.md, shared/LIVE-SITES.md), one table for every X adapter
 * file. Each part lists its alternatives in order, the one live X served in 2025-2026 first, each
 * with the anchor it came from (docs/live-sites.md names the projects and dates). Only data-testid,
 * role, href and Draft.js's own classes are used: labels are localised (the captures in
 * shared/fixtures/x-real are in Traditional Chinese) and X's CSS class names are generated.
 */
import { selectorsOf, type AnchorTable } from './selector-table';

const CPFT = 'Control Panel for Twitter script.js, 2026-05-08/08-17';
const TWI_EXT = 'twi-ext src/ts/constants.ts, 2026-08-14';
const X_REAL = 'shared/fixtures/x-real captures (postnote), 2026';

export const X_ANCHORS = {
  editor: [
    // The Draft.js contenteditable carries the test id itself: tweetTextarea_0, _1… in threads.
    { css: '[data-testid^="tweetTextarea_"][contenteditable="true"]', source: 'XActions PR #25, 2026-04; tang-vu DOM_SELECTORS.md, 2026-02-27' },
    // Narrow, touch and mobile layouts, and X Pro: a plain <textarea> carrying the test id…
    { css: 'textarea[data-testid^="tweetTextarea_"]', source: TWI_EXT },
    // …or inside a wrapper that carries it (CPFT's mobile compose page).
    { css: '[data-testid^="tweetTextarea_"] textarea', source: `${CPFT} (tweakMobileComposeTweetPage)` },
    // Older layouts put the test id on a wrapper around the contenteditable.
    { css: '[data-testid^="tweetTextarea_"] [contenteditable="true"]', source: 'PLATFORMS.md (older layouts)' },
    // Draft.js's own class names, should the test ids be dropped.
    { css: '.DraftEditor-root [contenteditable="true"][role="textbox"]', source: `${CPFT} (.DraftEditor-root in the compose modal)` },
  ],
  sendButton: [
    // Home timeline box, and the reply box under a post.
    { css: '[data-testid="tweetButtonInline"]', source: `${CPFT}; tang-vu 1.3, 2026-02-27` },
    // Modal composer (side nav Post, /compose/post), quote composer, a thread's "Post all", X Pro.
    { css: '[data-testid="tweetButton"]', source: `${CPFT}; OpenCLI twitter/post.ts, 2026` },
  ],
  dm: {
    editor: [
      // /i/chat/… (2025-): a plain <textarea>.
      { css: 'textarea[data-testid="dm-composer-textarea"]', source: 'X Chat scripts, 2026 (LIVE-SITES.md ids 62138858546, 67493348205)' },
      // Older /messages pages: a Draft.js editor carrying the test id itself…
      { css: '[data-testid="dmComposerTextInput"][contenteditable="true"]', source: 'PLATFORMS.md (legacy /messages)' },
      // …or on a wrapper around it.
      { css: '[data-testid="dmComposerTextInput"] [contenteditable="true"]', source: 'PLATFORMS.md (legacy /messages)' },
    ],
    sendButton: [
      { css: '[data-testid="dm-composer-send-button"]', source: 'X Chat scripts, 2026 (LIVE-SITES.md)' },
      { css: '[data-testid="dmComposerSendButton"]', source: 'PLATFORMS.md (legacy /messages)' },
    ],
  },
  // Anything a person can type into: an editor our lists missed is still recognised as one, so a
  // send from it fails open with a notice instead of silently.
  anyEditable: [
    { css: 'textarea', source: 'HTML' },
    { css: '[contenteditable="true"]', source: 'HTML' },
    { css: '[contenteditable="plaintext-only"]', source: 'HTML' },
  ],
  account: {
    // The account menu at the foot of the side bar: "Name @handle".
    switcher: [{ css: '[data-testid="SideNav_AccountSwitcher_Button"]', source: CPFT }],
    // The avatar inside that menu is named after the handle (UserAvatar-Container-<handle>).
    switcherAvatar: [{ css: '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]', source: `${X_REAL} (on post authors only)` }],
    // The side nav's Profile link points at /<handle>.
    profileLink: [{ css: 'a[data-testid="AppTabBar_Profile_Link"][href]', source: 'XActions selector doc, Feb 2026; Pluk 2026' }],
  },
  // A composer never reaches past its dialog: the modal lives in #layers, over the home box.
  dialog: [
    { css: '[role="dialog"][aria-modal="true"]', source: 'Pluk 2026' },
    { css: '[role="dialog"]', source: 'PLATFORMS.md' },
  ],
  post: {
    article: [{ css: 'article[data-testid="tweet"]', source: `${X_REAL}; ${CPFT}` }],
    text: [{ css: '[data-testid="tweetText"]', source: X_REAL }],
    // A quoted post is a div[role="link"] inside the quoting article (and inside the quote composer).
    quotedPost: [{ css: 'div[role="link"]', source: X_REAL }],
    showMore: [{ css: '[data-testid="tweet-text-show-more-link"]', source: X_REAL }],
  },
  repost: {
    // The Repost button in a post's action bar opens the menu (in #layers, outside the article);
    // on a post already reposted it is `unretweet`, whose menu also has Quote.
    button: [
      { css: '[data-testid="retweet"]', source: X_REAL },
      { css: '[data-testid="unretweet"]', source: `${TWI_EXT}; Pluk 2026` },
    ],
    // The menu's "Repost" item: publishes at once.
    confirm: [
      { css: '[data-testid="retweetConfirm"]', source: 'most X scripts, 2024-2026' },
      { css: '[data-testid="repostConfirm"]', source: `${CPFT} (since 2023-08)` },
    ],
    // The menu's "Quote" item opens the quote composer.
    quote: [
      { css: 'a[role="menuitem"][href="/compose/post"]', source: `${TWI_EXT}; tang-vu 2026-02-27` },
      { css: '[role="menuitem"][href*="/compose/post"]', source: 'replica (X Pro and narrow layouts)' },
    ],
  },
  // Controls that open a fresh composer: whatever Quote was chosen before no longer applies.
  composeOpeners: [
    { css: '[data-testid="SideNav_NewTweet_Button"]', source: CPFT },
    { css: '[data-testid="reply"]', source: X_REAL },
    // The narrow layout's floating compose button.
    { css: '[data-testid="FloatingActionButtons_Tweet_Button"]', source: CPFT },
  ],
} as const satisfies AnchorTable;

export const X_SELECTORS = {
  ...selectorsOf(X_ANCHORS),
  // A post page's own path: a box under the post there is a reply to it.
  statusPath: /^\/[^/]+\/status\/\d+/,
};

/** Which box of a composer an element is: N of its tweetTextarea_N test id (a thread's first box is 0). */
export const BOX_TEST_ID = /^tweetTextarea_(\d+)$/;

/** How many ancestors to climb from a send button to find its editor (X nests ~12 deep). */
export const MAX_COMPOSER_DEPTH = 25;
