/**
 * The X adapter's reading side, on the sanitised captures of real x.com posts and on the local
 * replica of the composer. Reading is a pure function over the DOM: these run in happy-dom.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Window } from 'happy-dom';
import { locateOffset, readRichText } from '../../utils/platforms/dom-text';
import { xAdapter } from '../../utils/platforms/x';
import { readXReal, staticPage, xFixturePage, type XFixtureWindow } from '../support/dom';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});
function track<T extends Window>(window: T): T {
  windows.push(window);
  return window;
}

function article(name: string): Element {
  const window = track(staticPage(readXReal(name)));
  const found = window.document.querySelector('article[data-testid="tweet"]');
  if (!found) throw new Error(`${name}: no article`);
  return found as unknown as Element;
}

describe('reading real x.com posts (shared/fixtures/x-real)', () => {
  it('takes an emoji image as its alt text and keeps the line breaks X keeps in text nodes', () => {
    expect(xAdapter.readPost(article('real-emoji.html'))).toEqual({
      text: '样本正文 sample body🤣\n\n#样本标签\n#样本标签',
      truncated: false,
    });
  });

  it('separates the post from the post it quotes', () => {
    expect(xAdapter.readPost(article('real-quote.html'))).toEqual({
      text: '样本正文 sample body',
      quoted: '样本正文 sample body',
      truncated: false,
    });
  });

  it('marks a post cut by "Show more" as truncated and still reads its quoted post', () => {
    const post = xAdapter.readPost(article('real-collapsed.html'));
    expect(post?.truncated).toBe(true);
    expect(post?.text.startsWith('不如我这个：\n\n创建一个 HTML')).toBe(true);
    expect(post?.text.endsWith('并说出这个问题（')).toBe(true);
    expect(post?.quoted?.startsWith('测评模型是否降智')).toBe(true);
    expect(post?.quoted?.endsWith('做成2D 动画版本  x.com/lxfater/status…')).toBe(true);
  });

  it('reads a photo-only post as empty text', () => {
    expect(xAdapter.readPost(article('real-photo.html'))).toEqual({ text: '', truncated: false });
  });

  it('reads nothing from an element that is not a post', () => {
    const window = track(staticPage('<div data-testid="tweetText">not in an article</div>'));
    expect(xAdapter.readPost(window.document.body as unknown as Element)).toBeNull();
  });
});

// Markup written out by hand from shared/PLATFORMS.md, independent of the replica's renderer.
const DRAFT_EDITOR = `
<div contenteditable="true" role="textbox" aria-label="Post text" data-testid="tweetTextarea_0">
  <div data-contents="true">
    <div data-block="true" data-offset-key="a-0-0"><div data-offset-key="a-0-0" class="public-DraftStyleDefault-block">
      <span data-offset-key="a-0-0"><span data-text="true">Mrs Price&#x27;s NI</span></span><span data-offset-key="a-0-1"><img alt="🙂" src=""></span><span data-offset-key="a-0-2"><span data-text="true">&nbsp;AB123456C</span></span>
    </div></div>
    <div data-block="true" data-offset-key="b-0-0"><div data-offset-key="b-0-0" class="public-DraftStyleDefault-block">
      <span data-offset-key="b-0-0"><br data-text="true"></span>
    </div></div>
    <div data-block="true" data-offset-key="c-0-0"><div data-offset-key="c-0-0" class="public-DraftStyleDefault-block">
      <span data-offset-key="c-0-0"><span data-text="true">Thanks</span></span>
    </div></div>
  </div>
</div>`.replace(/>\s+</g, '><');

describe('reading the Draft.js composer', () => {
  it('joins blocks with \\n, reads an empty line as empty, emoji as alt and a no-break space as a space', () => {
    const window = track(staticPage(DRAFT_EDITOR));
    const editor = window.document.querySelector('[data-testid="tweetTextarea_0"]') as unknown as Element;
    expect(xAdapter.readDraft(editor)).toBe("Mrs Price's NI🙂 AB123456C\n\nThanks");
  });

  it('maps text offsets back to DOM positions for write-back', () => {
    const window = track(staticPage(DRAFT_EDITOR));
    const editor = window.document.querySelector('[data-testid="tweetTextarea_0"]') as unknown as Element;
    const describe = (offset: number, affinity: 'forward' | 'backward') => {
      const point = locateOffset(editor, offset, affinity);
      if (!point) return null;
      const node = point.node as unknown as Element & Text;
      return node.nodeType === 3 ? `text(${node.data}):${point.offset}` : `${node.getAttribute('data-offset-key')}:${point.offset}`;
    };
    expect(describe(0, 'forward')).toBe("text(Mrs Price's NI):0");
    expect(describe(14, 'backward')).toBe("text(Mrs Price's NI):14");
    expect(describe(14, 'forward')).toBe('a-0-1:0'); // just before the emoji
    expect(describe(15, 'forward')).toBe('a-0-1:1'); // inside the emoji's surrogate pair: past it
    expect(describe(16, 'forward')).toBe('text(\u00a0AB123456C):0');
    expect(describe(26, 'backward')).toBe('text(\u00a0AB123456C):10'); // end of the first line
    expect(describe(27, 'forward')).toBe('b-0-0:0'); // the empty line
    expect(describe(28, 'forward')).toBe('text(Thanks):0');
    expect(describe(34, 'backward')).toBe('text(Thanks):6');
    expect(describe(35, 'forward')).toBeNull();
  });
});

describe('the local replica of x.com/home (tests/fixtures/x/home.html)', () => {
  it('starts empty with the Post button disabled', async () => {
    const window = track(await xFixturePage());
    const home = window.__composers.home!;
    expect(xAdapter.readDraft(home.element as unknown as Element)).toBe('');
    expect(home.button.getAttribute('aria-disabled')).toBe('true');
    expect(xAdapter.findComposers(window.document as unknown as ParentNode)).toHaveLength(1);
  });

  it('reads back exactly what the replica renders, for any text', async () => {
    const window = track(await xFixturePage());
    const home = window.__composers.home!;
    const unit = fc.constantFrom('a', 'Z', ' ', '\n', '🙂', '👍🏽', '🏳️‍🌈', 'é', '’', '7');
    await fc.assert(
      fc.asyncProperty(fc.array(unit, { maxLength: 40 }), async (parts) => {
        const text = parts.join('');
        home.setText(text);
        expect(xAdapter.readDraft(home.element as unknown as Element)).toBe(text);
        expect(home.text()).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('reads the timeline post with its emoji image', async () => {
    const window = track(await xFixturePage());
    const post = window.document.querySelector('article[data-testid="tweet"]') as unknown as Element;
    expect(xAdapter.readPost(post)?.text).toBe('Bin collections move by one day next week 🗑️\n\nCheck your day: #RiversideBins');
  });
});

describe('recognising a send on the replica', () => {
  function dispatchAndCapture(window: XFixtureWindow, target: EventTarget, event: Event) {
    let attempt: ReturnType<typeof xAdapter.sendAttemptFor> = null;
    const listener = (seen: Event) => (attempt = xAdapter.sendAttemptFor(seen));
    window.addEventListener(event.type, listener as never, true as never);
    target.dispatchEvent(event as never);
    window.removeEventListener(event.type, listener as never);
    return attempt as ReturnType<typeof xAdapter.sendAttemptFor>;
  }
  const click = (window: XFixtureWindow) => new window.MouseEvent('click', { bubbles: true, composed: true }) as unknown as Event;
  const ctrlEnter = (window: XFixtureWindow) =>
    new window.KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true }) as unknown as Event;

  it('a click inside the home Post button is a send from the home editor', async () => {
    const window = track(await xFixturePage());
    const home = window.__composers.home!;
    home.setText('hello');
    const label = home.button.querySelector('span span')!;
    const attempt = dispatchAndCapture(window, label as never, click(window));
    expect(attempt?.via).toBe('click');
    expect(attempt?.control).toBe(home.button);
    expect(attempt?.composers[0]?.editor).toBe(home.element);
  });

  it('ignores a click on the disabled button of an empty draft', async () => {
    const window = track(await xFixturePage());
    expect(dispatchAndCapture(window, window.__composers.home!.button as never, click(window))).toBeNull();
  });

  it('finds the modal editor from the modal Post button, not the home box behind it', async () => {
    const window = track(await xFixturePage());
    window.__openModal();
    const modal = window.__composers.modal!;
    modal.setText('from the modal');
    expect(xAdapter.findComposers(window.document as unknown as ParentNode)).toHaveLength(2);
    const attempt = dispatchAndCapture(window, modal.button as never, click(window));
    expect(attempt?.composers[0]?.editor).toBe(modal.element);
  });

  it('Ctrl+Enter in an editor is a send through that composer’s button', async () => {
    const window = track(await xFixturePage());
    const home = window.__composers.home!;
    home.setText('hello');
    const attempt = dispatchAndCapture(window, home.element.querySelector('[data-text]') as never, ctrlEnter(window));
    expect(attempt).toMatchObject({ via: 'keyboard', control: home.button });
    expect(attempt?.composers[0]?.editor).toBe(home.element);
  });

  it('when X renames the editor, a send is still recognised but without a draft (so it can fail open visibly)', async () => {
    const window = track(await xFixturePage('?drift=editor'));
    const home = window.__composers.home!;
    home.setText('hello');
    const attempt = dispatchAndCapture(window, home.button as never, click(window));
    expect(attempt?.control).toBe(home.button);
    expect(attempt?.composers).toEqual([]);
    expect(attempt?.missing).toBe('draft');
  });
});
