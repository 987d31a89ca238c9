/**
 * Mounts the overlay in a shadow root (WXT's createShadowRootUi: X's CSS cannot reach in, ours
 * cannot leak out) and exposes it as the guard's UI. Rendering is synchronous, so the panel is in
 * the DOM before the click handler that opened it returns.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { GuardUi, PanelView } from '../utils/guard/types';
import type { HintsUi, HintsView } from '../utils/guard/live-hints';
import type { OverlayTranslate } from '../utils/i18n/overlay';
import type { NoticeItem } from './NoticeList';
import { Overlay } from './Overlay';
import { OVERLAY_CSS } from './styles';
import { pageTheme } from './theme';

const NOTICE_MS = 8000;

export async function mountOverlay(ctx: ContentScriptContext, translate: () => OverlayTranslate): Promise<GuardUi & HintsUi & { refresh(): void }> {
  let panel: PanelView | null = null;
  let hints: HintsView | null = null;
  let notices: NoticeItem[] = [];
  let nextId = 1;
  let container: HTMLElement | null = null;

  const ui = await createShadowRootUi(ctx, {
    name: 'councillor-post-check',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: OVERLAY_CSS,
    // Keys typed in the panel must not reach X's keyboard shortcuts.
    isolateEvents: true,
    onMount(uiContainer) {
      container = uiContainer;
      draw();
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();

  function dismiss(id: number) {
    notices = notices.filter((notice) => notice.id !== id);
    draw();
  }

  function draw() {
    if (container) render(<Overlay theme={pageTheme()} panel={panel} notices={notices} t={translate()} onDismiss={dismiss} hints={hints} />, container);
  }

  return {
    showPanel(view) {
      panel = view;
      draw();
    },
    hidePanel() {
      panel = null;
      draw();
    },
    notice(text) {
      const id = nextId++;
      notices = [...notices.slice(-2), { id, text }];
      draw();
      ctx.setTimeout(() => dismiss(id), NOTICE_MS);
    },
    /** Draws again with the current language and page theme (settings changed). */
    refresh: draw,
    showHints(view) {
      hints = view;
      draw();
    },
    contains(event) {
      return event.composedPath().includes(ui.shadowHost);
    },
  };
}
