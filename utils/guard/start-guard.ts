/**
 * Everything a content script does, for any platform adapter: load the settings and the popup's
 * switches (and follow their changes), check drafts with them, and hold risky sends. The content
 * scripts themselves only choose the adapter.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountOverlay } from '../../components/mount-overlay';
import { createDraftChecker, dismissalText, type DraftCheckState } from '../context/draft-check';
import { defaultSettings, type Settings } from '../context/settings';
import { browserLanguages, createTranslator, resolveLocale } from '../i18n';
import type { PlatformAdapter } from '../platforms/types';
import { loadSettings, saveSettings, watchSettings } from '../storage/settings-store';
import { loadRuntimeState, watchRuntimeState, type RuntimeState } from '../storage/runtime-state';
import { createSendGuard } from './send-guard';
import type { MuteScope, PanelItem } from './types';

export async function startGuard(ctx: ContentScriptContext, adapter: PlatformAdapter): Promise<void> {
  // Defaults until storage answers (a few ms): a send in that window is still checked.
  let settings: Settings = defaultSettings();
  let runtime: RuntimeState = {};
  let checker = createDraftChecker(stateOf());
  const translate = () => createTranslator(resolveLocale(settings.language, browserLanguages()));

  function stateOf(): DraftCheckState {
    return { settings, runtime, locale: resolveLocale(settings.language, browserLanguages()) };
  }
  function update(next: { settings?: Settings; runtime?: RuntimeState }) {
    settings = next.settings ?? settings;
    runtime = next.runtime ?? runtime;
    checker = createDraftChecker(stateOf());
  }

  const ui = await mountOverlay(ctx, translate);
  const guard = createSendGuard({
    adapter,
    ui,
    translate,
    checkDraft: (check) =>
      checker({
        text: check.text,
        platform: adapter.platform,
        surface: check.surface,
        ...(check.quoted ? { quoted: check.quoted } : {}),
        handle: adapter.currentAccount(document),
      }),
    preferences: () => ({
      askReason: settings.decisionLog.enabled,
      ...(settings.council.policyUrl ? { policyUrl: settings.council.policyUrl } : {}),
      canMute: () => true,
    }),
    mute: (item, scope) => mute(item, scope),
  });

  async function mute(item: PanelItem, scope: MuteScope): Promise<void> {
    const { finding } = item;
    const next: Settings =
      scope === 'rule'
        ? { ...settings, rules: { ...settings.rules, [finding.ruleId]: { ...settings.rules[finding.ruleId], enabled: false } } }
        : { ...settings, dismissed: [...settings.dismissed, { ruleId: finding.ruleId, text: dismissalText(finding, item.text, item.text) }] };
    const saved = await saveSettings(next);
    if (!saved.ok) throw new Error(saved.error);
    update({ settings: saved.settings });
  }

  // Capture phase on window: before the site's React root sees the click or the key.
  ctx.addEventListener(window, 'click', guard.handle, { capture: true });
  ctx.addEventListener(window, 'keydown', guard.handle, { capture: true });

  const loaded = await loadSettings();
  update({ settings: loaded.settings, runtime: await loadRuntimeState() });
  if (loaded.problem) ui.notice(loaded.problem);
  const unwatch = [
    watchSettings((next) => update({ settings: next.settings })),
    watchRuntimeState((next) => update({ runtime: next })),
  ];
  ctx.onInvalidated(() => unwatch.forEach((stop) => stop()));

  // The first check pays for the rules' lazy set-up (lexicons and tries built on first use,
  // ~60 ms); pay it while the page is idle, not on Post.
  ctx.requestIdleCallback(() => {
    try {
      checker({ text: 'Warming up the checks.', platform: adapter.platform, surface: 'post' });
    } catch {
      // A failing warm-up changes nothing: the real check fails open on its own.
    }
  });
}
