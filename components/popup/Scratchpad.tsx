/**
 * Paste any text (an email, a leaflet, a press quote) and see the findings the panel would show.
 * Nothing is kept: the text lives in this popup only until it closes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ACCOUNT_KINDS } from '../../utils/engine/vocabulary';
import type { AccountKind, Settings } from '../../utils/context/settings';
import type { Finding } from '../../utils/engine/types';
import type { RuntimeState } from '../../utils/storage/runtime-state';
import { FindingItem } from '../FindingItem';
import { useI18n } from '../shared/i18n';
import { applyRewrite, applySuggestion, createScratchChecker } from './scratch-check';

/** Long enough that pasting a leaflet does not check every keystroke, short enough to feel live. */
const SETTLE_MS = 150;

type Outcome = { findings: Finding[]; text: string } | { error: string } | null;

export function Scratchpad({ settings, runtime }: { settings: Settings; runtime: RuntimeState }) {
  const { t, locale } = useI18n();
  const [text, setText] = useState('');
  const [account, setAccount] = useState<AccountKind>(settings.defaultAccountKind);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const check = useMemo(() => createScratchChecker(settings, runtime, locale, account), [settings, runtime, locale, account]);

  useEffect(() => {
    if (text.trim() === '') {
      setOutcome(null);
      return;
    }
    let current = true; // a newer text or checker replaces this answer
    const timer = setTimeout(() => {
      check(text).then(
        (result) => current && setOutcome({ findings: result.findings, text }),
        (error: unknown) => current && setOutcome({ error: error instanceof Error ? error.message : String(error) }),
      );
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, check]);

  const findings = outcome && 'findings' in outcome ? outcome.findings : [];
  return (
    <section aria-labelledby="scratch-heading" class="scratchpad">
      <h2 id="scratch-heading">{t('popup.scratch.title')}</h2>
      <div class="field">
        <label for="scratch-text">{t('popup.scratch.label')}</label>
        <textarea id="scratch-text" aria-describedby="scratch-hint" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <p class="hint" id="scratch-hint">
          {t('popup.scratch.hint')}
        </p>
      </div>
      <div class="field">
        <label for="scratch-account">{t('popup.scratch.account')}</label>
        <select id="scratch-account" value={account} onChange={(e) => setAccount(e.currentTarget.value as AccountKind)}>
          {ACCOUNT_KINDS.map((kind) => (
            <option value={kind}>{t(`options.kind.${kind}`)}</option>
          ))}
        </select>
      </div>
      <p role="status" class="scratch-summary">
        {outcome === null
          ? ''
          : 'error' in outcome
            ? t('popup.scratch.failed', { error: outcome.error })
            : findings.length === 0
              ? t('popup.scratch.clean')
              : t('popup.scratch.found', { count: findings.length })}
      </p>
      {outcome && 'findings' in outcome && findings.length > 0 && (
        // Scrolls inside the popup, which Chrome caps at 600 px; focusable so the keyboard can scroll it.
        <ul class="findings" tabIndex={0} aria-label={t('popup.scratch.title')}>
          {findings.map((finding) => (
            <FindingItem
              key={`${finding.ruleId}|${finding.start}|${finding.end}|${finding.in ?? ''}`}
              finding={finding}
              text={outcome.text}
              t={t}
              policyUrl={settings.council.policyUrl}
              onApply={(replacement, range) => setText(range ? applyRewrite(outcome.text, { ...range, text: replacement }) : applySuggestion(outcome.text, finding, replacement))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
