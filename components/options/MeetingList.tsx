/** Meetings with their agenda; restricted (exempt) items are marked in words, not only by colour. */
import { ASSUMED_MEETING_HOURS } from '../../utils/context/agenda-match';
import type { Meeting } from '../../utils/context/modern-gov';
import { formatDateTime, formatTime } from '../shared/format';
import { useI18n } from '../shared/i18n';

export interface MeetingListProps {
  meetings: readonly Meeting[];
  /** Offered on each meeting when given (the saved list; not a preview). */
  onRemove?(meeting: Meeting): void;
}

export function MeetingList({ meetings, onRemove }: MeetingListProps) {
  const { t, locale } = useI18n();
  if (meetings.length === 0) return <p class="muted">{t('options.meetings.none')}</p>;
  return (
    <ul class="plain meetings">
      {meetings.map((meeting) => (
        <li key={`${meeting.committee}|${meeting.start}`} data-meeting={meeting.committee}>
          <strong>{meeting.committee}</strong>
          <br />
          {formatDateTime(meeting.start, locale)}
          {/* No end from the council: the checks assume one (agenda-match.ts), and say so here. */}
          {meeting.end ? `–${formatTime(meeting.end, locale)}` : <span class="end-assumed"> ({t('options.meetings.endAssumed', { hours: ASSUMED_MEETING_HOURS })})</span>}
          {meeting.items.length > 0 && (
            <ul>
              {meeting.items.map((item, index) => (
                <li key={index}>
                  {item.reference ? `${item.reference}: ` : ''}
                  {item.title}
                  {item.restricted && <span class="restricted"> ({t('options.meetings.restricted')})</span>}
                </li>
              ))}
            </ul>
          )}
          {onRemove && (
            <div>
              <button type="button" onClick={() => onRemove(meeting)}>
                {t('options.meetings.remove', { committee: meeting.committee, when: formatDateTime(meeting.start, locale) })}
              </button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
