/**
 * The optional record of "posted anyway" decisions: off by default; the draft's text only with a
 * second opt-in; viewable, exportable and deleted in one click.
 */
import { useEffect, useState } from 'preact/hooks';
import { clearDecisionLog, exportDecisionLog, loadDecisionLog, watchDecisionLog, type LoadedDecisions } from '../../utils/storage/decision-log';
import { downloadText, today } from '../shared/files';
import { formatDateTime } from '../shared/format';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import type { ImportProps } from './ModernGovImport';

export function DecisionLogSection({ settings, save }: ImportProps) {
  const { t, locale } = useI18n();
  const [log, setLog] = useState<LoadedDecisions>({ entries: [], unreadable: 0 });
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    void loadDecisionLog().then(setLog);
    return watchDecisionLog(setLog);
  }, []);

  async function setOption(patch: Partial<typeof settings.decisionLog>) {
    const decisionLog = { ...settings.decisionLog, ...patch };
    // Text is only kept while the log itself is on.
    if (!decisionLog.enabled) decisionLog.includeText = false;
    const outcome = await save({ ...settings, decisionLog });
    setStatus(outcome.ok ? { kind: 'ok', text: t('options.saved') } : { kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
  }

  async function deleteAll() {
    await clearDecisionLog();
    setLog({ entries: [], unreadable: 0 });
    setStatus({ kind: 'ok', text: t('options.log.deleted') });
  }

  return (
    <div id="decision-log">
      <h3>{t('options.log.title')}</h3>
      <p>{t('options.log.intro')}</p>
      <div>
        <input id="log-enabled" type="checkbox" checked={settings.decisionLog.enabled} onChange={(e) => void setOption({ enabled: e.currentTarget.checked })} />{' '}
        <label for="log-enabled">{t('options.log.enabled')}</label>
      </div>
      <div>
        <input
          id="log-text"
          type="checkbox"
          checked={settings.decisionLog.includeText}
          disabled={!settings.decisionLog.enabled}
          onChange={(e) => void setOption({ includeText: e.currentTarget.checked })}
        />{' '}
        <label for="log-text">{t('options.log.includeText')}</label>
      </div>
      <StatusMessage status={status} />
      <h4>{t('options.log.entries', { count: log.entries.length })}</h4>
      {log.unreadable > 0 && <p class="status-error">{t('options.log.unreadable', { count: log.unreadable })}</p>}
      {log.entries.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('options.log.when')}</th>
              <th scope="col">{t('options.log.where')}</th>
              <th scope="col">{t('options.log.what')}</th>
              <th scope="col">{t('options.log.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {[...log.entries].reverse().map((entry) => (
              <tr key={entry.at}>
                <td>{formatDateTime(entry.at, locale)}</td>
                <td>
                  {t(`options.platform.${entry.platform}`)} · {t(`options.surface.${entry.surface}`)}
                </td>
                <td>
                  {entry.categories.map((c) => t(`common.category.${c}`)).join(', ')}
                  <br />
                  <code>{entry.ruleIds.join(', ')}</code>
                  {entry.text && <blockquote>{entry.text}</blockquote>}
                </td>
                <td>{entry.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="row">
        <button type="button" disabled={log.entries.length === 0} onClick={() => downloadText(`councillor-post-check-decisions-${today()}.json`, exportDecisionLog(log.entries))}>
          {t('options.log.export')}
        </button>
        <button type="button" class="danger" disabled={log.entries.length === 0 && log.unreadable === 0} onClick={() => void deleteAll()}>
          {t('options.log.deleteAll')}
        </button>
      </div>
    </div>
  );
}
