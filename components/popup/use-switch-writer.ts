/** Writing one of the popup's switches (pause, meeting now) and saying how it went. */
import { useState } from 'preact/hooks';
import { saveRuntimeState, type RuntimeState } from '../../utils/storage/runtime-state';
import type { Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';

export function useSwitchWriter() {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status | null>(null);

  async function write(next: RuntimeState, done: string): Promise<void> {
    try {
      await saveRuntimeState(next);
      setStatus({ kind: 'ok', text: done });
    } catch (error) {
      setStatus({ kind: 'error', text: t('popup.switchFailed', { error: (error as Error).message }) });
    }
  }

  return { status, setStatus, write };
}
