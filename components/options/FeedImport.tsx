/**
 * Import from the calendar link a council publishes (an iCalendar feed, or a CMIS meetings list),
 * for councils not on Modern.gov. As the Modern.gov import: the host permission for that one site
 * is asked for on the user's click, the background fetches, the user sees what was found before
 * anything is saved, and the saved link is refreshed daily.
 */
import { useState } from 'preact/hooks';
import { FEED_WINDOW_DAYS } from '../../utils/background/feed-fetch';
import { feedSchema } from '../../utils/messaging/protocol';
import { StatusMessage } from '../shared/StatusMessage';
import { AddressRow } from './AddressRow';
import { useI18n } from '../shared/i18n';
import { requestFeedPreview } from './background-client';
import { MeetingPreview } from './MeetingPreview';
import type { ImportProps } from './ModernGovImport';
import { RefreshControl } from './RefreshControl';
import { useSiteImport } from './use-import';

export function FeedImport({ settings, save }: ImportProps) {
  const { t } = useI18n();
  const [feed, setFeed] = useState(settings.council.calendarFeed ?? '');
  const { preview, busy, status, submit, confirm, cancel } = useSiteImport(
    { settings, save },
    {
      address: feedSchema,
      badAddress: 'options.feed.badAddress',
      fetchPreview: requestFeedPreview,
      council: (current, found) => ({ ...current.council, calendarFeed: found.site }),
    },
  );

  return (
    <form onSubmit={submit(feed)} aria-labelledby="feed-heading">
      <h3 id="feed-heading">{t('options.feed.title')}</h3>
      <p class="hint">{t('options.feed.hint', { days: FEED_WINDOW_DAYS })}</p>
      <AddressRow
        id="calendar-feed"
        label={t('options.feed.address')}
        placeholder="https://democracy.example.gov.uk/calendar.ics"
        value={feed}
        onInput={setFeed}
        action={t('options.feed.fetch')}
        busy={busy}
      />
      <StatusMessage status={status} />
      {preview && (
        <MeetingPreview headingId="feed-preview" meetings={preview.meetings} busy={busy} onSave={confirm} onCancel={cancel} />
      )}
      <RefreshControl site={settings.council.calendarFeed} feed />
    </form>
  );
}
