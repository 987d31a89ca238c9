/**
 * Stands between a send (click or keyboard shortcut) and the site. Platform-agnostic: the adapter
 * says what a send is and where the draft lives; `checkDraft` runs the engine; the UI shows the
 * panel. Principles (shared/DESIGN.md): advisory, never lose the draft, fail open visibly.
 */
import { isBlocking, type Finding } from '../engine/types';
import type { CheckResult } from '../engine/engine';
import type { Composer, PlatformAdapter } from '../platforms/types';
import { NOTICES } from './notices';
import type { GuardUi, PanelView } from './types';

export interface SendGuardOptions {
  adapter: PlatformAdapter;
  checkDraft(text: string, composer: Composer): CheckResult;
  ui: GuardUi;
}

interface Session {
  editor: HTMLElement;
  control: HTMLElement;
  composer: Composer;
  text: string;
  findings: Finding[];
  message?: PanelView['message'];
  busy: boolean;
}

export interface SendGuard {
  /** For `click` and `keydown`, registered in the capture phase on `window`. */
  handle(event: Event): void;
  /** Whether the panel is open (for tests and the content script's own bookkeeping). */
  readonly open: boolean;
}

export function createSendGuard({ adapter, checkDraft, ui }: SendGuardOptions): SendGuard {
  let session: Session | null = null;
  // One-shot: the control "Post anyway" is about to click. Consumed by that click's own event.
  let bypass: HTMLElement | null = null;

  const blockingOf = (composer: Composer, text: string): Finding[] => {
    const result = checkDraft(text, composer);
    if (result.failures.length) ui.notice(NOTICES.someRulesFailed(result.failures.length));
    return result.findings.filter((finding) => isBlocking(finding.severity));
  };

  function render(): void {
    if (!session) return ui.hidePanel();
    const { text, findings, message, busy } = session;
    ui.showPanel({ text, findings, message, busy, onEdit: edit, onPostAnyway: postAnyway, onApply: apply });
  }

  function close(): Session | null {
    const closing = session;
    session = null;
    ui.hidePanel();
    return closing;
  }

  function edit(): void {
    const closing = close();
    if (!closing) return;
    closing.editor.focus();
    const first = closing.findings.find((finding) => finding.in !== 'quoted');
    if (first) adapter.selectRange(closing.editor, first.start, first.end);
  }

  function postAnyway(): void {
    const closing = close();
    if (!closing) return;
    bypass = closing.control;
    try {
      // For keyboard sends too: clicking the button is what both sites accept from a script.
      closing.control.click();
    } finally {
      bypass = null;
    }
  }

  async function apply(finding: Finding, replacement: string): Promise<void> {
    const current = session;
    if (!current || current.busy || finding.in === 'quoted') return;
    current.busy = true;
    render();
    try {
      const written = await adapter.replaceRange(current.editor, finding.start, finding.end, replacement);
      if (session !== current) return; // closed meanwhile
      current.busy = false;
      if (!written.ok) {
        const changed = written.text !== current.text;
        current.message = {
          kind: 'error',
          text: `The suggestion could not be applied: ${written.reason} ${changed ? 'Please check the text in the editor before posting.' : 'Your text is unchanged.'}`,
        };
        return render();
      }
      const text = adapter.readDraft(current.editor);
      const findings = blockingOf(current.composer, text);
      if (findings.length === 0) {
        close();
        current.editor.focus();
        ui.notice(NOTICES.applied);
        return;
      }
      Object.assign(current, { text, findings, message: { kind: 'info', text: 'Suggestion applied.' } });
      render();
    } catch (error) {
      if (session !== current) return;
      current.busy = false;
      current.message = { kind: 'error', text: NOTICES.checkFailed(error) };
      render();
    }
  }

  function handle(event: Event): void {
    if (ui.contains(event)) return;
    let attempt;
    try {
      attempt = adapter.sendAttemptFor(event);
    } catch (error) {
      ui.notice(NOTICES.checkFailed(error));
      return;
    }
    if (!attempt) return;
    if (bypass && attempt.control === bypass) {
      bypass = null;
      return;
    }
    const { composer, control } = attempt;
    if (!composer) return ui.notice(NOTICES.noDraft);

    let text: string;
    let findings: Finding[];
    try {
      text = adapter.readDraft(composer.editor);
      findings = blockingOf(composer, text);
    } catch (error) {
      return ui.notice(NOTICES.checkFailed(error));
    }
    if (findings.length === 0) return;
    // Without a button, "Post anyway" could not post: let it through rather than trap the draft.
    if (!control) return ui.notice(NOTICES.noSendButton);

    event.preventDefault();
    event.stopImmediatePropagation();
    session = { editor: composer.editor, control, composer, text, findings, busy: false };
    render();
  }

  return {
    handle,
    get open() {
      return session !== null;
    },
  };
}
