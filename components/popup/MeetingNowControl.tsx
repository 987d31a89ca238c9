/**
 * "I'm in a regulatory meeting now": turns on the meeting rule for one of the user's planning or
 * licensing committees until the end time they give, even if the meeting is in no calendar.
 */
import { useState } from 'preact/hooks';
import { committeeKind, isRegulatory } from '../../utils/context/committees';
import type { Settings } from '../../utils/context/settings';
import type { RuntimeState } from '../../utils/storage/runtime-state';
import { formatTime } from '../shared/format';
import { StatusMessage } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import { useSwitchWriter } from './use-switch-writer';
import { meetingEnd, suggestedEnd } from './switch-times';

export function MeetingNowControl({ settings, runtime }: { settings: Settings; runtime: RuntimeState }) {
  const { t, locale } = useI18n();
  const committees = settings.profile.committees.filter((name) => isRegulatory(committeeKind(name)));
  const [committee, setCommittee] = useState(committees[0] ?? '');
  const [end, setEnd] = useState(() => suggestedEnd(new Date()));
  const { status, setStatus, write } = useSwitchWriter();

  async function start(event: Event) {
    event.preventDefault();
    const chosen = committees.includes(committee) ? committee : committees[0];
    if (!chosen) return;
    const result = meetingEnd(end, new Date());
    if ('error' in result) {
      setStatus({ kind: 'error', text: t(result.error === 'format' ? 'popup.meeting.badTime' : 'popup.meeting.tooFar') });
      document.getElementById('meeting-end')?.focus();
      return;
    }
    // No status line: the switch's own sentence ("In the … meeting until …") says it once.
    await write({ ...runtime, meetingNow: { committee: chosen, until: result.until } });
  }

  const { meetingNow, ...rest } = runtime;
  return (
    <section aria-labelledby="meeting-now-heading">
      <h2 id="meeting-now-heading">{t('popup.meeting.title')}</h2>
      {meetingNow ? (
        <>
          <p>{t('popup.meeting.on', { committee: meetingNow.committee, time: formatTime(meetingNow.until, locale) })}</p>
          <button type="button" class="primary" onClick={() => void write(rest, t('popup.meeting.ended'))}>
            {t('popup.meeting.end')}
          </button>
        </>
      ) : committees.length === 0 ? (
        <p class="muted">{t('popup.meeting.noCommittees')}</p>
      ) : (
        <form onSubmit={start}>
          <div class="field">
            <label for="meeting-committee">{t('popup.meeting.committee')}</label>
            <select id="meeting-committee" value={committee} onChange={(e) => setCommittee(e.currentTarget.value)}>
              {committees.map((name) => (
                <option value={name}>{name}</option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="meeting-end">{t('popup.meeting.until')}</label>
            <input id="meeting-end" type="time" value={end} onInput={(e) => setEnd(e.currentTarget.value)} />
          </div>
          <button type="submit">{t('popup.meeting.start')}</button>
        </form>
      )}
      <StatusMessage status={status} />
    </section>
  );
}
