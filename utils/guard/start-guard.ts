/**
 * Everything a content script does, for any platform adapter: load the settings and the popup's
 * switches (and follow their changes), check drafts with them, and hold risky sends. The content
 * scripts themselves only choose the adapter.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountOverlay } from '../../components/mount-overlay';
import { createDraftChecker, dismissalText } from '../context/draft-check';
import { defaultSettings } from '../context/default-settings';
import type { Settings } from '../context/settings';
import { browserLanguages, resolveLocale } from '../i18n/locale';
import { createOverlayTranslator } from '../i18n/overlay';
import { fromPortable } from '../i18n/rules/portable';
import { askBackground, type GuardState } from '../messaging/guard';
import type { PlatformAdapter } from '../platforms/types';
import type { RuntimeState } from '../storage/runtime-state';
import { isWelsh } from '../text/welsh';
import { startLiveHints } from './live-hints';
import { answerPage } from './page-report';
import { whileConnected } from './orphan';
import { createSendGuard } from './send-guard';
import type { MuteScope, PanelItem } from './types';

/** How long the first check waits for the user's settings before it starts on the defaults and says so. */
const FIRST_ANSWER_MS = 1500;

export async function startGuard(ctx: ContentScriptContext, adapter: PlatformAdapter): Promise<void> {
  // Defaults only until storage answers (a few ms), before any listener is registered.
  let settings: Settings = defaultSettings();
  // Settings paths the council's managed policy decides: a forced rule cannot be muted here.
  let locked: ReadonlySet<string> = new Set();
  let runtime: RuntimeState = {};
  // Derived from the three above, once per change of settings or switches, never per check.
  let locale = resolveLocale(settings.language, browserLanguages());
  let t = createOverlayTranslator(locale);
  let checker = createDraftChecker({ settings, runtime });
  const translate = () => t;

  function update(next: GuardState) {
    settings = next.settings;
    locked = new Set(next.locked);
    runtime = next.runtime;
    locale = resolveLocale(settings.language, browserLanguages());
    t = createOverlayTranslator(locale);
    // The rules' texts come with the state (the background holds the catalogues); until they do,
    // or if they are for another language, findings read in English: a rule's message always exists.
    const texts = next.ruleTexts?.locale === locale ? fromPortable(next.ruleTexts.texts, locale) : undefined;
    checker = createDraftChecker({ settings, runtime, ...(texts ? { texts } : {}) });
    // What is on screen (an indicator, a notice) follows a language change at once.
    overlay?.refresh();
  }
  let overlay: { refresh(): void } | undefined;

  // The user's own settings before the overlay: once the shadow host is on the page (what tests
  // wait for), checks use them; a send in the few milliseconds before would meet no guard at all,
  // which on a page still loading its own app is not a send anyone can make. The council's managed
  // policy is laid over them when it answers: Chromium can take up to a second to say there is none.
  // The background reads and validates both (utils/messaging/guard.ts): no zod in this tab.
  // Not long: a page must never wait on the background to be guarded at all (defaults still check).
  const first = await askBackground({ type: 'guard:state', policy: false, languages: browserLanguages() }, FIRST_ANSWER_MS);
  if (first.ok) update(first.state);
  const ui = await mountOverlay(ctx, translate);
  overlay = ui;
  // Checks run on the defaults meanwhile; the person is told rather than left to guess.
  if (!first.ok) ui.notice(t('common.settingsUnreadable', { error: first.error }));
  // Settings, policy and switches can change faster than the background answers: only the newest answer counts.
  let latest = 0;
  let told: string | undefined; // a problem is told once, not again on every settings change
  async function reload(): Promise<void> {
    // Orphaned (the extension was reloaded under this page): nothing can answer, and the reload notice says what to do.
    if (browser.runtime?.id == null) return;
    const run = ++latest;
    let reply = await askBackground({ type: 'guard:state', policy: true, languages: browserLanguages() });
    // A reply lost while the extension reloads: once it has settled, either this page is orphaned (silence) or ask again.
    if (!reply.ok) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      if (run !== latest || browser.runtime?.id == null) return;
      reply = await askBackground({ type: 'guard:state', policy: true, languages: browserLanguages() });
    }
    if (run !== latest || browser.runtime?.id == null) return;
    if (reply.ok) update(reply.state);
    const problem = reply.ok ? reply.state.problem : t('common.settingsUnreadable', { error: reply.error });
    if (problem && problem !== told) ui.notice(problem);
    told = problem;
  }
  void reload();
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
        account: adapter.currentAccount(document),
      }),
    preferences: () => ({
      askReason: settings.decisionLog.enabled,
      ...(settings.council.policyUrl ? { policyUrl: settings.council.policyUrl } : {}),
      canMute: (finding, scope) => !(scope === 'rule' && locked.has(`rules.${finding.ruleId}`)),
      isWelsh,
    }),
    mute: (item, scope) => mute(item, scope),
    postedAnyway: (items, attempt, reason) => {
      if (!settings.decisionLog.enabled) return;
      const texts = [...new Set(items.filter((item) => item.finding.in !== 'quoted').map((item) => item.text))];
      // The background keeps the text only if the user chose that too: its settings decide, not this tab.
      void askBackground({
        type: 'guard:decision',
        decision: {
          at: new Date().toISOString(),
          platform: adapter.platform,
          surface: attempt.surface,
          categories: [...new Set(items.map((item) => item.finding.category))],
          ruleIds: [...new Set(items.map((item) => item.finding.ruleId))],
          ...(reason ? { reason } : {}),
          ...(texts.length ? { text: texts.join('\n\n') } : {}),
        },
      }).then((outcome) => {
        if (!outcome.ok) ui.notice(translate()('panel.notice.logFailed', { error: outcome.error }));
      });
    },
  });

  /** The background saves it onto the user's own stored settings (guard-messages.ts); the change then reloads these. */
  async function mute(item: PanelItem, scope: MuteScope): Promise<void> {
    const { finding } = item;
    const saved = await askBackground({ type: 'guard:mute', scope, ruleId: finding.ruleId, text: dismissalText(finding, item.text, item.text) });
    if (!saved.ok) throw new Error(saved.error);
    await reload();
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

  // The popup's questions: is this page checked, and what does the adapter find here (self-test).
  // Answered synchronously; anything else is left to other listeners.
  const answer = (message: unknown, _sender: unknown, reply: (response: unknown) => void) => {
    const response = answerPage(adapter, document, message);
    if (response === undefined) return false;
    reply(response);
    return false;
  };
  browser.runtime.onMessage.addListener(answer);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answer));

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
      checker({ text, platform: adapter.platform, surface: composer.surface, account: adapter.currentAccount(document) }).findings,
  });

  // Stored settings, the popup's switches and the council's policy (IT can push one while the browser is open).
  const watched = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && ('settings' in changes || 'runtime' in changes))) void reload();
  };
  browser.storage.onChanged.addListener(watched);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(watched));

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
