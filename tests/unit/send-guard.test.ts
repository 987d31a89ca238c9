/**
 * The send guard's decisions, with a fake adapter and UI in happy-dom: hold a send only for
 * medium/high findings, let "Post anyway" through exactly once, check every box of a thread and
 * the post being shared, and fail open (with a notice) whenever anything goes wrong. The real
 * adapters and panel are covered in tests/e2e.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import type { CheckResult } from '../../utils/engine/engine';
import type { Finding, Severity } from '../../utils/engine/types';
import { createSendGuard, type GuardCheck, type SendGuardOptions } from '../../utils/guard/send-guard';
import type { GuardUi, PanelView } from '../../utils/guard/types';
import { createTranslator } from '../../utils/i18n';
import type { PlatformAdapter, SendAttempt } from '../../utils/platforms/types';

const windows: Window[] = [];
afterEach(async () => Promise.all(windows.splice(0).map((window) => window.happyDOM.close())));

const finding = (severity: Severity, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'ni-number', category: 'personal-data', severity, start: 0, end: 9,
  message: 'm', explanation: 'e', source: 's', suggestions: ['[removed]'], ...extra,
});

type AttemptShape = Pick<SendAttempt, 'surface' | 'shared' | 'missing'> & { boxes?: number };

function setup({
  result,
  attempt = { surface: 'post' },
  options = {},
}: {
  result: (check: GuardCheck) => CheckResult;
  attempt?: AttemptShape;
  options?: Partial<SendGuardOptions>;
}) {
  const window = new Window({ url: 'https://x.com/home' });
  windows.push(window);
  const document = window.document;
  document.body.innerHTML =
    '<div contenteditable="true" id="e0">AB123456C first</div><div contenteditable="true" id="e1">second box</div><button id="send">Post</button>';
  const editors = [document.getElementById('e0'), document.getElementById('e1')] as unknown as HTMLElement[];
  const send = document.getElementById('send') as unknown as HTMLElement;
  const boxes = attempt.boxes ?? 1;
  const adapter: PlatformAdapter = {
    platform: 'x',
    findComposers: () => [],
    readDraft: (element) => element.textContent ?? '',
    sendAttemptFor: (event) =>
      event.type === 'click' && event.target === send
        ? {
            via: 'click',
            control: send,
            surface: attempt.surface,
            composers: attempt.missing ? [] : editors.slice(0, boxes).map((editor) => ({ editor, send, surface: attempt.surface })),
            ...(attempt.shared ? { shared: attempt.shared } : {}),
            ...(attempt.missing ? { missing: attempt.missing } : {}),
          }
        : null,
    replaceRange: async (editor, start, end, replacement) => {
      const text = editor.textContent ?? '';
      editor.textContent = text.slice(0, start) + replacement + text.slice(end);
      return { ok: true };
    },
    selectRange: () => {},
    readPost: () => null,
    currentAccount: () => [],
  };
  const panels: (PanelView | null)[] = [];
  const ui: GuardUi & { notices: string[] } = {
    notices: [],
    showPanel: (view) => panels.push(view),
    hidePanel: () => panels.push(null),
    notice(text) { this.notices.push(text); },
    contains: () => false,
  };
  const checks: GuardCheck[] = [];
  // The checks "Post anyway" schedules for after the site has had time to act, run by the test.
  const pending: (() => void)[] = [];
  const guard = createSendGuard({
    later: (check) => pending.push(check),
    adapter,
    ui,
    checkDraft: (check) => (checks.push(check), result(check)),
    translate: () => createTranslator('en-GB'),
    preferences: () => ({ askReason: false, canMute: () => true }),
    ...options,
  });
  window.addEventListener('click', guard.handle as never, true as never);
  // Stands for the site's own handler: runs only when the guard lets the click through.
  const sent = vi.fn();
  send.addEventListener('click', sent);
  return { send, guard, panels, ui, sent, checks, pending, lastPanel: () => panels.at(-1) ?? null };
}

describe('send guard', () => {
  it('holds a send with a high finding and shows the panel', () => {
    const { send, sent, lastPanel, guard } = setup({ result: () => ({ findings: [finding('high')], failures: [] }) });
    send.click();
    expect(sent).not.toHaveBeenCalled();
    expect(guard.open).toBe(true);
    expect(lastPanel()?.items.map((item) => [item.finding.severity, item.box, item.text])).toEqual([['high', 0, 'AB123456C first']]);
  });

  it('lets a send through when there are only low findings, or none', () => {
    for (const findings of [[], [finding('low')]]) {
      const { send, sent, panels } = setup({ result: () => ({ findings, failures: [] }) });
      send.click();
      expect(sent).toHaveBeenCalledTimes(1);
      expect(panels).toEqual([]);
    }
  });

  it('"Post anyway" sends exactly once, and the next send is checked again', () => {
    const { send, sent, lastPanel } = setup({ result: () => ({ findings: [finding('medium')], failures: [] }) });
    send.click();
    lastPanel()!.onPostAnyway();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(lastPanel()).toBeNull();
    send.click();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(lastPanel()).not.toBeNull();
  });

  it('when the site ignores "Post anyway"\'s click, says so, and the person\'s own next press of that send passes once', () => {
    const { send, sent, lastPanel, ui, pending, checks } = setup({ result: () => ({ findings: [finding('high')], failures: [] }) });
    send.click();
    lastPanel()!.onPostAnyway();
    expect(sent).toHaveBeenCalledTimes(1); // our click reached the site, which did nothing with it
    pending.splice(0).forEach((check) => check());
    expect(ui.notices).toEqual([createTranslator('en-GB')('panel.notice.releaseIgnored')]);
    const checked = checks.length;
    send.click(); // the person's own press: through, unchecked, no panel
    expect(sent).toHaveBeenCalledTimes(2);
    expect(checks).toHaveLength(checked);
    expect(lastPanel()).toBeNull();
    send.click(); // once only: the next press is checked and held again
    expect(sent).toHaveBeenCalledTimes(2);
    expect(lastPanel()).not.toBeNull();
  });

  it('when the site acts on "Post anyway" (its button disabled), nothing more is said and the next send is held', () => {
    const { send, sent, lastPanel, ui, pending } = setup({ result: () => ({ findings: [finding('high')], failures: [] }) });
    send.click();
    lastPanel()!.onPostAnyway();
    send.setAttribute('aria-disabled', 'true');
    pending.splice(0).forEach((check) => check());
    expect(ui.notices).toEqual([]);
    send.removeAttribute('aria-disabled');
    send.click();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(lastPanel()).not.toBeNull();
  });

  it('a pass left by an ignored click is for that send only: a different draft is still held', () => {
    const { send, sent, lastPanel, pending } = setup({ result: () => ({ findings: [finding('high')], failures: [] }) });
    send.click();
    lastPanel()!.onPostAnyway();
    pending.splice(0).forEach((check) => check());
    send.ownerDocument.getElementById('e0')!.textContent = 'AB123456C changed';
    send.click();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(lastPanel()).not.toBeNull();
  });

  it('records "Post anyway" with the reason given, and a failing record still posts', () => {
    const postedAnyway = vi.fn(() => { throw new Error('storage full'); });
    const { send, sent, lastPanel } = setup({ result: () => ({ findings: [finding('high')], failures: [] }), options: { postedAnyway } });
    send.click();
    lastPanel()!.onPostAnyway('Resident asked me to share it');
    expect(postedAnyway).toHaveBeenCalledWith([expect.objectContaining({ box: 0 })], { surface: 'post' }, 'Resident asked me to share it');
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('checks every box of a thread, and says which box each finding is in', () => {
    const { send, sent, lastPanel, checks } = setup({
      attempt: { surface: 'post', boxes: 2 },
      result: (check) => ({ findings: check.text.startsWith('second') ? [finding('high', { start: 0, end: 6 })] : [], failures: [] }),
    });
    send.click();
    expect(sent).not.toHaveBeenCalled();
    expect(checks.map((check) => check.text)).toEqual(['AB123456C first', 'second box']);
    expect(lastPanel()?.boxes).toBe(2);
    expect(lastPanel()?.items.map((item) => [item.box, item.text.slice(item.finding.start, item.finding.end)])).toEqual([[1, 'second']]);
  });

  it('checks a repost with no text of its own against the shared post, and says when that post was cut short', () => {
    const { send, sent, lastPanel, checks } = setup({
      attempt: { surface: 'repost', shared: { text: 'Vote Labour on Thursday', truncated: true }, boxes: 0 },
      result: (check) => ({ findings: check.quoted ? [finding('medium', { in: 'quoted', category: 'political', start: 0, end: 11 })] : [], failures: [] }),
    });
    send.click();
    expect(sent).not.toHaveBeenCalled();
    expect(checks).toEqual([{ text: '', surface: 'repost', quoted: 'Vote Labour on Thursday' }]);
    expect(lastPanel()?.sharedTruncated).toBe(true);
    expect(lastPanel()?.items[0]?.text).toBe('Vote Labour on Thursday');
  });

  it('"don\'t warn me again" for a rule removes its findings; when none are left the panel closes and nothing is sent', async () => {
    const mute = vi.fn(async () => {});
    const { send, sent, lastPanel, ui } = setup({
      result: () => ({ findings: [finding('high'), finding('medium', { start: 10, end: 15 })], failures: [] }),
      options: { mute },
    });
    send.click();
    const item = lastPanel()!.items[0]!;
    await lastPanel()!.onMute(item, 'rule');
    expect(mute).toHaveBeenCalledWith(item, 'rule');
    expect(lastPanel()).toBeNull();
    expect(sent).not.toHaveBeenCalled();
    expect(ui.notices).toEqual(['Nothing else to check: press Post when you are ready.']);
  });

  it('a mute that cannot be saved says so and keeps the panel as it was', async () => {
    const { send, lastPanel } = setup({
      result: () => ({ findings: [finding('high')], failures: [] }),
      options: { mute: async () => { throw new Error('quota'); } },
    });
    send.click();
    await lastPanel()!.onMute(lastPanel()!.items[0]!, 'finding');
    expect(lastPanel()?.items).toHaveLength(1);
    expect(lastPanel()?.message).toEqual({ kind: 'error', text: 'Your choice could not be saved (quota). Nothing else changed.' });
  });

  it('offers no mute when the caller cannot persist one, or the policy forbids it', () => {
    const { send, lastPanel } = setup({ result: () => ({ findings: [finding('high')], failures: [] }), options: { mute: undefined } });
    send.click();
    expect(lastPanel()!.canMute(lastPanel()!.items[0]!, 'rule')).toBe(false);
    const forced = setup({
      result: () => ({ findings: [finding('high')], failures: [] }),
      options: { mute: async () => {}, preferences: () => ({ askReason: false, canMute: (_, scope) => scope === 'finding' }) },
    });
    forced.send.click();
    const item = forced.lastPanel()!.items[0]!;
    expect([forced.lastPanel()!.canMute(item, 'finding'), forced.lastPanel()!.canMute(item, 'rule')]).toEqual([true, false]);
  });

  it('fails open with a notice when the check throws', () => {
    const { send, sent, panels, ui } = setup({ result: () => { throw new Error('boom'); } });
    send.click();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(panels).toEqual([]);
    expect(ui.notices).toEqual(['Councillor Post Check hit a problem and let the post through unchecked (boom).']);
  });

  it('fails open with a notice when the draft or the shared post cannot be found', () => {
    for (const missing of ['draft', 'post'] as const) {
      const check = vi.fn(() => ({ findings: [finding('high')], failures: [] }));
      const { send, sent, ui } = setup({ result: check, attempt: { surface: 'post', missing } });
      send.click();
      expect(sent).toHaveBeenCalledTimes(1);
      expect(check).not.toHaveBeenCalled();
      expect(ui.notices).toEqual([expect.stringContaining(missing === 'post' ? 'could not read the post you are sharing' : 'could not find the text')]);
    }
  });

  it('says quietly when some rules could not run, and still acts on the others', () => {
    const { send, sent, ui, guard } = setup({
      result: () => ({ findings: [finding('high')], failures: [{ ruleId: 'x', error: 'bad span' }] }),
    });
    send.click();
    expect(sent).not.toHaveBeenCalled();
    expect(guard.open).toBe(true);
    expect(ui.notices).toEqual(['One check could not run on this post; the others did.']);
  });

  it('speaks Welsh when the translator is Welsh', () => {
    const { send, ui } = setup({
      result: () => ({ findings: [finding('high')], failures: [{ ruleId: 'x', error: 'e' }, { ruleId: 'y', error: 'e' }] }),
      options: { translate: () => createTranslator('cy') },
    });
    send.click();
    expect(ui.notices).toEqual(['Nid oedd modd rhedeg dau wiriad ar y neges hon; rhedodd y lleill.']);
  });

  it('"replace all" writes every identical finding, last first, then checks the rest of the draft again', async () => {
    const two = [finding('high', { start: 0, end: 2 }), finding('high', { start: 3, end: 5 })];
    const { send, lastPanel, checks } = setup({
      result: (check) => ({ findings: check.text.startsWith('AB') ? two : [], failures: [] }),
    });
    send.click();
    const panel = lastPanel()!;
    expect(panel.surface).toBe('post');
    expect(panel.drafts).toEqual(['AB123456C first']);
    panel.onApplyAll(panel.items, 'X');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(checks.at(-1)?.text).toBe('X1X456C first');
    expect(lastPanel()).toBeNull();
  });

  it('applies a sentence-level rewrite over its own range', async () => {
    const rewrite = { start: 0, end: 15, text: 'Hello.' };
    const { send, lastPanel, checks } = setup({
      result: (check) => ({ findings: check.text.startsWith('AB') ? [finding('high', { suggestions: [], rewrite })] : [], failures: [] }),
    });
    send.click();
    const panel = lastPanel()!;
    panel.onApply(panel.items[0]!, rewrite.text, rewrite);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(checks.at(-1)?.text).toBe('Hello.');
  });

  it('tells the panel when the draft is Welsh, so it can say the wording was not checked', () => {
    const { send, lastPanel } = setup({
      result: () => ({ findings: [finding('high')], failures: [] }),
      options: { preferences: () => ({ askReason: false, canMute: () => true, isWelsh: (text) => text.startsWith('AB') }) },
    });
    send.click();
    expect(lastPanel()?.welsh).toBe(true);
  });
});
