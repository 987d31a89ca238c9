/** What the send guard asks of the UI; the Preact overlay implements it, unit tests fake it. */
import type { Finding } from '../engine/types';
import type { OverlayTranslate } from '../i18n/overlay';
import type { Surface } from '../platforms/types';

/** One finding as the panel shows it. */
export interface PanelItem {
  finding: Finding;
  /** The text the finding's offsets point into: its box's draft, or the shared post's text. */
  text: string;
  /** Which box of a thread (0-based); always 0 for a single box. */
  box: number;
}

export type MuteScope = 'finding' | 'rule';

export interface PanelView {
  /** Medium/high findings only: the ones that stop a send. */
  items: PanelItem[];
  /** How many boxes this send publishes (a thread's "Post all" sends several). */
  boxes: number;
  /** Each box's text as it was checked, shown with the findings highlighted so the draft stays in view. */
  drafts: string[];
  /** Where the person is: the panel's title and buttons say "Send anyway" in a DM, "Repost anyway" for a repost. */
  surface: Surface;
  /** The draft looks like Welsh: identifiers were checked, the wording was not. */
  welsh?: boolean;
  /** The shared post's text was cut short on the page ("Show more"): the check saw only part of it. */
  sharedTruncated: boolean;
  /** A line about the last action (suggestion applied, or why it could not be). */
  message?: { kind: 'info' | 'error'; text: string };
  /** True while a suggestion is being written into the editor. */
  busy: boolean;
  /** Whether the person keeps a record of "posted anyway" decisions: the panel then asks why (optional). */
  askReason: boolean;
  /** Rules the council's policy forces on cannot be muted. */
  canMute(item: PanelItem, scope: MuteScope): boolean;
  /** The council's own social media policy, linked beside every explanation. */
  policyUrl?: string;
  t: OverlayTranslate;
  onEdit(): void;
  onPostAnyway(reason?: string): void;
  /** Puts `replacement` in place of the finding's span, or of `range` (a sentence-level rewrite). */
  onApply(item: PanelItem, replacement: string, range?: { start: number; end: number }): void;
  /** "Replace all": the same replacement for several identical findings, in one step. */
  onApplyAll(items: PanelItem[], replacement: string): void;
  onMute(item: PanelItem, scope: MuteScope): void;
}

export interface GuardUi {
  showPanel(view: PanelView): void;
  hidePanel(): void;
  /** A quiet, self-dismissing line: failures, fail-open passes, "suggestion applied". */
  notice(text: string): void;
  /** Whether an event happened inside the extension's own UI (never a send). */
  contains(event: Event): boolean;
}
