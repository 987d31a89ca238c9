/**
 * Import from the calendar link a council publishes (an iCalendar feed, or a CMIS meetings list),
 * for councils not on Modern.gov. As the Modern.gov import: the host permission for that one site
 * is asked for on the user's click, the background fetches, the user sees what was found before
 * anything is saved, and the saved link is refreshed daily.
 */
import { useState } from 'preact/hooks';
import type { Settings } from '../../utils/context/settings';
import { FEED_WINDOW_DAYS } from '../../utils/background/feed-fetch';
import { mergeFetchedMeetings } from '../../utils/background/merge-meetings';
import { hostPermission } from '../../utils/background/site';
import { feedSchema } from '../../utils/messaging/protocol';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import { requestFeedPreview, type MeetingsPreview } from './background-client';
import { MeetingPreview } from './MeetingPreview';
import type { ImportProps } from './ModernGovImport';
import { RefreshControl, withoutFullStop } from './RefreshControl';

export function FeedImport({ settings, save }: ImportProps) {
  const { t } = useI18n();
  const [feed, setFeed] = useState(settings.council.calendarFeed ?? '');
  const [preview, setPreview] = useState<MeetingsPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  async function fetchPreview(event: Event) {
    event.preventDefault();
    setPreview(null);
    const checked = feedSchema.safeParse(feed);
    if (!checked.success) {
      setStatus({ kind: 'error', text: t('options.feed.badAddress') });
      return;
    }
    const origin = new URL(checked.data).origin;
    // Must be the first await: the permission prompt needs the click's user gesture.
    const granted = await browser.permissions.request({ origins: [hostPermission(checked.data)] }).catch(() => false);
    if (!granted) {
      setStatus({ kind: 'error', text: t('options.modernGov.permissionRefused', { origin }) });
      return;
    }
    setBusy(true);
    setStatus({ kind: 'ok', text: t('options.modernGov.fetching', { origin }) });
    const reply = await requestFeedPreview(checked.data);
    setBusy(false);
    if (!reply.ok) {
      setStatus({ kind: 'error', text: t('options.modernGov.failed', { error: withoutFullStop(reply.error) }) });
      return;
    }
    setStatus(null);
    setPreview(reply.preview);
  }

  async function confirm() {
    if (!preview) return;
    setBusy(true);
    const next: Settings = {
      ...settings,
      council: { ...settings.council, calendarFeed: preview.site },
      // As the daily refresh does: the calendar decides the meetings of the committees it lists.
      meetings: mergeFetchedMeetings(settings.meetings, preview),
    };
    const outcome = await save(next);
    setBusy(false);
    if (outcome.ok) {
      setPreview(null);
      setStatus({ kind: 'ok', text: t('options.meetings.saved', { count: preview.meetings.length }) });
    } else {
      // The preview stays on screen so nothing fetched is lost; the user can try again.
      setStatus({ kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
    }
  }

  return (
    <form onSubmit={fetchPreview} aria-labelledby="feed-heading">
      <h3 id="feed-heading">{t('options.feed.title')}</h3>
      <p class="hint">{t('options.feed.hint', { days: FEED_WINDOW_DAYS })}</p>
      <div class="row">
        <div class="field">
          <label for="calendar-feed">{t('options.feed.address')}</label>
          <input
            id="calendar-feed"
            type="url"
            inputMode="url"
            placeholder="https://democracy.example.gov.uk/calendar.ics"
            value={feed}
            onInput={(e) => setFeed(e.currentTarget.value)}
          />
        </div>
        <button type="submit" disabled={busy}>
          {t('options.feed.fetch')}
        </button>
      </div>
      <StatusMessage status={status} />
      {preview && (
        <MeetingPreview headingId="feed-preview" meetings={preview.meetings} busy={busy} onSave={confirm} onCancel={() => setPreview(null)} />
      )}
      <RefreshControl site={settings.council.calendarFeed} feed />
    </form>
  );
}
