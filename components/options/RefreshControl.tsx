/** "Refresh now" and the outcome of the last refresh, so a failed daily refresh is never silent. */
import { useState } from 'preact/hooks';
import { formatDateTime } from '../shared/format';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import { requestMeetingsRefresh } from './background-client';
import { syncView, useMeetingsSync } from './meetings-sync';

export function RefreshControl({ site }: { site: string | undefined }) {
  const { t, locale } = useI18n();
  const view = syncView(useMeetingsSync());
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  async function refresh() {
    setBusy(true);
    setStatus({ kind: 'ok', text: t('options.refresh.running') });
    const reply = await requestMeetingsRefresh();
    setBusy(false);
    setStatus(
      reply.ok
        ? { kind: 'ok', text: t('options.refresh.done', { count: reply.meetings }) }
        : { kind: 'error', text: t('options.refresh.failedNow', { error: reply.error }) },
    );
  }

  let last: string;
  if (view.kind === 'ok') last = t('options.refresh.lastOk', { when: formatDateTime(view.at, locale) });
  else if (view.kind === 'failed')
    last = view.showingFrom
      ? t('options.refresh.lastFailed', { error: view.error, when: formatDateTime(view.showingFrom, locale) })
      : t('options.refresh.lastFailedNever', { error: view.error });
  else last = t('options.refresh.never');

  return (
    <div>
      <h3>{t('options.refresh.title')}</h3>
      <p class={view.kind === 'failed' ? 'status-error' : 'muted'} data-sync={view.kind}>
        {last}
      </p>
      <button type="button" disabled={busy || !site} onClick={() => void refresh()}>
        {t('options.refresh.now')}
      </button>
      {!site && <p class="hint">{t('options.refresh.noSite')}</p>}
      <StatusMessage status={status} />
    </div>
  );
}
