/**
 * Reading a published post: a timeline article, or the quoted-post card in the quote composer.
 * Pure over the DOM tree (the x-real captures run in happy-dom).
 */
import { readRichText } from './dom-text';
import { closestAny, queryAll, queryFirst } from './dom-query';
import { X_SELECTORS as X } from './x-selectors';
import type { PostText } from './types';

export function readPost(article: Element): PostText | null {
  if (!article.matches(X.post.article.join(','))) return null;
  // The post's own text is the tweetText that is not inside a div[role="link"]: that box is the quoted post.
  const quoteBoxOf = (element: Element) => {
    const box = closestAny(element, X.post.quotedPost);
    return box && article.contains(box) ? box : null;
  };
  const texts = queryAll(article, X.post.text);
  const own = texts.find((element) => !quoteBoxOf(element));
  const quoted = texts.find((element) => quoteBoxOf(element));
  const truncated = queryAll(article, X.post.showMore).some((element) => !quoteBoxOf(element));
  return {
    text: own ? readRichText(own) : '',
    ...(quoted ? { quoted: readRichText(quoted) } : {}),
    truncated,
  };
}

/** The post card the quote composer shows under the editor (a div[role="link"] holding a tweetText), if any. */
export function readEmbeddedPost(scope: Element): PostText | null {
  const card = queryAll(scope, X.post.quotedPost).find((box) => !closestAny(box, X.post.article) && queryFirst(box, X.post.text));
  if (!card) return null;
  const text = queryFirst(card, X.post.text)!;
  return { text: readRichText(text), truncated: queryFirst(card, X.post.showMore) !== null };
}
