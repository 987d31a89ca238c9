/**
 * Reading Facebook drafts and posts as text, pure over the DOM tree: on the replica (the real
 * Lexical editor, running in happy-dom) and on markup in the shapes Lexical renders, old and new.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Window } from 'happy-dom';
import { locateLexicalOffset, readLexicalText } from '../../utils/platforms/lexical-text';
import { readFacebookPost, readPostBody } from '../../utils/platforms/facebook-post';
import { FEED_POST_TEXT } from '../fixtures/facebook/app/feed-data';
import { facebookReplicaWindow } from '../support/facebook-site';
import { staticPage } from '../support/dom';

interface ReplicaBox {
  element: HTMLElement;
  text(): string;
  setText(text: string): void;
}
type Replica = Window & { __editors: Record<string, ReplicaBox> };

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});
async function replica(path = '/'): Promise<Replica> {
  const window = (await facebookReplicaWindow(path)) as Replica;
  windows.push(window);
  return window;
}
function editorOf(html: string): Element {
  const window = staticPage(`<div contenteditable="true" role="textbox" data-lexical-editor="true">${html}</div>`, 'https://www.facebook.com/');
  windows.push(window);
  return window.document.querySelector('[data-lexical-editor]') as unknown as Element;
}

describe('reading a Lexical draft', () => {
  it('reads the replica’s paragraphs as lines, an empty paragraph as an empty line, exactly as Lexical’s own state holds them', async () => {
    const window = await replica();
    const box = window.__editors.comment!;
    box.setText('Hello there\n\nsecond line 🙂');
    expect(box.element.querySelectorAll('p')).toHaveLength(3);
    expect(readLexicalText(box.element)).toBe('Hello there\n\nsecond line 🙂');
    expect(readLexicalText(box.element)).toBe(box.text());
  });

  it('agrees with Lexical’s editor state for any lines of text', async () => {
    const window = await replica();
    const box = window.__editors.comment!;
    const line = fc.string({ unit: fc.constantFrom('a', 'B', ' ', 'é', '🙂', '’', '#', '1') , maxLength: 12 });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
        box.setText(lines.join('\n'));
        expect(readLexicalText(box.element)).toBe(box.text());
      }),
      { numRuns: 60 },
    );
  });

  it('reads an empty editor as empty, in the newer (managed <br>) and older (<p><br></p>) markup', () => {
    expect(readLexicalText(editorOf('<p dir="auto"><br data-lexical-managed-linebreak="true"></p>'))).toBe('');
    expect(readLexicalText(editorOf('<p><br></p>'))).toBe('');
  });

  it('reads Shift+Enter breaks inside a paragraph, without the placeholder <br> Lexical adds after a trailing one', () => {
    // What Lexical 0.52 rendered in Chromium for "Line three⇧↵after break⇧↵".
    const newer = '<p dir="auto"><span data-lexical-text="true">Line three</span><br><span data-lexical-text="true">after break</span><br><br data-lexical-managed-linebreak="true"></p>';
    expect(readLexicalText(editorOf(newer))).toBe('Line three\nafter break\n');
    const older = '<p><span data-lexical-text="true">Line three</span><br><span data-lexical-text="true">after break</span><br><br></p>';
    expect(readLexicalText(editorOf(older))).toBe('Line three\nafter break\n');
  });

  it('reads an emoji image as its alt text and a no-break space as a space', () => {
    const html = '<p><span data-lexical-text="true">Thanks\u00a0all </span><img alt="👍" src="data:,"><span data-lexical-text="true"> see you</span></p>';
    expect(readLexicalText(editorOf(html))).toBe('Thanks all 👍 see you');
  });
});

describe('finding a text offset in a Lexical editor', () => {
  it('puts a range’s start at the start of the later run and its end at the end of the earlier one', () => {
    const editor = editorOf('<p><span data-lexical-text="true">ab</span><img alt="🙂"><span data-lexical-text="true">cd</span></p><p><br></p><p><span data-lexical-text="true">ef</span></p>');
    expect(readLexicalText(editor)).toBe('ab🙂cd\n\nef');
    const [first, , second] = Array.from(editor.querySelector('p')!.childNodes);
    expect(locateLexicalOffset(editor, 2, 'backward')).toEqual({ node: first!.firstChild, offset: 2 });
    expect(locateLexicalOffset(editor, 2, 'forward')).toEqual({ node: editor.querySelector('p'), offset: 1 }); // before the emoji
    expect(locateLexicalOffset(editor, 3, 'forward')).toEqual({ node: editor.querySelector('p'), offset: 2 }); // never inside it
    expect(locateLexicalOffset(editor, 4, 'forward')).toEqual({ node: second!.firstChild, offset: 0 });
    // The empty middle paragraph: the caret goes inside it.
    expect(locateLexicalOffset(editor, 7, 'forward')).toEqual({ node: editor.querySelectorAll('p')[1], offset: 0 });
    expect(locateLexicalOffset(editor, 8, 'forward')).toEqual({ node: editor.querySelectorAll('span')[2]!.firstChild, offset: 0 });
    expect(locateLexicalOffset(editor, 10, 'backward')).toEqual({ node: editor.querySelectorAll('span')[2]!.firstChild, offset: 2 });
    expect(locateLexicalOffset(editor, 11, 'backward')).toBeNull();
  });
});

describe('reading a feed post', () => {
  it('reads the replica’s post: its lines, the emoji image as its alt, not the buttons', async () => {
    const window = await replica();
    const article = window.document.querySelector('[role="article"][aria-posinset]') as unknown as Element;
    expect(readFacebookPost(article)).toEqual({ text: FEED_POST_TEXT, truncated: false });
  });

  it('says when the post is cut short by "See more", and leaves the link’s text out', () => {
    const window = staticPage(
      '<div data-ad-rendering-role="story_message"><div dir="auto">Full council tonight, papers at <a href="#">northshire.gov.uk</a>…</div><div role="button" tabindex="0">See more</div></div>',
      'https://www.facebook.com/',
    );
    windows.push(window);
    const body = window.document.querySelector('[data-ad-rendering-role]') as unknown as Element;
    expect(readPostBody(body)).toEqual({ text: 'Full council tonight, papers at northshire.gov.uk…', truncated: true });
  });

  it('separates the sharer’s words from the post they share', () => {
    const window = staticPage(
      `<div role="article" aria-posinset="3">
         <div data-ad-rendering-role="story_message"><div dir="auto">Worth a read</div></div>
         <div role="article"><div data-ad-rendering-role="story_message"><div dir="auto">Vote Green on 7 May</div></div></div>
       </div>`,
      'https://www.facebook.com/',
    );
    windows.push(window);
    const article = window.document.querySelector('[aria-posinset]') as unknown as Element;
    expect(readFacebookPost(article)).toEqual({ text: 'Worth a read', quoted: 'Vote Green on 7 May', truncated: false });
  });
});
