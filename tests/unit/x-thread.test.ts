/**
 * Which boxes one send publishes on X (issue 10, item 1): X moves a thread's toolbar ("Post all")
 * into the newest post's block, so the boxes are not all beside the button. Every tweetTextarea_N
 * of the composer is checked, for Post all and for Ctrl+Enter in any box; never a box of another
 * composer (the home box under the modal, X Pro's other columns).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { createXAdapter } from '../../utils/platforms/x';
import type { SendAttempt } from '../../utils/platforms/types';
import { staticPage } from '../support/dom';

const windows: Window[] = [];
afterEach(async () => Promise.all(windows.splice(0).map((window) => window.happyDOM.close())));

const box = (n: number, text: string) => `<div data-testid="tweetTextarea_${n}_label"><div data-testid="tweetTextarea_${n}" contenteditable="true" role="textbox">${text}</div></div>`;
const textareaBox = (n: number, text: string) => `<div data-testid="tweetTextarea_${n}_label"><textarea data-testid="tweetTextarea_${n}">${text}</textarea></div>`;

const HOME_AND_THREAD = `
  <main><div id="home">${box(0, 'home box')}<div><button data-testid="tweetButtonInline">Post</button></div></div></main>
  <div id="layers"><div role="dialog" aria-modal="true"><div data-boxes>
    <div>${box(0, 'first')}</div>
    <div>${box(1, 'second')}</div>
    <div>${box(2, 'third')}<div data-testid="toolBar"><button data-testid="tweetButton">Post all</button></div></div>
  </div></div></div>`;

const PRO_DECK = `
  <section id="compose"><div>${textareaBox(0, 'first')}</div><div>${textareaBox(1, 'second')}<button data-testid="tweetButton">Post all</button></div></section>
  <section id="column"><article data-testid="tweet"><div data-testid="tweetText">a post</div></article></section>
  <section id="other">${box(0, 'another composer')}<button data-testid="tweetButtonInline">Post</button></section>`;

function attemptOn(html: string, target: string, event: 'click' | 'ctrl+enter'): SendAttempt | null {
  const window = staticPage(html);
  windows.push(window);
  const adapter = createXAdapter();
  let attempt: SendAttempt | null = null;
  window.addEventListener(event === 'click' ? 'click' : 'keydown', (seen) => (attempt = adapter.sendAttemptFor(seen as unknown as Event)), true);
  const element = window.document.querySelector(target)!;
  element.dispatchEvent(
    event === 'click'
      ? new window.MouseEvent('click', { bubbles: true })
      : new window.KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
  );
  return attempt;
}

const texts = (attempt: SendAttempt | null) =>
  attempt?.composers.map((composer) => (composer.editor.tagName === 'TEXTAREA' ? (composer.editor as HTMLTextAreaElement).value : composer.editor.textContent));

describe('X thread boxes', () => {
  it('Post all in the newest block sends every box of the dialog, in order', () => {
    expect(texts(attemptOn(HOME_AND_THREAD, '[data-testid="tweetButton"]', 'click'))).toEqual(['first', 'second', 'third']);
  });

  it.each(['tweetTextarea_0', 'tweetTextarea_1', 'tweetTextarea_2'])('Ctrl+Enter in %s sends every box, through the Post all button', (id) => {
    const attempt = attemptOn(HOME_AND_THREAD, `[role="dialog"] [data-testid="${id}"]`, 'ctrl+enter');
    expect(texts(attempt)).toEqual(['first', 'second', 'third']);
    expect(attempt?.control?.getAttribute('data-testid')).toBe('tweetButton');
  });

  it('the home box under the modal is its own composer', () => {
    expect(texts(attemptOn(HOME_AND_THREAD, '[data-testid="tweetButtonInline"]', 'click'))).toEqual(['home box']);
    expect(texts(attemptOn(HOME_AND_THREAD, '#home [data-testid="tweetTextarea_0"]', 'ctrl+enter'))).toEqual(['home box']);
  });

  it('outside a dialog (X Pro), a textarea thread is collected up to the next composer and no further', () => {
    expect(texts(attemptOn(PRO_DECK, '#compose [data-testid="tweetButton"]', 'click'))).toEqual(['first', 'second']);
    expect(texts(attemptOn(PRO_DECK, '#compose [data-testid="tweetTextarea_0"]', 'ctrl+enter'))).toEqual(['first', 'second']);
    expect(texts(attemptOn(PRO_DECK, '#other [data-testid="tweetButtonInline"]', 'click'))).toEqual(['another composer']);
  });
});
