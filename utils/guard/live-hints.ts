/**
 * Live hints while typing: which editor is active (focusin), when to check it (~400 ms after the
 * last edit, then when the page is idle), and where its findings are on screen. The typing path
 * only notes the time: the check, the layout reads and the drawing all happen later, off it.
 * Nothing here touches the editor's DOM; highlights are rectangles handed to the overlay.
 * Platform- and UI-agnostic: tests drive it in happy-dom with a fake host and UI.
 */
import { SEVERITIES, type Finding, type Severity } from '../engine/types';
import type { Composer, PlatformAdapter } from '../platforms/types';
import { isWelsh } from '../text/welsh';

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Highlight {
  severity: Severity;
  rects: Rect[];
}

export interface HintsView {
  /** Changes when another editor becomes active, so per-editor UI state (an open list) resets. */
  editorKey: number;
  /** Every finding, low included, in the engine's order. */
  findings: Finding[];
  /** The draft the findings' offsets point into. */
  text: string;
  top: Severity;
  /** The draft looks like Welsh: shown even with no finding, since its wording went unchecked. */
  welsh: boolean;
  /** The editor's box, in viewport coordinates. */
  anchor: Rect;
  /** Empty while the person types: the offsets are stale until the next check. */
  highlights: Highlight[];
}

export interface HintsUi {
  showHints(view: HintsView | null): void;
  /** Whether an event happened inside the extension's own UI (focus there keeps the hints). */
  contains(event: Event): boolean;
}

