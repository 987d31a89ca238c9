/**
 * The adapter every platform implements (X now, Facebook next). The content script wires an
 * adapter to the engine and the panel and knows nothing about a site's markup; an adapter knows
 * nothing about rules or UI. Reading is pure over the DOM tree (testable without a browser);
 * writing needs a real editor and is tested in Chromium.
 */
import type { CheckRequest } from '../engine/request';
import type { Anchor } from './selector-table';

export type Platform = NonNullable<CheckRequest['platform']>;
export type Surface = NonNullable<CheckRequest['surface']>;

/** One compose box and the control that sends it. */
export interface Composer {
  /** The contenteditable (or textarea) holding the draft. */
  editor: HTMLElement;
  /** Post / Reply / Send; null when the box was found but its button was not. */
  send: HTMLElement | null;
  surface: Surface;
}

export type SendVia = 'click' | 'keyboard';

/** What is being published: the boxes a send publishes, and the post it shares, if any. */
export interface SendAttempt {
  via: SendVia;
  /** The control to click when the person chooses to post anyway (for keyboard sends too). */
  control: HTMLElement | null;
  /** How the post goes out; for a repost or share with no text of one's own, `composers` is empty. */
  surface: Surface;
  /** Every box this send publishes: one, or several for a thread's "Post all". */
  composers: Composer[];
  /** The post being quoted, reposted or shared, read from the page. */
  shared?: PostText;
  /**
   * This is a send, but what it publishes could not be read (X or Facebook changed their
   * markup): the caller lets it through and says so (fail open, visibly).
   */
  missing?: 'draft' | 'post';
}

/** A published post read from the timeline (the other post of a reply, quote or repost). */
export interface PostText {
  text: string;
  /** The quoted post's text, when the post quotes one. */
  quoted?: string;
  /** X shows "Show more": the text is only the visible part. */
  truncated: boolean;
}

/**
 * Why a write was not made: the guard words it in the user's language (panel.writeFailure.*).
 * `changed`: the draft is no longer what was checked; `no-selection`: the page would not let us
 * select the span; `refused`: the editor left the text as it was; `not-kept`: the editor changed
 * the text, but not into what was asked.
 */
export type WriteFailure = 'changed' | 'no-selection' | 'refused' | 'not-kept';

export type WriteResult = { ok: true } | { ok: false; reason: WriteFailure; text: string };

export interface PlatformAdapter {
  platform: Platform;
  /** Every compose box under `root` (the page, a dialog). */
  findComposers(root: ParentNode): Composer[];
  /** The draft exactly as it will be published, from the DOM. Pure: no layout, no innerText. */
  readDraft(editor: Element): string;
  /** Recognises a send (click on a send control, or the keyboard shortcut in an editor). */
  sendAttemptFor(event: Event): SendAttempt | null;
  /** Replaces the draft's [start, end) with `replacement` through the editor's own input path. */
  replaceRange(editor: HTMLElement, start: number, end: number, replacement: string): Promise<WriteResult>;
  /** Selects [start, end) of the draft in the editor (e.g. to show where a finding is). */
  selectRange(editor: HTMLElement, start: number, end: number): void;
  /**
   * [start, end) of the draft as a DOM Range, to draw a highlight over it (never selected, never
   * edited). Optional: absent, or null, for editors with no DOM inside (a <textarea>).
   */
  rangeFor?(editor: HTMLElement, start: number, end: number): Range | null;
  /** The text of a post on the timeline. */
  readPost(article: Element): PostText | null;
  /**
   * Every name the page shows for the account that is posting: X's handle and display name; a
   * Facebook profile's or Page's id or slug (from its address) and its name. Empty when it shows none.
   */
  currentAccount(document: Document): string[];
  /** The site's editor selectors with their sources, for the popup's self-test to name the one that matched. */
  editorAnchors?: readonly Anchor[];
  /**
   * Sees every click and key before the send guard does, for flows that span several clicks
   * (X's Repost opens a menu; Facebook Pages post in two steps). Optional.
   */
  observe?(event: Event): void;
}
