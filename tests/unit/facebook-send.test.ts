/**
 * Which clicks and keys are sends on Facebook, what they publish, and who is posting: the
 * adapter over the replica (real Lexical in happy-dom), with the replica's own handlers running,
 * so a Page's Next really moves on to Post settings and Share really opens its dialog.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { createFacebookAdapter } from '../../utils/platforms/facebook';
import type { PlatformAdapter, SendAttempt } from '../../utils/platforms/types';
import { FEED_POST_TEXT } from '../fixtures/facebook/app/feed-data';
import { facebookReplicaWindow } from '../support/facebook-site';

interface ReplicaBox {
  element: HTMLElement;
  text(): string;
  setText(text: string): void;
}
type Replica = Window & { __editors: Record<string, ReplicaBox>; __posted: { surface: string; text: string }[] };

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});

/** The replica, with an adapter listening on window in the capture phase as the content script does. */
async function open(path = '/') {
  const window = (await facebookReplicaWindow(path)) as Replica;
  windows.push(window);
  const adapter: PlatformAdapter = createFacebookAdapter();
  let last: SendAttempt | null = null;
  const listen = (event: Event) => {
    adapter.observe?.(event);
    last = adapter.sendAttemptFor(event);
  };
  window.addEventListener('click', listen as never, { capture: true });
  window.addEventListener('keydown', listen as never, { capture: true });
  const document = window.document as unknown as Document;
  const $ = (selector: string) => {
    const found = document.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  };
  const button = (label: string, scope: ParentNode = document) => {
    const found = Array.from(scope.querySelectorAll<HTMLElement>('[role="button"]')).find(
      (element) => (element.getAttribute('aria-label') ?? element.textContent?.trim()) === label,
    );
    if (!found) throw new Error(`no button ${label}`);
    return found;
  };
  const click = (element: HTMLElement) => {
    last = null;
    element.dispatchEvent(new window.MouseEvent('click', { bubbles: true, cancelable: true }) as unknown as Event);
    return last as SendAttempt | null;
  };
  const key = (element: HTMLElement, init: KeyboardEventInit) => {
    last = null;
    element.dispatchEvent(new window.KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init } as never) as unknown as Event);
    return last as SendAttempt | null;
  };
  return { window, adapter, document, $, button, click, key };
}

describe('the create-post dialog', () => {
  it('Post sends the dialog’s editor, as a post', async () => {
    const { window, $, button, click } = await open();
    click($('.fb-opener'));
    const editor = window.__editors.createPost!.element;
    window.__editors.createPost!.setText('Bins go out on Tuesday');
    const post = button('Post');
    const attempt = click(post)!;
    expect(attempt).toMatchObject({ via: 'click', control: post, surface: 'post' });
    expect(attempt.composers.map((composer) => composer.editor)).toEqual([editor]);
    expect(window.__posted).toEqual([{ surface: 'post', text: 'Bins go out on Tuesday' }]);
  });

  it('a disabled Post (empty draft) and Enter in the editor (a new paragraph) are not sends', async () => {
    const { window, $, button, click, key } = await open();
    click($('.fb-opener'));
    expect(click(button('Post'))).toBeNull();
    expect(key(window.__editors.createPost!.element, { key: 'Enter' })).toBeNull();
    expect(click(button('Photo/video'))).toBeNull();
  });

  it('a Page is checked at Next, and its final Post (editor gone) is not checked again', async () => {
    const { window, $, button, click } = await open('/?as=page');
    click($('.fb-opener'));
    const editor = window.__editors.createPost!.element;
    window.__editors.createPost!.setText('Council tax bills are on their way');
    const next = click(button('Next'))!;
    expect(next).toMatchObject({ surface: 'post', composers: [{ editor, surface: 'post' }] });
    expect(editor.isConnected).toBe(false); // the replica moved on to Post settings
    expect(click(button('Post', $('[data-fixture="post-settings"]')))).toBeNull();
    expect(window.__posted).toEqual([{ surface: 'post', text: 'Council tax bills are on their way' }]);
  });

  it('a Post with no editor in its dialog, and no Next or Post settings seen, fails open as a missing draft', async () => {
    const { $, button, click, document } = await open('/?as=page');
    click($('.fb-opener'));
    const dialog = $('[data-fixture="create-post"]');
    dialog.querySelector('form')!.remove();
    const orphan = document.createElement('div');
    orphan.setAttribute('role', 'button');
    orphan.setAttribute('aria-label', 'Post');
    dialog.append(orphan);
    expect(click(button('Post', dialog))).toMatchObject({ control: orphan, missing: 'draft', composers: [] });
  });

  it('when the editor no longer looks like Lexical (?drift=editor), Post is a send whose draft is missing', async () => {
    const { window, $, button, click } = await open('/?drift=editor');
    click($('.fb-opener'));
    window.__editors.createPost!.setText('anything');
    expect(click(button('Post'))).toMatchObject({ surface: 'post', missing: 'draft', composers: [] });
  });

  it('in a language with no labels (French), a click after the editor is checked with no control, so a risky draft gets a notice', async () => {
    const { window, $, button, click } = await open('/?locale=fr');
    click($('.fb-opener'));
    const editor = window.__editors.createPost!.element;
    window.__editors.createPost!.setText('Bonjour');
    const attempt = click(button('Publier'))!;
    expect(attempt).toMatchObject({ via: 'click', control: null, surface: 'post', composers: [{ editor }] });
    click($('.fb-opener'));
    expect(click(button('Fermer'))).toBeNull(); // Close sits before the editor
  });
});

