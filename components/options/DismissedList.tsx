/** Findings the user said not to warn about again, each removable so the warning comes back. */
import { useState } from 'preact/hooks';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import type { ImportProps } from './ModernGovImport';

export function DismissedList({ settings, save }: ImportProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status | null>(null);

  async function remove(index: number) {
    const outcome = await save({ ...settings, dismissed: settings.dismissed.filter((_, i) => i !== index) });
    setStatus(outcome.ok ? { kind: 'ok', text: t('options.dismissed.removed') } : { kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
  }

  return (
    <div>
      <h3>{t('options.dismissed.title')}</h3>
      {settings.dismissed.length === 0 ? (
        <p class="muted">{t('options.dismissed.none')}</p>
      ) : (
        <ul class="plain">
          {settings.dismissed.map((entry, index) => (
            <li key={`${entry.ruleId}|${entry.text}`} data-dismissed={entry.ruleId}>
              “{entry.text}” · <code>{entry.ruleId}</code>{' '}
              <button type="button" onClick={() => void remove(index)}>
                {t('options.dismissed.remove', { text: entry.text })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <StatusMessage status={status} />
    </div>
  );
}
