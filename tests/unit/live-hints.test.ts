/**
 * Live hints' timing and bookkeeping with a fake clock, adapter and UI in happy-dom: checks run only
 * after the person pauses, never on the input itself; highlights come from the adapter's ranges,
 * vanish while typing and when the editor empties or leaves the page; everything stops on
 * invalidation. The real overlay and Draft.js replica are covered in tests/e2e/live-hints.e2e.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import type { Finding, Severity } from '../../utils/engine/types';
import { highestSeverity, startLiveHints, type HintsHost, type HintsView } from '../../utils/guard/live-hints';
import type { Composer, PlatformAdapter } from '../../utils/platforms/types';

const windows: Window[] = [];
afterEach(async () => Promise.all(windows.splice(0).map((window) => window.happyDOM.close())));

const finding = (severity: Severity, start: number, end: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId: `rule-${severity}`, category: 'personal-data', severity, start, end,
  message: 'm', explanation: 'e', source: 's', suggestions: [], ...extra,
});

/** A clock and queues the test advances by hand: nothing runs unless the test says time passed. */
function fakeHost(window: Window) {
  let now = 0;
  let timers: { at: number; fn: () => void }[] = [];
  let idles: (() => void)[] = [];
  let frames: (() => void)[] = [];
  const invalidated: (() => void)[] = [];
  const controller = new AbortController();
  const host: HintsHost = {
    window: window as unknown as HintsHost['window'],
    listen: (target, type, handler, options) => target.addEventListener(type, handler, { ...options, signal: controller.signal }),
    setTimeout: (fn, ms) => void timers.push({ at: now + ms, fn }),
    idle: (fn) => void idles.push(fn),
    frame: (fn) => void frames.push(fn),
    onInvalidated: (fn) => void invalidated.push(fn),
    now: () => now,
  };
  return {
    host,
    /** Moves the clock, firing due timers, then runs idle callbacks and frames. */
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.fn();
      }
      now = until;
      this.flush();
    },
    flush() {
      while (idles.length || frames.length) {
        const run = [...idles.splice(0), ...frames.splice(0)];
        run.forEach((fn) => fn());
      }
    },
    pendingTimers: () => timers.length,
    invalidate() {
      controller.abort();
      invalidated.forEach((fn) => fn());
    },
  };
}

function setup({ results = () => [finding('low', 0, 3)], rangeFor = true, textarea = false } = {} as {
  results?: (text: string) => Finding[];
  rangeFor?: boolean;
  textarea?: boolean;
}) {
  const window = new Window({ url: 'https://x.com/home' });
  windows.push(window);
  const document = window.document;
  document.body.innerHTML = textarea
    ? '<textarea id="a"></textarea><button id="other">x</button>'
    : '<div contenteditable="true" id="a"><span>one</span></div><div contenteditable="true" id="b">two</div><button id="other">x</button>';
  const editor = (id: string) => document.getElementById(id) as unknown as HTMLElement;
  // happy-dom has no layout: give the editors a box.
  for (const id of textarea ? ['a'] : ['a', 'b']) {
    editor(id).getBoundingClientRect = () => ({ top: 100, left: 50, width: 400, height: 60, right: 450, bottom: 160, x: 50, y: 100 }) as DOMRect;
  }
  const ranges: [number, number][] = [];
  const adapter: PlatformAdapter = {
    platform: 'x',
    findComposers: (root) =>
      Array.from((root as Document).querySelectorAll('[contenteditable], textarea')).map((element) => ({
        editor: element as HTMLElement, send: null, surface: 'post',
      })),
    readDraft: (element) => (element as HTMLTextAreaElement).value ?? element.textContent ?? '',
    sendAttemptFor: () => null,
    replaceRange: async () => ({ ok: true }),
    selectRange: () => {},
    readPost: () => null,
    currentAccount: () => [],
    ...(rangeFor
      ? {
          rangeFor: (_editor: HTMLElement, start: number, end: number) => {
            ranges.push([start, end]);
            // One rect inside the editor's box per span, and one scrolled out of it (must be dropped).
            return { getClientRects: () => [{ top: 110 + start, left: 60, width: 10 * (end - start), height: 20 }, { top: 400, left: 60, width: 30, height: 20 }] } as unknown as Range;
          },
        }
      : {}),
  };
  const shown: (HintsView | null)[] = [];
  let inUi = false;
  const check = vi.fn((_composer: Composer, text: string) => results(text));
  const clock = fakeHost(window);
  const hints = startLiveHints({
    adapter,
    host: clock.host,
    ui: { showHints: (view) => void shown.push(view), contains: () => inUi },
    check,
  });
  const focus = (id: string) => editor(id).dispatchEvent(new window.FocusEvent('focusin', { bubbles: true, composed: true }) as unknown as Event);
  const type = (id: string, text: string) => {
    const target = editor(id);
    if (textarea) (target as HTMLTextAreaElement).value += text;
    else target.textContent += text;
    target.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
  };
  return { window, document, editor, hints, shown, check, clock, ranges, focus, type, last: () => shown.at(-1), setInUi: (value: boolean) => (inUi = value) };
}