describe('comments and replies', () => {
  it('Enter in a comment box sends it with its Comment arrow as the control; Shift+Enter does not', async () => {
    const { window, key } = await open();
    const box = window.__editors.comment!;
    box.setText('Thanks for the update');
    expect(key(box.element, { key: 'Enter', shiftKey: true })).toBeNull();
    const attempt = key(box.element, { key: 'Enter' })!;
    expect(attempt).toMatchObject({ via: 'keyboard', surface: 'comment', composers: [{ editor: box.element, surface: 'comment' }] });
    expect(attempt.control?.getAttribute('aria-label')).toBe('Comment');
    expect(attempt.control?.closest('form')).toBe(box.element.closest('form'));
  });

  it('a reply box is a reply; the Reply link and the post’s Comment action are not sends', async () => {
    const { window, button, click, key, $ } = await open();
    expect(click(button('Reply'))).toBeNull();
    const reply = window.__editors.reply!;
    reply.setText('We have asked highways');
    expect(key(reply.element, { key: 'Enter' })).toMatchObject({ surface: 'reply', composers: [{ editor: reply.element }] });
    expect(click(button('Comment', $('.fb-actions')))).toBeNull();
    reply.setText('And the drains'); // Enter sent the first one
    const submit = button('Comment', reply.element.closest('form')!);
    expect(click(submit)).toMatchObject({ via: 'click', control: submit, surface: 'reply' });
  });

  it('Welsh labels: "Rhoi sylw fel" is a comment box, and its Rhoi sylw arrow its control', async () => {
    const { window, key } = await open('/?locale=cy');
    const box = window.__editors.comment!;
    box.setText('Diolch');
    const attempt = key(box.element, { key: 'Enter' })!;
    expect(attempt).toMatchObject({ surface: 'comment' });
    expect(attempt.control?.getAttribute('aria-label')).toBe('Rhoi sylw');
  });
});

describe('Messenger', () => {
  for (const path of ['/messages/t/100000000000002', '/messages/e2ee/t/100000000000002']) {
    it(`Enter and the send button send a direct message on ${path}`, async () => {
      const { window, button, click, key } = await open(path);
      const box = window.__editors.message!;
      box.setText('Please call me');
      const send = button('Press enter to send');
      expect(key(box.element, { key: 'Enter' })).toMatchObject({ via: 'keyboard', control: send, surface: 'dm', composers: [{ editor: box.element }] });
      expect(window.__posted).toEqual([{ surface: 'dm', text: 'Please call me' }]);
      box.setText('Or email me');
      const again = button('Press enter to send');
      expect(click(again)).toMatchObject({ via: 'click', control: again, surface: 'dm' });
      // An empty box's button is the thumbs-up, not a send of a draft.
      expect(click(button('Send a like'))).toBeNull();
    });
  }
});

describe('Share', () => {
  it('Share now and Send via Messenger share the post whose Share button was clicked', async () => {
    const { button, click, $ } = await open();
    expect(click($('[data-ad-rendering-role="share_button"]'))).toBeNull();
    const now = button('Share now');
    expect(click(now)).toEqual({ via: 'click', control: now, surface: 'share', composers: [], shared: { text: FEED_POST_TEXT, truncated: false } });
    click($('[data-ad-rendering-role="share_button"]').closest<HTMLElement>('[role="button"]')!);
    const messenger = button('Send to Pat Reynolds via Messenger');
    expect(click(messenger)).toMatchObject({ control: messenger, surface: 'share', shared: { text: FEED_POST_TEXT } });
  });

  it('when the post cannot be found (?drift=share), sharing is a send whose post is missing', async () => {
    const { button, click } = await open('/?drift=share');
    click(button('Send this to friends or post it on your profile.'));
    expect(click(button('Share now'))).toMatchObject({ surface: 'share', missing: 'post', composers: [] });
  });

  it('Welsh: Rhannu nawr and Anfon at … drwy Messenger are shares', async () => {
    const { button, click, $ } = await open('/?locale=cy');
    click($('[data-ad-rendering-role="share_button"]'));
    expect(click(button('Anfon at Sam Okafor drwy Messenger'))).toMatchObject({ surface: 'share', shared: { text: FEED_POST_TEXT } });
    click($('[data-ad-rendering-role="share_button"]'));
    expect(click(button('Rhannu nawr'))).toMatchObject({ surface: 'share', shared: { text: FEED_POST_TEXT } });
  });
});

