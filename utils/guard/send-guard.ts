/**
 * Stands between a send (click or keyboard shortcut) and the site. Platform-agnostic: the adapter
 * says what a send is and where the drafts live; `checkDraft` runs the engine; the UI shows the
 * panel. Principles (shared/DESIGN.md): advisory, never lose the draft, fail open visibly.
 */
import { editOf } from '../engine/edit';
import { isBlocking, type Finding } from '../engine/types';
import type { CheckResult } from '../engine/engine';
import type { OverlayTranslate } from '../i18n/overlay';
import { isDisabled } from '../platforms/dom-query';
import type { Composer, PlatformAdapter, SendAttempt } from '../platforms/types';
import type { GuardUi, MuteScope, PanelItem, PanelView } from './types';

/** One check: a box's text (or '' for a plain repost) and the shared post's text, if any. */
export interface GuardCheck {
  text: string;
  surface: SendAttempt['surface'];
  quoted?: string;
  composer?: Composer;
}

/** The person's preferences that the panel needs; read at each send so settings changes apply at once. */
export interface GuardPreferences {
  askReason: boolean;
  policyUrl?: string;
  canMute(finding: Finding, scope: MuteScope): boolean;
  /** Whether a draft is in Welsh (the panel then says its wording was not checked). */
  isWelsh?(text: string): boolean;
}

export interface SendGuardOptions {
  adapter: PlatformAdapter;
  checkDraft(check: GuardCheck): CheckResult;
  ui: GuardUi;
  /** The current translator; called on every click and key press, so it must be a cheap getter. */
  translate(): OverlayTranslate;
  preferences(): GuardPreferences;
  /** "Don't warn me about this again": persisted by the caller. */
  mute?(item: PanelItem, scope: MuteScope): Promise<void>;
  /** "Post anyway" chosen: recorded by the caller when the person keeps a decision log. */
  postedAnyway?(items: PanelItem[], attempt: { surface: SendAttempt['surface'] }, reason?: string): void;
  /** Runs `check` once the site has had time to act on a released click (a timer; tests pass their own). */
  later?(check: () => void): void;
}

/**
 * How long the site has to act on "Post anyway"'s click before we say it did not: X acts on a
 * click at once (closes the menu, clears the box, disables the button); a second is generous.
 */
export const RELEASE_SETTLE_MS = 1000;
/** How long the person has to press the site's own control themselves, after it ignored ours. */
export const PASS_ONCE_MS = 2 * 60_000;

interface Box {
  composer?: Composer;
  text: string;
}

interface Session {
  control: HTMLElement;
  attempt: SendAttempt;
  boxes: Box[];
  items: PanelItem[];
  message?: PanelView['message'];
  busy: boolean;
}

export interface SendGuard {
  /** For `click` and `keydown`, registered in the capture phase on `window`. */
  handle(event: Event): void;
  /** Whether the panel is open (for tests and the content script's own bookkeeping). */
  readonly open: boolean;
}

