/**
 * All settings as one JSON file, to move to another browser or hand to a colleague. An import
 * replaces everything or, if anything in the file is wrong, changes nothing and names the field.
 */
import { useRef, useState } from 'preact/hooks';
import { importSettings, serialiseSettings } from '../../utils/context/settings';
import { downloadText, readPickedFile, today } from '../shared/files';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import type { ImportProps } from './ModernGovImport';

export function TransferSection({ settings, save }: ImportProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status | null>(null);

  async function importFile() {
    if (!input.current) return;
    const picked = await readPickedFile(input.current);
    input.current.value = '';
    if ('error' in picked) {
      if (picked.error === 'too-big') setStatus({ kind: 'error', text: t('options.fileTooBig') });
      return;
    }
    const outcome = importSettings(settings, picked.text);
    if (!outcome.ok) {
      setStatus({ kind: 'error', text: t('options.transfer.importFailed', { file: picked.name, error: outcome.error }) });
      return;
    }
    const saved = await save(outcome.settings);
    setStatus(
      saved.ok
        ? { kind: 'ok', text: t('options.transfer.imported', { file: picked.name }) }
        : { kind: 'error', text: t('options.transfer.importFailed', { file: picked.name, error: saved.error }) },
    );
  }

  return (
    <div id="transfer">
      <h3>{t('options.transfer.title')}</h3>
      <p>{t('options.transfer.intro')}</p>
      <button type="button" onClick={() => downloadText(`councillor-post-check-settings-${today()}.json`, serialiseSettings(settings))}>
        {t('options.transfer.export')}
      </button>
      <div class="field">
        <label for="settings-file">{t('options.transfer.import')}</label>
        <input id="settings-file" ref={input} type="file" accept=".json,application/json" onChange={() => void importFile()} />
        <p class="hint">{t('options.transfer.importHint')}</p>
      </div>
      <StatusMessage status={status} />
    </div>
  );
}
