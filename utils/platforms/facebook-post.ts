/**
 * Reading a published Facebook post (the one being shared) as text, pure over the DOM tree. The
 * body is [data-ad-rendering-role="story_message"]: one block (a div) per paragraph, emoji as
 * <img alt>, hashtags and mentions as links, and "See more" as a button at the end of a long post.
 */
import { queryAll } from './dom-query';
import { labelIs } from './facebook-labels';
import { FACEBOOK_SELECTORS as FB } from './facebook-selectors';
import type { PostText } from './types';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

const labelOf = (element: Element) => (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of a post body: blocks on lines of their own, emoji as their alt, controls left out. */
export function readPostBody(body: Element): { text: string; truncated: boolean } {
  let text = '';
  let pendingBreak = false;
  let truncated = false;
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data.replace(/\u00a0/g, ' ');
        if (!data) continue;
        if (pendingBreak && text && !text.endsWith('\n')) text += '\n';
        pendingBreak = false;
        text += data;
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        // "See more" and other controls are the page's, not the author's words.
        if (element.matches(FB.button.join(','))) {
          if (labelIs('seeMore', labelOf(element))) truncated = true;
          continue;
        }
        if (tag === 'IMG') text += element.getAttribute('alt') ?? '';
        else if (tag === 'BR') text += '\n';
        else if (BLOCK.has(tag)) {
          pendingBreak = true;
          walk(element);
          pendingBreak = true;
        } else walk(element);
      }
    }
  };
  walk(body);
  return { text: text.replace(/\n+$/, ''), truncated };
}

/** A feed post's own text, and the text of a post it shares (a post nested inside it), if any. */
export function readFacebookPost(article: Element): PostText | null {
  const bodies = queryAll(article, FB.postBody);
  // A shared post sits in an article of its own inside this one.
  const own = bodies.find((body) => {
    const inner = body.closest('[role="article"]');
    return !inner || inner === article || inner.contains(article);
  });
  const nested = bodies.find((body) => body !== own);
  if (!own && !nested) return null;
  const read = own ? readPostBody(own) : { text: '', truncated: false };
  return {
    text: read.text,
    ...(nested ? { quoted: readPostBody(nested).text } : {}),
    truncated: read.truncated,
  };
}