export function createSendGuard(options: SendGuardOptions): SendGuard {
  const { adapter, ui, translate } = options;
  let session: Session | null = null;
  // One-shot: the control "Post anyway" is about to click. Consumed by that click's own event.
  let bypass: HTMLElement | null = null;
  // When the site ignored that click (X may honour only trusted presses on its Repost menu), the
  // person's own next press of the same send passes once: "Post anyway" must never loop.
  let passOnce: { fingerprint: string; until: number } | null = null;
  const later = options.later ?? ((check: () => void) => void setTimeout(check, RELEASE_SETTLE_MS));

  /** Checks every box; the shared post is checked once, with the first box. */
  function findItems(attempt: SendAttempt, boxes: Box[]): PanelItem[] {
    const quoted = attempt.shared?.text || undefined;
    let failures = 0;
    const items = boxes.flatMap((box, index) => {
      const result = options.checkDraft({
        text: box.text,
        surface: attempt.surface,
        ...(index === 0 && quoted ? { quoted } : {}),
        ...(box.composer ? { composer: box.composer } : {}),
      });
      failures += result.failures.length;
      return result.findings
        .filter((finding) => isBlocking(finding.severity))
        .map((finding) => ({ finding, text: finding.in === 'quoted' ? (quoted ?? '') : box.text, box: index }));
    });
    if (failures) ui.notice(translate()('panel.notice.someRulesFailed', { count: failures }));
    return items;
  }

  function render(): void {
    if (!session) return ui.hidePanel();
    const { items, boxes, message, busy, attempt } = session;
    const preferences = options.preferences();
    ui.showPanel({
      items,
      boxes: boxes.length,
      drafts: boxes.map((box) => box.text),
      surface: attempt.surface,
      ...(preferences.isWelsh?.(boxes.map((box) => box.text).join('\n')) ? { welsh: true } : {}),
      sharedTruncated: attempt.shared?.truncated ?? false,
      message,
      busy,
      askReason: preferences.askReason,
      canMute: (item, scope) => Boolean(options.mute) && preferences.canMute(item.finding, scope),
      ...(preferences.policyUrl ? { policyUrl: preferences.policyUrl } : {}),
      t: translate(),
      onEdit: edit,
      onPostAnyway: postAnyway,
      onApply: (item, replacement, range) => apply([{ item, replacement, ...(range ?? {}) }]),
      onApplyAll: (items, replacement) => apply(items.map((item) => ({ item, replacement }))),
      onMute: mute,
    });
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
    const first = closing.items.find((item) => item.finding.in !== 'quoted');
    const editor = closing.boxes[first?.box ?? 0]?.composer?.editor;
    if (!editor) return;
    editor.focus();
    if (first) adapter.selectRange(editor, first.finding.start, first.finding.end);
  }

  /** The one way a held send goes out: a click on the site's own control, let through once. */
  function release(session: Session): void {
    const { control } = session;
    bypass = control;
    try {
      // For keyboard sends too: clicking the button is what both sites accept from a script.
      control.click();
    } finally {
      bypass = null;
    }
    later(() => {
      if (tookEffect(session)) return;
      passOnce = { fingerprint: fingerprint(session.attempt, session.boxes), until: Date.now() + PASS_ONCE_MS };
      ui.notice(translate()('panel.notice.releaseIgnored'));
    });
  }

  /** The site acted on the click: the control went away or was disabled, or a box was emptied or changed. */
  function tookEffect({ control, boxes }: Session): boolean {
    if (!control.isConnected || isDisabled(control)) return true;
    return boxes.some((box) => box.composer && (!box.composer.editor.isConnected || adapter.readDraft(box.composer.editor) !== box.text));
  }

  function postAnyway(reason?: string): void {
    const closing = close();
    if (!closing) return;
    try {
      options.postedAnyway?.(closing.items, { surface: closing.attempt.surface }, reason);
    } catch {
      // A record that cannot be written must never stop the post.
    }
    release(closing);
  }

  async function mute(item: PanelItem, scope: MuteScope): Promise<void> {
    const current = session;
    if (!current || !options.mute) return;
    const t = translate();
    try {
      await options.mute(item, scope);
    } catch (error) {
      if (session !== current) return;
      current.message = { kind: 'error', text: t('panel.muteFailed', { error: describe(error) }) };
      return render();
    }
    if (session !== current) return;
    const same = (other: PanelItem) =>
      scope === 'rule' ? other.finding.ruleId === item.finding.ruleId : other === item;
    current.items = current.items.filter((other) => !same(other));
    if (current.items.length === 0) {
      close();
      ui.notice(t('panel.notice.muted'));
      return;
    }
    current.message = { kind: 'info', text: t(scope === 'rule' ? 'panel.mutedRule' : 'panel.mutedFinding') };
    render();
  }

  /**
   * Writes one or more replacements into their boxes, last first so earlier offsets stay valid,
   * then re-checks every box: the rest of the draft may still need the panel.
   */
  async function apply(edits: Array<{ item: PanelItem; replacement: string; start?: number; end?: number }>): Promise<void> {
    const current = session;
    const usable = edits.filter(({ item }) => item.finding.in !== 'quoted' && current?.boxes[item.box]?.composer);
    if (!current || current.busy || usable.length === 0) return;
    const t = translate();
    current.busy = true;
    render();
    try {
      const ordered = [...usable].sort((a, b) => b.item.box - a.item.box || (b.start ?? b.item.finding.start) - (a.start ?? a.item.finding.start));
      for (const { item, replacement, start, end } of ordered) {
        const box = current.boxes[item.box]!;
        const editor = box.composer!.editor;
        // A sentence-level rewrite comes with its exact range; a suggestion replaces the finding's span.
        const edit = start !== undefined && end !== undefined ? { start, end, text: replacement } : editOf(box.text, item.finding, replacement);
        const written = await adapter.replaceRange(editor, edit.start, edit.end, edit.text);
        if (session !== current) return; // closed meanwhile
        if (!written.ok) {
          current.busy = false;
          const key = written.text !== box.text ? 'panel.applyFailedChanged' : 'panel.applyFailedUnchanged';
          current.message = { kind: 'error', text: t(key, { reason: t(`panel.writeFailure.${written.reason}`) }) };
          return render();
        }
      }
      current.busy = false;
      for (const box of current.boxes) if (box.composer) box.text = adapter.readDraft(box.composer.editor);
      current.items = findItems(current.attempt, current.boxes);
      if (current.items.length === 0) {
        close();
        current.boxes[usable[0]!.item.box]?.composer?.editor.focus();
        ui.notice(t('panel.notice.applied'));
        return;
      }
      current.message = { kind: 'info', text: t('panel.applied') };
      render();
    } catch (error) {
      if (session !== current) return;
      current.busy = false;
      current.message = { kind: 'error', text: t('panel.notice.checkFailed', { error: describe(error) }) };
      render();
    }
  }

  function handle(event: Event): void {
    if (ui.contains(event)) return;
    const t = translate();
    let attempt: SendAttempt | null;
    try {
      adapter.observe?.(event);
      attempt = adapter.sendAttemptFor(event);
    } catch (error) {
      ui.notice(t('panel.notice.checkFailed', { error: describe(error) }));
      return;
    }
    if (!attempt) return;
    if (bypass && attempt.control === bypass) {
      bypass = null;
      return;
    }
    if (attempt.missing) return ui.notice(t(attempt.missing === 'post' ? 'panel.notice.noPost' : 'panel.notice.noDraft'));

    let boxes: Box[];
    let items: PanelItem[];
    try {
      boxes = attempt.composers.length
        ? attempt.composers.map((composer) => ({ composer, text: adapter.readDraft(composer.editor) }))
        : [{ text: '' }];
      if (passOnce && passOnce.until > Date.now() && passOnce.fingerprint === fingerprint(attempt, boxes)) {
        passOnce = null;
        return;
      }
      items = findItems(attempt, boxes);
    } catch (error) {
      return ui.notice(t('panel.notice.checkFailed', { error: describe(error) }));
    }
    if (items.length === 0) return;
    // Without a control, "Post anyway" could not post: let it through rather than trap the draft.
    if (!attempt.control) return ui.notice(t('panel.notice.noSendButton'));

    event.preventDefault();
    event.stopImmediatePropagation();
    session = { control: attempt.control, attempt, boxes, items, busy: false };
    render();
  }

  return {
    handle,
    get open() {
      return session !== null;
    },
  };
}

/** The same send, by what it publishes: its surface, its boxes' text and the post it shares. */
function fingerprint(attempt: SendAttempt, boxes: Box[]): string {
  return JSON.stringify([attempt.surface, attempt.shared?.text ?? '', boxes.map((box) => box.text)]);
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
