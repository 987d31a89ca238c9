/**
 * The send guard's decisions, with a fake adapter and UI in happy-dom: hold a send only for
 * medium/high findings, let "Post anyway" through exactly once, and fail open (with a notice)
 * whenever anything goes wrong. The real adapter and panel are covered in tests/e2e.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import type { CheckResult } from '../../utils/engine/engine';
import type { Finding, Severity } from '../../utils/engine/types';
import { createSendGuard } from '../../utils/guard/send-guard';
import type { GuardUi, PanelView } from '../../utils/guard/types';
import type { PlatformAdapter } from '../../utils/platforms/types';

const windows: Window[] = [];
afterEach(async () => Promise.all(windows.splice(0).map((window) => window.happyDOM.close())));

const finding = (severity: Severity): Finding => ({
  ruleId: 'ni-number', category: 'personal-data', severity, start: 0, end: 9,
  message: 'm', explanation: 'e', source: 's', suggestions: ['[removed]'],
});

function setup({ result, composer = true }: { result: () => CheckResult; composer?: boolean }) {
  const window = new Window({ url: 'https://x.com/home' });
  windows.push(window);
  const document = window.document;
  document.body.innerHTML = '<div contenteditable="true" id="editor">AB123456C</div><button id="send">Post</button>';
  const editor = document.getElementById('editor') as unknown as HTMLElement;
  const send = document.getElementById('send') as unknown as HTMLElement;
  const adapter: PlatformAdapter = {
    platform: 'x',
    findComposers: () => [],
    readDraft: (element) => element.textContent ?? '',
    sendAttemptFor: (event) =>
      event.type === 'click' && event.target === send
        ? { via: 'click', control: send, composer: composer ? { editor, send, surface: 'post' } : null }
        : null,
    replaceRange: async () => ({ ok: true }),
    selectRange: () => {},
    readPost: () => null,
  };
  const panels: (PanelView | null)[] = [];
  const ui: GuardUi & { notices: string[] } = {
    notices: [],
    showPanel: (view) => panels.push(view),
    hidePanel: () => panels.push(null),
    notice(text) { this.notices.push(text); },
    contains: () => false,
  };
  const guard = createSendGuard({ adapter, ui, checkDraft: result });
  window.addEventListener('click', guard.handle as never, true as never);
  // Stands for X's own handler: runs only when the guard lets the click through.
  const sent = vi.fn();
  send.addEventListener('click', sent);
  return { send, guard, panels, ui, sent, lastPanel: () => panels.at(-1) ?? null };
}

describe('send guard', () => {
  it('holds a send with a high finding and shows the panel', () => {
    const { send, sent, lastPanel, guard } = setup({ result: () => ({ findings: [finding('high')], failures: [] }) });
    send.click();
    expect(sent).not.toHaveBeenCalled();
    expect(guard.open).toBe(true);
    expect(lastPanel()?.findings.map((f) => f.severity)).toEqual(['high']);
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

  it('fails open with a notice when the check throws', () => {
    const { send, sent, panels, ui } = setup({ result: () => { throw new Error('boom'); } });
    send.click();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(panels).toEqual([]);
    expect(ui.notices).toEqual([expect.stringContaining('boom')]);
  });

  it('fails open with a notice when the draft cannot be found', () => {
    const check = vi.fn(() => ({ findings: [finding('high')], failures: [] }));
    const { send, sent, ui } = setup({ result: check, composer: false });
    send.click();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(check).not.toHaveBeenCalled();
    expect(ui.notices).toHaveLength(1);
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
});