/** What the content script context provides; every callback must stop when the context is invalidated. */
export interface HintsHost {
  window: Window & typeof globalThis;
  listen(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  setTimeout(handler: () => void, ms: number): void;
  idle(handler: () => void): void;
  frame(handler: () => void): void;
  onInvalidated(handler: () => void): void;
  now(): number;
}

export interface LiveHintsOptions {
  adapter: PlatformAdapter;
  host: HintsHost;
  ui: HintsUi;
  /** Runs the engine; may throw (the hints then stay away: the send guard still checks on Post). */
  check(composer: Composer, text: string): Finding[];
  delayMs?: number;
}

export interface LiveHints {
  /** The editor whose hints are shown (or about to be), for tests. */
  readonly editor: HTMLElement | null;
  stop(): void;
}

export const HINT_DELAY_MS = 400;

export function highestSeverity(findings: readonly Finding[]): Severity | null {
  return SEVERITIES.find((severity) => findings.some((finding) => finding.severity === severity)) ?? null;
}

const rectOf = (rect: DOMRect | DOMRectReadOnly): Rect => ({ top: rect.top, left: rect.left, width: rect.width, height: rect.height });

export function startLiveHints({ adapter, host, ui, check, delayMs = HINT_DELAY_MS }: LiveHintsOptions): LiveHints {
  const document = host.window.document;
  let active: { composer: Composer; findings: Finding[]; text: string; welsh: boolean } | null = null;
  let editorKey = 0;
  let lastEdit = 0;
  let timerPending = false;
  let framePending = false;
  let stale = false;
  let shown = false;
  let stopped = false;
  let observer: MutationObserver | null = null;

  function activate(event: Event): void {
    if (stopped || ui.contains(event)) return;
    const target = event.target as Node | null;
    if (!target || typeof target !== 'object' || !('nodeType' in target)) return;
    if (active?.composer.editor.contains(target)) return;
    let composer: Composer | undefined;
    try {
      composer = adapter.findComposers(document).find((candidate) => candidate.editor.contains(target));
    } catch {
      composer = undefined; // a selector failure only costs the hints; Post is still guarded
    }
    // Focus moving to a non-editor (a button, the page) keeps the last editor's hints.
    if (!composer) return;
    active = { composer, findings: [], text: '', welsh: false };
    editorKey++;
    stale = false;
    draw();
    host.idle(runCheck); // a box focused with text already in it
  }

  /** The typing path: note the time, arm one timer at most. */
  function edited(target: EventTarget | null): void {
    if (!active || !(target instanceof host.window.Node) || !active.composer.editor.contains(target as Node)) return;
    lastEdit = host.now();
    if (shown && !stale) {
      stale = true;
      scheduleDraw();
    }
    if (!timerPending) {
      timerPending = true;
      host.setTimeout(settle, delayMs);
    }
  }

  function settle(): void {
    timerPending = false;
    if (stopped || !active) return;
    const wait = lastEdit + delayMs - host.now();
    if (wait > 0) {
      timerPending = true;
      host.setTimeout(settle, wait);
      return;
    }
    host.idle(runCheck);
  }

  function runCheck(): void {
    if (stopped || !active) return;
    const { composer } = active;
    if (!composer.editor.isConnected) return clear();
    let findings: Finding[] = [];
    let text = '';
    try {
      text = adapter.readDraft(composer.editor);
      findings = text.trim() === '' ? [] : check(composer, text);
    } catch {
      findings = [];
    }
    active.findings = findings;
    active.text = text;
    active.welsh = isWelsh(text);
    stale = false;
    draw();
  }

  function scheduleDraw(): void {
    if (framePending) return;
    framePending = true;
    host.frame(() => {
      framePending = false;
      if (!stopped) draw();
    });
  }

  function draw(): void {
    const top = active && highestSeverity(active.findings);
    if (!active || !(top || active.welsh) || !active.composer.editor.isConnected) {
      hide();
      return;
    }
    const { editor } = active.composer;
    const anchor = rectOf(editor.getBoundingClientRect());
    ui.showHints({
      editorKey,
      findings: active.findings,
      text: active.text,
      top: top || 'low',
      welsh: active.welsh,
      anchor,
      highlights: stale ? [] : highlightsFor(editor, active.findings, anchor),
    });
    shown = true;
    watchRemoval();
  }

  function highlightsFor(editor: HTMLElement, findings: Finding[], anchor: Rect): Highlight[] {
    return findings.flatMap((finding) => {
      if (finding.in === 'quoted' || !adapter.rangeFor) return [];
      let range: Range | null = null;
      try {
        range = adapter.rangeFor(editor, finding.start, finding.end);
      } catch {
        range = null;
      }
      // Only the lines inside the editor's box: a long draft scrolls inside it.
      const rects = range
        ? Array.from(range.getClientRects(), rectOf).filter(
            (rect) => rect.width > 0 && rect.top + rect.height / 2 >= anchor.top && rect.top + rect.height / 2 <= anchor.top + anchor.height,
          )
        : [];
      return rects.length ? [{ severity: finding.severity, rects }] : [];
    });
  }

  function hide(): void {
    if (shown) ui.showHints(null);
    shown = false;
    observer?.disconnect();
  }

  function clear(): void {
    active = null;
    hide();
  }

  /** One observer, on only while hints are shown: the editor leaving the page, or edited by the site (cleared after a post). */
  function watchRemoval(): void {
    if (!document.body) return;
    observer ??= new host.window.MutationObserver((records: MutationRecord[]) => {
      if (!active) return;
      if (!active.composer.editor.isConnected) return clear();
      const inside = records.find((record) => active!.composer.editor.contains(record.target));
      if (inside) edited(inside.target);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  const reposition = () => {
    if (shown) scheduleDraw();
  };

  host.listen(host.window, 'focusin', activate, { capture: true });
  host.listen(host.window, 'input', (event) => edited(event.target), { capture: true, passive: true });
  host.listen(host.window, 'scroll', reposition, { capture: true, passive: true });
  host.listen(host.window, 'resize', reposition, { passive: true });
  host.onInvalidated(stop);

  function stop(): void {
    stopped = true;
    clear();
    observer?.disconnect();
    observer = null;
  }

  return {
    get editor() {
      return active?.composer.editor ?? null;
    },
    stop,
  };
}
