/** "Refresh now" and the outcome of the last refresh, so a failed daily refresh is never silent. */
import { useState } from 'preact/hooks';
import { formatDateTime } from '../shared/format';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import { FEED_SYNC_KEY, MEETINGS_SYNC_KEY } from '../../utils/storage/meetings-sync';
import { requestFeedRefresh, requestMeetingsRefresh } from './background-client';
import { syncView, useMeetingsSync } from './meetings-sync';

/** `feed`: the calendar link's refresh, shown inside its import form, without a heading of its own. */
export function RefreshControl({ site, feed = false }: { site: string | undefined; feed?: boolean }) {
  const { t, locale } = useI18n();
  const view = syncView(useMeetingsSync(feed ? FEED_SYNC_KEY : MEETINGS_SYNC_KEY));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  async function refresh() {
    setBusy(true);
    setStatus({ kind: 'ok', text: t('options.refresh.running') });
    const reply = await (feed ? requestFeedRefresh() : requestMeetingsRefresh());
    setBusy(false);
    setStatus(
      reply.ok
        ? { kind: 'ok', text: t('options.refresh.done', { count: reply.meetings }) }
        : { kind: 'error', text: t('options.refresh.failedNow', { error: withoutFullStop(reply.error) }) },
    );
  }

  let last: string;
  if (view.kind === 'ok') last = t('options.refresh.lastOk', { when: formatDateTime(view.at, locale) });
  else if (view.kind === 'failed')
    last = view.showingFrom
      ? t('options.refresh.lastFailed', { error: withoutFullStop(view.error), when: formatDateTime(view.showingFrom, locale) })
      : t('options.refresh.lastFailedNever', { error: withoutFullStop(view.error) });
  else last = t('options.refresh.never');

  return (
    <div data-refresh={feed ? 'feed' : 'modern-gov'}>
      {!feed && <h3>{t('options.refresh.title')}</h3>}
      {(!feed || site) && (
        <p class={view.kind === 'failed' ? 'status-error' : 'muted'} data-sync={view.kind}>
          {last}
        </p>
      )}
      {(!feed || site) && (
        <button type="button" disabled={busy || !site} onClick={() => void refresh()}>
          {t(feed ? 'options.feed.refresh' : 'options.refresh.now')}
        </button>
      )}
      {!site && !feed && <p class="hint">{t('options.refresh.noSite')}</p>}
      <StatusMessage status={status} />
    </div>
  );
}

/** Background errors are whole sentences; the messages that quote them add their own full stop. */
export const withoutFullStop = (error: string): string => error.replace(/\.\s*$/, '');
