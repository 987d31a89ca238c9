/**
 * X (x.com, twitter.com): wires the X adapter to the engine and the overlay. Nothing runs at
 * import time; listeners and UI go away when the extension is reloaded or removed.
 */
import { mountOverlay } from '../components/mount-overlay';
import { check } from '../utils/engine/engine';
import { createSendGuard } from '../utils/guard/send-guard';
import { xAdapter } from '../utils/platforms/x';
import type { Surface } from '../utils/platforms/types';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  async main(ctx) {
    const ui = await mountOverlay(ctx);
    // The account kind comes from settings in a later issue; until then every account is the councillor's own.
    const checkDraft = (text: string, surface: Surface) => check({ text, platform: 'x', surface, account: 'councillor' });
    const guard = createSendGuard({ adapter: xAdapter, ui, checkDraft: (text, composer) => checkDraft(text, composer.surface) });
    // Capture phase on window: before X's React root sees the click or the key.
    ctx.addEventListener(window, 'click', guard.handle, { capture: true });
    ctx.addEventListener(window, 'keydown', guard.handle, { capture: true });
    // The first check pays for the rules' lazy set-up (lexicons and tries built on first use, ~60 ms
    // measured in Node); pay it while the page is idle, not on Post.
    ctx.requestIdleCallback(() => {
      try {
        checkDraft('Warming up the checks.', 'post');
      } catch {
        // A failing warm-up changes nothing: the real check fails open on its own.
      }
    });
  },
});
