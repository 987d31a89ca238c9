/**
 * Elections: polling day and, when known, the notice of election. The pre-election period is
 * computed and shown, so the user can see when a council account's publicity rules tighten.
 */
import { useState } from 'preact/hooks';
import { noticeDeadline, preElectionPeriod } from '../../utils/context/election';
import { settingsElectionSchema, type Settings } from '../../utils/context/settings';
import { describeIssues } from '../../utils/context/result';
import { formatDate } from '../shared/format';
import { LockedNote } from '../shared/LockedNote';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import type { ImportProps } from './ModernGovImport';

type Election = Settings['elections'][number];

export function ElectionsSection({ settings, locked, save }: ImportProps) {
  const { t, locale } = useI18n();
  const isLocked = locked.has('elections');
  const [poll, setPoll] = useState('');
  const [notice, setNotice] = useState('');
  const [label, setLabel] = useState('');
  const [status, setStatus] = useState<Status | null>(null);

  async function add(event: Event) {
    event.preventDefault();
    const parsed = settingsElectionSchema.safeParse({
      poll,
      ...(notice ? { noticeOfElection: notice } : {}),
      ...(label.trim() ? { label: label.trim() } : {}),
    });
    if (!parsed.success) {
      setStatus({ kind: 'error', text: t('options.elections.invalid', { error: describeIssues(parsed.error.issues, 'election') }) });
      return;
    }
    const elections = [...settings.elections, parsed.data].sort((a, b) => a.poll.localeCompare(b.poll));
    const outcome = await save({ ...settings, elections });
    if (outcome.ok) {
      setPoll('');
      setNotice('');
      setLabel('');
      setStatus({ kind: 'ok', text: t('options.elections.added') });
    } else {
      setStatus({ kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
    }
  }

  async function remove(election: Election) {
    const outcome = await save({ ...settings, elections: settings.elections.filter((e) => e !== election) });
    setStatus(outcome.ok ? { kind: 'ok', text: t('options.elections.removed') } : { kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
  }

  return (
    <>
      <p>{t('options.elections.intro')}</p>
      {isLocked && <LockedNote />}
      {settings.elections.length === 0 ? (
        <p class="muted">{t('options.elections.none')}</p>
      ) : (
        <ul class="plain">
          {settings.elections.map((election) => (
            <ElectionItem key={election.poll} election={election} onRemove={isLocked ? undefined : () => void remove(election)} />
          ))}
        </ul>
      )}
      {!isLocked && (
        <form onSubmit={add} aria-labelledby="election-form-heading">
          <h3 id="election-form-heading">{t('options.elections.add')}</h3>
          <div class="row">
            <div class="field">
              <label for="election-poll">{t('options.elections.poll')}</label>
              <input id="election-poll" type="date" value={poll} onInput={(e) => setPoll(e.currentTarget.value)} />
            </div>
            <div class="field">
              <label for="election-notice">{t('options.elections.notice')}</label>
              <input id="election-notice" type="date" value={notice} aria-describedby="election-notice-hint" onInput={(e) => setNotice(e.currentTarget.value)} />
            </div>
            <div class="field">
              <label for="election-label">{t('options.elections.label')}</label>
              <input id="election-label" type="text" value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
            </div>
          </div>
          <p class="hint" id="election-notice-hint">
            {poll && /^\d{4}-\d{2}-\d{2}$/.test(poll)
              ? t('options.elections.noticeHintDated', { date: formatDate(noticeDeadline(poll).date, locale) })
              : t('options.elections.noticeHint')}
          </p>
          <button type="submit" class="primary">
            {t('options.elections.submit')}
          </button>
        </form>
      )}
      <StatusMessage status={status} />
    </>
  );
}

function ElectionItem({ election, onRemove }: { election: Election; onRemove?: () => void }) {
  const { t, locale } = useI18n();
  const period = preElectionPeriod(election);
  const estimated = !election.noticeOfElection;
  return (
    <li data-poll={election.poll}>
      <strong>{election.label ?? t('options.elections.unnamed')}</strong>: {t('options.elections.pollOn', { date: formatDate(election.poll, locale) })}
      {period && (
        <p data-field="period">
          {t(estimated ? 'options.elections.periodEstimated' : 'options.elections.period', {
            start: formatDate(period.start, locale),
            end: formatDate(period.end, locale),
          })}
        </p>
      )}
      {onRemove && (
        <button type="button" onClick={onRemove}>
          {t('options.elections.remove', { date: formatDate(election.poll, locale) })}
        </button>
      )}
    </li>
  );
}
