/**
 * Facebook (www.facebook.com and web.facebook.com, which serves the same app) and Messenger in it
 * (/messages/t/…, /messages/e2ee/t/…): the Facebook adapter wired to the engine and the overlay.
 * messenger.com is not matched yet: Meta has been folding Messenger on the web into
 * facebook.com/messages, and messenger.com's own page has not been replicated and tested here, so
 * matching it would be a claim we cannot back. Nothing runs at import time; listeners and UI go away
 * when the extension is reloaded or removed.
 */
import { startGuard } from '../utils/guard/start-guard';
import { facebookAdapter } from '../utils/platforms/facebook';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  main: (ctx) => startGuard(ctx, facebookAdapter),
});
