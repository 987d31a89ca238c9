/**
 * Everything a content script does, for any platform adapter: load the settings and the popup's
 * switches (and follow their changes), check drafts with them, and hold risky sends. The content
 * scripts themselves only choose the adapter.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountOverlay } from '../../components/mount-overlay';
import { createDraftChecker, dismissalText } from '../context/draft-check';
import { defaultSettings, type Settings } from '../context/settings';
import { browserLanguages, createTranslator, resolveLocale } from '../i18n';
import type { PlatformAdapter } from '../platforms/types';
import { appendDecision } from '../storage/decision-log';
import { loadEffectiveSettings, watchEffectiveSettings, type EffectiveSettings } from '../storage/effective-settings';
import { loadSettings, saveSettings } from '../storage/settings-store';
import { loadRuntimeState, watchRuntimeState, type RuntimeState } from '../storage/runtime-state';
import { isWelsh } from '../text/welsh';
import { startLiveHints } from './live-hints';
import { whileConnected } from './orphan';
import { createSendGuard } from './send-guard';
import type { MuteScope, PanelItem } from './types';

export async function startGuard(ctx: ContentScriptContext, adapter: PlatformAdapter): Promise<void> {
  // Defaults only until storage answers (a few ms), before any listener is registered.
  let settings: Settings = defaultSettings();
  // Settings paths the council's managed policy decides: a forced rule cannot be muted here.
  let locked: ReadonlySet<string> = new Set();
  let runtime: RuntimeState = {};
  // Derived from the three above, once per change of settings or switches, never per check.
  let locale = resolveLocale(settings.language, browserLanguages());
  let t = createTranslator(locale);
  let checker = createDraftChecker({ settings, runtime, locale });
  const translate = () => t;

  function update(next: { effective?: EffectiveSettings; runtime?: RuntimeState }) {
    settings = next.effective?.settings ?? settings;
    locked = next.effective?.locked ?? locked;
    runtime = next.runtime ?? runtime;
    locale = resolveLocale(settings.language, browserLanguages());
    t = createTranslator(locale);
    checker = createDraftChecker({ settings, runtime, locale });
    // What is on screen (an indicator, a notice) follows a language change at once.
    overlay?.refresh();
  }
  let overlay: { refresh(): void } | undefined;

  // The user's own settings before the overlay: once the shadow host is on the page (what tests
  // wait for), checks use them; a send in the few milliseconds before would meet no guard at all,
  // which on a page still loading its own app is not a send anyone can make. The council's managed
  // policy is laid over them when it answers: Chromium can take up to a second to say there is none.
  const stored = await loadSettings();
  update({ effective: { settings: stored.settings, locked: new Set() }, runtime: await loadRuntimeState() });
  const ui = await mountOverlay(ctx, translate);
  overlay = ui;
  let watched = false; // a change seen by the watcher is newer than this first reading
  void loadEffectiveSettings().then((loaded) => {
    if (!watched) update({ effective: loaded });
    if (loaded.problem) ui.notice(loaded.problem);
  });
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
      canMute: (finding, scope) => !(scope === 'rule' && locked.has(`rules.${finding.ruleId}`)),
      isWelsh,
    }),
    mute: (item, scope) => mute(item, scope),
    postedAnyway: (items, attempt, reason) => {
      const texts = [...new Set(items.filter((item) => item.finding.in !== 'quoted').map((item) => item.text))];
      void appendDecision(
        {
          at: new Date().toISOString(),
          platform: adapter.platform,
          surface: attempt.surface,
          categories: [...new Set(items.map((item) => item.finding.category))],
          ruleIds: [...new Set(items.map((item) => item.finding.ruleId))],
          ...(reason ? { reason } : {}),
          ...(texts.length ? { text: texts.join('\n\n') } : {}),
        },
        settings,
      ).then((outcome) => {
        if (!outcome.ok) ui.notice(translate()('panel.notice.logFailed', { error: outcome.error }));
      });
    },
  });

  /** Saved onto the user's own stored settings, never the effective ones: managed values must not become theirs. */
  async function mute(item: PanelItem, scope: MuteScope): Promise<void> {
    const { finding } = item;
    const stored = await loadSettings();
    if (stored.problem) throw new Error(stored.problem);
    const own = stored.settings;
    const next: Settings =
      scope === 'rule'
        ? { ...own, rules: { ...own.rules, [finding.ruleId]: { ...own.rules[finding.ruleId], enabled: false } } }
        : { ...own, dismissed: withDismissal(own.dismissed, { ruleId: finding.ruleId, text: dismissalText(finding, item.text, item.text) }) };
    const saved = await saveSettings(next);
    if (!saved.ok) throw new Error(saved.error);
    update({ effective: await loadEffectiveSettings() });
  }

  // Once the extension is reloaded under this page, every event passes untouched; a send says why, once.
  let toldOrphaned = false;
  const live = whileConnected(
    () => browser.runtime?.id != null,
    (event) => {
      hints.stop();
      if (toldOrphaned || !isSend(event)) return;
      toldOrphaned = true;
      ui.notice(translate()('hints.notice.reloaded'));
    },
  );
  const isSend = (event: Event) => {
    try {
      return adapter.sendAttemptFor(event) !== null;
    } catch {
      return false;
    }
  };

  // Capture phase on window: before the site's React root sees the click or the key.
  ctx.addEventListener(window, 'click', live(guard.handle), { capture: true });
  ctx.addEventListener(window, 'keydown', live(guard.handle), { capture: true });

  // Quiet hints beside the focused editor while typing (low findings included); never on Post's path.
  const hints = startLiveHints({
    adapter,
    ui,
    host: {
      window,
      // Not wrapped in live(): hints only read the page, and the first click or Enter after a reload stops them.
      listen: (target, type, handler, options) => ctx.addEventListener(target, type as 'input', handler, options),
      // Plain timers: ctx's wrappers add an invalidation listener per call (one per scroll frame),
      // and live hints already ignore every callback once stopped.
      setTimeout: (handler, ms) => void window.setTimeout(handler, ms),
      idle: (handler) => void window.requestIdleCallback(handler, { timeout: 1000 }),
      frame: (handler) => void window.requestAnimationFrame(handler),
      onInvalidated: (handler) => void ctx.onInvalidated(handler),
      now: () => performance.now(),
    },
    check: (composer, text) =>
      checker({ text, platform: adapter.platform, surface: composer.surface, handle: adapter.currentAccount(document) }).findings,
  });

  const unwatch = [
    watchEffectiveSettings((effective) => {
      watched = true;
      update({ effective });
    }),
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

/** The same words muted twice (two tabs, two panels) are kept once. */
function withDismissal(list: Settings['dismissed'], entry: Settings['dismissed'][number]): Settings['dismissed'] {
  return list.some((one) => one.ruleId === entry.ruleId && one.text === entry.text) ? list : [...list, entry];
}
