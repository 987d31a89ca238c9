/**
 * X (x.com, twitter.com): the X adapter wired to the engine and the overlay. Nothing runs at
 * import time; listeners and UI go away when the extension is reloaded or removed.
 */
import { startGuard } from '../utils/guard/start-guard';
import { xAdapter } from '../utils/platforms/x';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  main: (ctx) => startGuard(ctx, xAdapter),
});
