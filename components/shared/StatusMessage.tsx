/**
 * The result of an action, read out by screen readers: errors as alerts (they need attention now),
 * confirmations as polite status updates.
 */
export interface Status {
  kind: 'ok' | 'error';
  text: string;
}

export function StatusMessage({ status }: { status: Status | null | undefined }) {
  // The live region stays in the page even when empty, so the first message is announced too.
  return (
    <p class={`status ${status ? `status-${status.kind}` : ''}`} role={status?.kind === 'error' ? 'alert' : 'status'}>
      {status?.text ?? ''}
    </p>
  );
}