describe('who is posting', () => {
  it('is the profile, or the Page the person switched to, from the left rail; a focused "Comment as" box names it too', async () => {
    const person = await open();
    expect(person.adapter.currentAccount(person.document)).toEqual(['https://www.facebook.com/profile.php?id=100000000000001', 'Alex Morgan']);
    const page = await open('/?as=page&locale=cy');
    expect(page.adapter.currentAccount(page.document)).toEqual(['https://www.facebook.com/northshirecountycouncil', 'Northshire County Council']);
    page.$('[role="navigation"]').remove();
    expect(page.adapter.currentAccount(page.document)).toEqual(['Northshire County Council']);
  });

  it('lists every composer on the page with its surface and its send control', async () => {
    const { window, adapter, document, button, click } = await open();
    click(button('Reply'));
    const found = adapter.findComposers(document).map((composer) => ({ surface: composer.surface, send: composer.send?.getAttribute('aria-label') }));
    expect(found).toEqual([
      { surface: 'reply', send: 'Comment' },
      { surface: 'comment', send: 'Comment' },
    ]);
    expect(window.__editors.reply).toBeDefined();
  });
});

describe('boxes that no longer look like Lexical (?drift=editor)', () => {
  it('Enter in a comment box, and its Comment arrow, are sends whose draft is missing', async () => {
    const { window, key, click, button } = await open('/?drift=editor');
    const box = window.__editors.comment!;
    box.setText('anything');
    expect(key(box.element, { key: 'Enter' })).toMatchObject({ via: 'keyboard', surface: 'comment', missing: 'draft', composers: [] });
    box.setText('anything else');
    const arrow = button('Comment', box.element.closest('form')!);
    expect(click(arrow)).toMatchObject({ via: 'click', control: arrow, missing: 'draft', composers: [] });
  });

  it('Enter in Messenger is a send whose draft is missing; Enter in a box nowhere near a send control is not a send', async () => {
    const messenger = await open('/messages/t/1?drift=editor');
    const box = messenger.window.__editors.message!;
    box.setText('anything');
    expect(messenger.key(box.element, { key: 'Enter' })).toMatchObject({ surface: 'dm', missing: 'draft' });
    const feed = await open('/?drift=editor');
    feed.$('.fb-opener').click();
    expect(feed.key(feed.window.__editors.createPost!.element, { key: 'Enter' })).toBeNull();
  });
});

describe('the replica’s labels and the adapter’s label map', () => {
  it('every en-GB and Welsh label the replica shows is one the adapter knows, and none of the French ones are (so French must fail open)', async () => {
    const { REPLICA_LABELS } = await import('../fixtures/facebook/app/labels');
    const { labelIs, labelMatch } = await import('../../utils/platforms/facebook-labels');
    const known = (locale: string) => {
      const l = REPLICA_LABELS[locale]!;
      return [
        labelIs('createPost', l.createPost),
        labelIs('post', l.post),
        labelIs('next', l.next),
        labelIs('postSettings', l.postSettings),
        labelMatch('commentEditor', l.commentAs('Alex Morgan')) === 'Alex Morgan',
        labelMatch('replyEditor', l.replyTo('Jordan Lee')) === 'Jordan Lee',
        labelIs('commentSubmit', l.comment),
        labelIs('messageEditor', l.message),
        labelIs('messageSend', l.pressEnterToSend),
        labelIs('shareNow', l.shareNow),
        labelMatch('sendViaMessenger', l.sendViaMessenger('Pat Reynolds')) === 'Pat Reynolds',
        labelIs('shortcuts', l.shortcuts),
      ];
    };
    expect(known('en-GB').every(Boolean)).toBe(true);
    expect(known('cy').every(Boolean)).toBe(true);
    // "Message" is the same word in French; everything that sends is unknown.
    expect(known('fr').filter(Boolean)).toEqual([true]);
  });
});