describe('live hints', () => {
  it('checks a focused box with text once the page is idle, and shows every finding, low included', () => {
    const t = setup({ results: () => [finding('low', 0, 3), finding('medium', 4, 7)] });
    t.focus('a');
    expect(t.check).not.toHaveBeenCalled();
    t.clock.flush();
    expect(t.check).toHaveBeenCalledTimes(1);
    expect(t.last()).toMatchObject({ top: 'medium', text: 'one', anchor: { top: 100, left: 50, width: 400, height: 60 } });
    expect(t.last()!.findings.map((f) => f.severity)).toEqual(['low', 'medium']);
  });

  it('never checks on an input: only once, 400 ms after the last of a burst of keys', () => {
    const t = setup();
    t.focus('a');
    t.clock.flush();
    t.check.mockClear();
    for (let i = 0; i < 10; i++) {
      t.type('a', 'x');
      expect(t.check).not.toHaveBeenCalled();
      t.clock.advance(100);
    }
    expect(t.check).not.toHaveBeenCalled();
    expect(t.clock.pendingTimers()).toBe(1); // one timer, re-armed, not one per key
    t.clock.advance(299);
    expect(t.check).not.toHaveBeenCalled();
    t.clock.advance(1);
    expect(t.check).toHaveBeenCalledTimes(1);
    expect(t.check.mock.calls[0]![1]).toBe(`one${'x'.repeat(10)}`);
  });

  it('draws each span from the adapter’s range, inside the editor’s box only, and hides them while typing', () => {
    const t = setup({ results: () => [finding('high', 0, 3), finding('low', 4, 6), finding('medium', 0, 4, { in: 'quoted' })] });
    t.focus('a');
    t.clock.flush();
    expect(t.last()!.highlights).toEqual([
      { severity: 'high', rects: [{ top: 110, left: 60, width: 30, height: 20 }] },
      { severity: 'low', rects: [{ top: 114, left: 60, width: 20, height: 20 }] },
    ]);
    expect(t.ranges).toEqual([[0, 3], [4, 6]]); // the quoted post's span is not in the editor

    t.type('a', '!');
    t.clock.flush(); // the hide is drawn in the next frame, not in the input handler
    expect(t.last()!.highlights).toEqual([]);
    expect(t.last()!.findings).toHaveLength(3); // the indicator keeps the last count meanwhile
    t.clock.advance(400);
    expect(t.last()!.highlights).toHaveLength(2);
  });

  it('a <textarea> (no range) gets the indicator without highlights', () => {
    const t = setup({ textarea: true, rangeFor: false });
    t.focus('a');
    t.type('a', 'abc');
    t.clock.advance(400);
    expect(t.last()).toMatchObject({ top: 'low', text: 'abc', highlights: [] });
  });

  it('shows the indicator for a Welsh draft with no finding, saying its wording was not checked (issue 11, problem 4)', () => {
    const t = setup({ results: () => [] });
    t.focus('a');
    t.editor('a').textContent = '';
    t.type('a', 'Bore da! Mae’r gwaith ar y ffordd wedi dechrau heddiw.');
    t.clock.advance(400);
    expect(t.last()).toMatchObject({ welsh: true, findings: [] });
    t.editor('a').textContent = '';
    t.type('a', 'Roadworks on the bypass start today!');
    t.clock.advance(400);
    expect(t.last()).toBeNull();
  });

  it('goes away when the draft is emptied, and stays away for a clean draft', () => {
    const t = setup({ results: (text) => (text.includes('!') ? [] : [finding('low', 0, 3)]) });
    t.focus('a');
    t.clock.flush();
    expect(t.last()).not.toBeNull();
    t.editor('a').textContent = '';
    t.type('a', '');
    t.clock.advance(400);
    expect(t.last()).toBeNull();
    t.type('a', 'hi!');
    t.clock.advance(400);
    expect(t.shown.filter((view) => view !== null)).toHaveLength(1);
  });

  it('goes away when the editor leaves the page (the one observer sees it)', async () => {
    const t = setup();
    t.focus('a');
    t.clock.flush();
    expect(t.last()).not.toBeNull();
    t.editor('a').remove();
    await new Promise((resolve) => setTimeout(resolve, 0)); // mutation records are delivered as a microtask
    expect(t.last()).toBeNull();
    expect(t.hints.editor).toBeNull();
  });

  it('re-checks when the site itself rewrites the editor (cleared after a post) without an input event', async () => {
    const t = setup({ results: (text) => (text ? [finding('low', 0, 1)] : []) });
    t.focus('a');
    t.clock.flush();
    t.editor('a').replaceChildren();
    await new Promise((resolve) => setTimeout(resolve, 0));
    t.clock.advance(400);
    expect(t.last()).toBeNull();
  });

  it('fails open: a throwing check shows nothing and throws nothing', () => {
    const t = setup({ results: () => { throw new Error('rule broke'); } });
    t.focus('a');
    expect(() => t.clock.flush()).not.toThrow();
    expect(t.shown.filter((view) => view !== null)).toEqual([]);
  });

  it('focus moving into the extension’s own UI or a button keeps the box; another box takes over', () => {
    const t = setup();
    t.focus('a');
    t.clock.flush();
    const first = t.last()!.editorKey;
    t.setInUi(true);
    t.focus('b');
    t.setInUi(false);
    t.document.getElementById('other')!.dispatchEvent(new t.window.FocusEvent('focusin', { bubbles: true }));
    expect(t.hints.editor).toBe(t.editor('a'));
    t.focus('b');
    t.clock.flush();
    expect(t.hints.editor).toBe(t.editor('b'));
    expect(t.last()).toMatchObject({ text: 'two' });
    expect(t.last()!.editorKey).not.toBe(first);
  });

  it('repositions on scroll and resize, one draw per frame however many events', () => {
    const t = setup();
    t.focus('a');
    t.clock.flush();
    const before = t.shown.length;
    t.window.dispatchEvent(new t.window.Event('scroll'));
    t.window.dispatchEvent(new t.window.Event('scroll'));
    t.window.dispatchEvent(new t.window.Event('resize'));
    expect(t.shown.length).toBe(before);
    t.clock.flush();
    expect(t.shown.length).toBe(before + 1);
  });

  it('stops everything when the content script is invalidated', () => {
    const t = setup();
    t.focus('a');
    t.clock.flush();
    t.clock.invalidate();
    expect(t.last()).toBeNull();
    const count = t.shown.length;
    t.type('a', 'more');
    t.focus('b');
    t.clock.advance(1000);
    expect(t.shown.length).toBe(count);
    expect(t.check).toHaveBeenCalledTimes(1);
  });

  it('highest severity: high over medium over low; none for no findings', () => {
    expect(highestSeverity([finding('low', 0, 1), finding('high', 0, 1), finding('medium', 0, 1)])).toBe('high');
    expect(highestSeverity([finding('low', 0, 1)])).toBe('low');
    expect(highestSeverity([])).toBeNull();
  });
});
