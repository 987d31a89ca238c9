/**
 * X's repost guard. Repost is two clicks: `retweet` in the post's action bar opens a menu rendered
 * in #layers, outside the article; its `retweetConfirm` item publishes at once, and its Quote item
 * opens the quote composer. So the article is remembered at the first click (observe) and read at
 * the second, when it is still the page's own, current text.
 */
import { closestAny, eventElement } from './dom-query';
import { readPost } from './x-post';
import { X_SELECTORS as X } from './x-selectors';
import type { SendAttempt } from './types';

export interface RepostMemory {
  /** Sees every click and key first: remembers the article whose Repost menu is open. */
  observe(event: Event): void;
  /** A repost (click or Enter on the menu's Repost item), or null. */
  repostAttempt(event: Event): SendAttempt | null;
  /** The post the person chose to quote from the menu, while that choice still stands. */
  quoteSource(): Element | null;
}

const activates = (event: Event) => {
  if (event.type === 'click') return true;
  const key = event.type === 'keydown' ? (event as KeyboardEvent) : null;
  return Boolean(key && (key.key === 'Enter' || key.key === ' ') && !key.isComposing);
};

export function createRepostMemory(): RepostMemory {
  let article: Element | null = null;
  let quoting: Element | null = null;

  return {
    observe(event) {
      if (event.type !== 'click') return;
      const target = eventElement(event);
      if (!target) return;
      if (closestAny(target, X.repost.button)) {
        article = closestAny(target, X.post.article);
        quoting = null;
      } else if (closestAny(target, X.repost.quote)) {
        quoting = article;
      } else if (closestAny(target, X.composeOpeners)) {
        // A fresh composer: an earlier Quote choice no longer describes it.
        quoting = null;
      }
    },
    repostAttempt(event) {
      if (!activates(event)) return null;
      const control = closestAny(eventElement(event), X.repost.confirm) as HTMLElement | null;
      if (!control) return null;
      const via = event.type === 'click' ? 'click' : 'keyboard';
      const post = article?.isConnected ? readPost(article) : null;
      if (!post) return { via, control, surface: 'repost', composers: [], missing: 'post' };
      // The post's own words: a post it quotes in turn is not what this repost republishes.
      return { via, control, surface: 'repost', composers: [], shared: { text: post.text, truncated: post.truncated } };
    },
    quoteSource: () => (quoting?.isConnected ? quoting : null),
  };
}
