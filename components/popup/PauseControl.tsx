/** Pause all checks for an hour (a run of posts the user has already thought about), or resume. */
import type { RuntimeState } from '../../utils/storage/runtime-state';
import { formatTime } from '../shared/format';
import { StatusMessage } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import { useSwitchWriter } from './use-switch-writer';
import { pauseUntil } from './switch-times';

export function PauseControl({ runtime }: { runtime: RuntimeState }) {
  const { t, locale } = useI18n();
  const { status, write } = useSwitchWriter();

  const { pausedUntil, ...rest } = runtime;
  return (
    <section aria-labelledby="pause-heading">
      <h2 id="pause-heading">{t('popup.pause.title')}</h2>
      {pausedUntil ? (
        <>
          <p>{t('popup.pause.until', { time: formatTime(pausedUntil, locale) })}</p>
          <button type="button" class="primary" onClick={() => void write(rest, t('popup.pause.resumed'))}>
            {t('popup.pause.resume')}
          </button>
        </>
      ) : (
        <button
          type="button"
          onClick={() => {
            const until = pauseUntil(new Date());
            void write({ ...runtime, pausedUntil: until }, t('popup.pause.paused', { time: formatTime(until, locale) }));
          }}
        >
          {t('popup.pause.oneHour')}
        </button>
      )}
      <StatusMessage status={status} />
    </section>
  );
}
