/** What an import found, shown before anything is saved: the user confirms or cancels. */
import type { Meeting } from '../../utils/context/modern-gov';
import { useI18n } from '../shared/i18n';
import { MeetingList } from './MeetingList';

export interface MeetingPreviewProps {
  headingId: string;
  meetings: readonly Meeting[];
  /** Extra lines above the list, e.g. the committees a Modern.gov site lists. */
  summary?: string;
  onSave(): void;
  onCancel(): void;
  busy: boolean;
}

export function MeetingPreview({ headingId, meetings, summary, onSave, onCancel, busy }: MeetingPreviewProps) {
  const { t } = useI18n();
  return (
    <section class="preview" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('options.meetings.previewTitle', { count: meetings.length })}</h4>
      {summary && <p>{summary}</p>}
      <MeetingList meetings={meetings} />
      <div class="row">
        <button type="button" class="primary" disabled={busy || meetings.length === 0} onClick={onSave}>
          {t('options.meetings.saveFound', { count: meetings.length })}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('options.cancel')}
        </button>
      </div>
    </section>
  );
}
