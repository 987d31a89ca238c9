/** Writing one of the popup's switches (pause, meeting now) and saying how it went. */
import { useState } from 'preact/hooks';
import { saveRuntimeState, type RuntimeState } from '../../utils/storage/runtime-state';
import type { Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';

export function useSwitchWriter() {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status | null>(null);

  /** `done` is said after saving; leave it out when the switch's own state already says it. */
  async function write(next: RuntimeState, done?: string): Promise<void> {
    try {
      await saveRuntimeState(next);
      setStatus(done ? { kind: 'ok', text: done } : null);
    } catch (error) {
      setStatus({ kind: 'error', text: t('popup.switchFailed', { error: (error as Error).message }) });
    }
  }

  return { status, setStatus, write };
}
