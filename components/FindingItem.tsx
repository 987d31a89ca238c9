/** One finding: what (category, severity, message), where (the quoted span), why (explanation, source), and what instead. */
import type { Finding } from '../utils/engine/types';
import type { OverlayTranslate } from '../utils/i18n/overlay';
import { SEVERITY_LOOK } from './severity';

const CONTEXT = 30;

export interface FindingItemProps {
  finding: Finding;
  /** The text the finding's offsets point into. */
  text: string;
  t: OverlayTranslate;
  busy?: boolean;
  /** "Post 2 of 3", when a send publishes several boxes. */
  boxLabel?: string;
  policyUrl?: string;
  /** Absent where suggestions cannot be applied (the scratchpad, a shared post). */
  onApply?(replacement: string, range?: { start: number; end: number }): void;
  /** How many identical findings this card stands for (two NI numbers: one card, "Found in 2 places"). */
  count?: number;
  /** The suggestions all of them offer, and how to apply one to them all. */
  shared?: string[];
  onApplyAll?(replacement: string): void;
  /** Absent where nothing can be muted. */
  mute?: { finding?(): void; rule?(): void };
}

export function FindingItem({ finding, text, t, busy = false, boxLabel, policyUrl, onApply, count = 1, shared = [], onApplyAll, mute }: FindingItemProps) {
  const look = SEVERITY_LOOK[finding.severity];
  const before = text.slice(Math.max(0, finding.start - CONTEXT), finding.start);
  const after = text.slice(finding.end, finding.end + CONTEXT);
  // Suggestions only apply to the draft, not to the post being shared.
  const suggestions = onApply && finding.in !== 'quoted' ? finding.suggestions : [];
  const all = count > 1 && onApplyAll && finding.in !== 'quoted' ? shared : [];
  // A sentence-level rewrite belongs to one place; a group offers only what fits every place.
  const rewrite = onApply && count === 1 && finding.in !== 'quoted' ? finding.rewrite : undefined;
  return (
    <li class={`finding sev-${finding.severity}`} data-rule={finding.ruleId} data-category={finding.category}>
      <div class="finding-head">
        <span class="badge" data-field="severity" data-severity={finding.severity}>
          <span aria-hidden="true">{look.icon}</span>
          {t(`common.severity.${finding.severity}`)}
        </span>
        <span class="category" data-field="category">
          {t(`common.category.${finding.category}`)}
        </span>
        {boxLabel && <span class="box-label">{boxLabel}</span>}
        {count > 1 && (
          <span class="count" data-field="count">
            {t('panel.places', { count })}
          </span>
        )}
      </div>
      <p class="finding-message">{finding.message}</p>
      <blockquote aria-label={finding.in === 'quoted' ? t('panel.inQuotedPost') : t('panel.inYourPost')}>
        {finding.start > CONTEXT ? '…' : ''}
        {before}
        <mark data-field="span">{text.slice(finding.start, finding.end)}</mark>
        {after}
        {finding.end + CONTEXT < text.length ? '…' : ''}
      </blockquote>
      <p class="explanation">{finding.explanation}</p>
      <p class="source">
        {t('panel.source', { source: finding.source })}
        {finding.sourceUrl && (
          <>
            {' · '}
            <a href={finding.sourceUrl} target="_blank" rel="noopener noreferrer" data-field="source-link">
              {t('panel.sourceLink')}
            </a>
          </>
        )}
        {policyUrl && (
          <>
            {' · '}
            <a href={policyUrl} target="_blank" rel="noopener noreferrer">
              {t('panel.policyLink')}
            </a>
          </>
        )}
      </p>
      {(suggestions.length > 0 || all.length > 0 || rewrite) && (
        <div class="suggestions" role="group" aria-label={t('panel.suggestionsLabel')}>
          {all.map((replacement) => (
            <button type="button" disabled={busy} onClick={() => onApplyAll?.(replacement)}>
              {replacement === '' ? t('panel.removeAll', { count }) : t('panel.replaceAll', { count, replacement })}
            </button>
          ))}
          {(count > 1 ? [] : suggestions).map((replacement) => (
            <button type="button" disabled={busy} onClick={() => onApply?.(replacement)}>
              {replacement === '' ? t('panel.remove') : t('panel.replaceWith', { replacement })}
            </button>
          ))}
          {rewrite && (
            <button type="button" disabled={busy} onClick={() => onApply?.(rewrite.text, rewrite)}>
              {rewrite.text === '' ? t('panel.removeSentence') : t('panel.rewriteSentence', { replacement: rewrite.text })}
            </button>
          )}
        </div>
      )}
      {mute && (mute.finding || mute.rule) && (
        <div class="mute">
          {mute.finding && (
            <button type="button" class="quiet" disabled={busy} onClick={mute.finding}>
              {t('panel.muteFinding')}
            </button>
          )}
          {mute.rule && (
            <button type="button" class="quiet" disabled={busy} onClick={mute.rule}>
              {t('panel.muteRule')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
