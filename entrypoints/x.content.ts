/**
 * X (x.com, twitter.com, their mobile hosts, and X Pro at pro.x.com, where comms teams post from
 * columns): the X adapter wired to the engine and the overlay. Control Panel for Twitter matches
 * the mobile hosts; twi-ext treats pro.x.com / pro.twitter.com as X composer hosts
 * (docs/live-sites.md). Nothing runs at import time; listeners and UI go away when the extension
 * is reloaded or removed.
 */
import { startGuard } from '../utils/guard/start-guard';
import { xAdapter } from '../utils/platforms/x';

export default defineContentScript({
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://mobile.x.com/*',
    'https://mobile.twitter.com/*',
    'https://pro.x.com/*',
    'https://pro.twitter.com/*',
  ],
  main: (ctx) => startGuard(ctx, xAdapter),
});
