/** What the send guard asks of the UI; the Preact overlay implements it, unit tests fake it. */
import type { Finding } from '../engine/types';

export interface PanelView {
  /** The draft as checked: findings' offsets point into it. */
  text: string;
  /** Medium/high findings only: the ones that stop a send. */
  findings: Finding[];
  /** A line about the last action (suggestion applied, or why it could not be). */
  message?: { kind: 'info' | 'error'; text: string };
  /** True while a suggestion is being written into the editor. */
  busy: boolean;
  onEdit(): void;
  onPostAnyway(): void;
  onApply(finding: Finding, replacement: string): void;
}

export interface GuardUi {
  showPanel(view: PanelView): void;
  hidePanel(): void;
  /** A quiet, self-dismissing line: failures, fail-open passes, "suggestion applied". */
  notice(text: string): void;
  /** Whether an event happened inside the extension's own UI (never a send). */
  contains(event: Event): boolean;
}
