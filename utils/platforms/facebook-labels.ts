/**
 * Facebook's interface strings, per locale, as data: which button posts, which editor is a
 * comment, which row of the Share dialog shares. Labels are compared normalised (case, white
 * space, typographic apostrophes and "..." folded: bots on the live site meet both "Share now" and
 * "Share Now"); patterns match case-insensitively and capture a name as written. A locale missing here makes sends unrecognisable, which
 * the adapter turns into a visible fail-open notice rather than silence.
 *
 * en-GB is what facebook.com shows a UK account (en-US differs only where noted). The Welsh
 * (Cymraeg) strings follow Facebook's Welsh interface as best known without a live capture: when
 * a real capture differs, fix them here.
 */
export interface FacebookLabels {
  /** The create-post dialog's title. */
  createPost: readonly string[];
  /** The button that publishes from the create-post dialog (and from a Page's Post settings). */
  post: readonly string[];
  /** A Page's first step: the draft goes no further than the page's memory after this. */
  next: readonly string[];
  /** The title of a Page's second step, where the editor is gone. */
  postSettings: readonly string[];
  /** Comment composer labels; a capture group holds the name commenting (the account in use). */
  commentEditor: readonly RegExp[];
  replyEditor: readonly RegExp[];
  /** The arrow that submits a comment or a reply. */
  commentSubmit: readonly string[];
  /** Messenger's composer. */
  messageEditor: readonly string[];
  messageSend: readonly string[];
  /** Rows of the Share dialog that publish in one click. */
  shareNow: readonly string[];
  sendViaMessenger: readonly RegExp[];
  /** The truncation link at the end of a long post. */
  seeMore: readonly string[];
  /** The left rail, whose first link is whoever the person is using Facebook as (profile or Page). */
  shortcuts: readonly string[];
}

const enGB: FacebookLabels = {
  createPost: ['Create post'],
  post: ['Post'],
  next: ['Next'],
  postSettings: ['Post settings'],
  commentEditor: [/^Comment as (.+)$/, /^Write a comment…$/, /^Write a public comment…$/],
  replyEditor: [/^Reply to (.+)$/, /^Reply as (.+)$/],
  // Reply boxes submit with the same "Comment" arrow; the "Reply" link under a comment only opens a box.
  // "Post comment" in Facebook's newer composer (LIVE-SITES.md 2a); the arrow's id is tried first.
  commentSubmit: ['Comment', 'Post comment'],
  messageEditor: ['Message'],
  // "Press enter to send" once there is text; some layouts say "Send".
  messageSend: ['Press enter to send', 'Send', 'Send message'],
  // "Share now (Public)" / "(Friends)" in older dialogs that name the audience.
  shareNow: ['Share now', 'Share now (Public)', 'Share now (Friends)'],
  sendViaMessenger: [/^Send to (.+) via Messenger$/, /^Send in Messenger to (.+)$/],
  seeMore: ['See more'],
  shortcuts: ['Shortcuts'],
};

const cy: FacebookLabels = {
  createPost: ['Creu neges'],
  post: ['Postio'],
  next: ['Nesaf'],
  postSettings: ['Gosodiadau neges'],
  commentEditor: [/^Rhoi sylw fel (.+)$/, /^Ysgrifennwch sylw…$/],
  replyEditor: [/^Ateb (.+)$/],
  commentSubmit: ['Rhoi sylw'],
  messageEditor: ['Neges'],
  messageSend: ['Pwyswch Enter i anfon', 'Anfon'],
  shareNow: ['Rhannu nawr'],
  sendViaMessenger: [/^Anfon at (.+) drwy Messenger$/],
  seeMore: ['Gweld rhagor'],
  shortcuts: ['Llwybrau byr'],
};

export const FACEBOOK_LABELS = { 'en-GB': enGB, cy } as const satisfies Record<string, FacebookLabels>;

/** Every locale at once: Facebook's language is the account's choice, not the browser's. */
const ALL = Object.values(FACEBOOK_LABELS);

type PlainKind = { [K in keyof FacebookLabels]: FacebookLabels[K] extends readonly string[] ? K : never }[keyof FacebookLabels];
type PatternKind = 'commentEditor' | 'replyEditor' | 'sendViaMessenger';

/** A label with white space collapsed, typographic apostrophes made plain and "..." made "…"; case kept. */
export function foldLabel(label: string): string {
  return label.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\.\.\./g, '\u2026').replace(/\s+/g, ' ').trim();
}

/** A label as compared: folded, and in lower case. */
export const normaliseLabel = (label: string) => foldLabel(label).toLowerCase();

const plain = new Map<PlainKind, Set<string>>();
const patterns = new Map<PatternKind, RegExp[]>();

export function labelIs(kind: PlainKind, label: string): boolean {
  let known = plain.get(kind);
  if (!known) plain.set(kind, (known = new Set(labelsOf(kind).map(normaliseLabel))));
  return known.has(normaliseLabel(label));
}

/** Every known label of a kind, in every locale (to build attribute selectors). */
export function labelsOf(kind: PlainKind): string[] {
  return ALL.flatMap((labels) => labels[kind] as readonly string[]);
}

/** The first capture (or '' when the pattern has none) of the first pattern that matches, else null. */
export function labelMatch(kind: PatternKind, label: string): string | null {
  let compiled = patterns.get(kind);
  if (!compiled) {
    compiled = ALL.flatMap((labels) => labels[kind].map((pattern) => new RegExp(foldLabel(pattern.source), `${pattern.flags.replace('i', '')}i`)));
    patterns.set(kind, compiled);
  }
  const folded = foldLabel(label);
  for (const pattern of compiled) {
    const match = pattern.exec(folded);
    if (match) return match[1] ?? '';
  }
  return null;
}
