/** Import from an iCalendar (.ics) file the council publishes: read in the page, previewed, then saved. */
import { useRef, useState } from 'preact/hooks';
import type { Meeting } from '../../utils/context/modern-gov';
import { parseIcs } from '../../utils/context/ics';
import { readPickedFile } from '../shared/files';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import { MeetingPreview } from './MeetingPreview';
import { mergeMeetings } from './meetings-merge';
import type { ImportProps } from './ModernGovImport';

/** The same look-ahead as the Modern.gov import's 60 days, with room for a calendar published early. */
export const ICS_WINDOW_DAYS = 90;

export function IcsImport({ settings, save }: ImportProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [found, setFound] = useState<Meeting[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  async function read() {
    setFound(null);
    if (!input.current) return;
    const picked = await readPickedFile(input.current);
    if ('error' in picked) {
      if (picked.error === 'too-big') setStatus({ kind: 'error', text: t('options.fileTooBig') });
      return;
    }
    const parsed = parseIcs(picked.text, { now: new Date(), days: ICS_WINDOW_DAYS });
    if (!parsed.ok) {
      setStatus({ kind: 'error', text: t('options.ics.failed', { file: picked.name, error: parsed.error }) });
      return;
    }
    setStatus(null);
    setFound(parsed.value);
  }

  async function confirm() {
    if (!found) return;
    setBusy(true);
    const outcome = await save({ ...settings, meetings: mergeMeetings(settings.meetings, found, new Date()) });
    setBusy(false);
    if (outcome.ok) {
      setStatus({ kind: 'ok', text: t('options.meetings.saved', { count: found.length }) });
      setFound(null);
      if (input.current) input.current.value = '';
    } else {
      setStatus({ kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
    }
  }

  return (
    <div>
      <h3>{t('options.ics.title')}</h3>
      <div class="field">
        <label for="ics-file">{t('options.ics.file')}</label>
        <input id="ics-file" ref={input} type="file" accept=".ics,text/calendar" onChange={() => void read()} />
        <p class="hint">{t('options.ics.hint', { days: ICS_WINDOW_DAYS })}</p>
      </div>
      <StatusMessage status={status} />
      {found && (
        <MeetingPreview
          headingId="ics-preview"
          meetings={found}
          busy={busy}
          onSave={confirm}
          onCancel={() => {
            setFound(null);
            if (input.current) input.current.value = '';
          }}
        />
      )}
    </div>
  );
}
