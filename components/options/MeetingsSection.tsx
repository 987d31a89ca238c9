/** Meetings: where they come from (Modern.gov, a calendar link, a calendar file, by hand) and what is coming up. */
import { useState } from 'preact/hooks';
import type { Meeting } from '../../utils/context/modern-gov';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import { FeedImport } from './FeedImport';
import { IcsImport } from './IcsImport';
import { MeetingFormView } from './MeetingFormView';
import { MeetingList } from './MeetingList';
import { ModernGovImport, type ImportProps } from './ModernGovImport';
import { RefreshControl } from './RefreshControl';
import { upcomingMeetings } from './meetings-merge';

export function MeetingsSection(props: ImportProps) {
  const { t } = useI18n();
  const { settings, save } = props;
  const [status, setStatus] = useState<Status | null>(null);

  async function remove(meeting: Meeting) {
    const outcome = await save({ ...settings, meetings: settings.meetings.filter((m) => m !== meeting) });
    setStatus(outcome.ok ? { kind: 'ok', text: t('options.meetings.removed', { committee: meeting.committee }) } : { kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
  }

  return (
    <>
      <p>{t('options.meetings.intro')}</p>
      <h3>{t('options.meetings.upcoming')}</h3>
      <MeetingList meetings={upcomingMeetings(settings.meetings, new Date())} onRemove={remove} />
      <StatusMessage status={status} />
      <RefreshControl site={settings.council.modernGovSite} />
      <ModernGovImport {...props} />
      <FeedImport {...props} />
      <IcsImport {...props} />
      <MeetingFormView settings={settings} save={save} />
    </>
  );
}
