/** Quiet notices: a polite live region in a corner, each dismissible. */
export interface NoticeItem {
  id: number;
  text: string;
}

export function NoticeList({ notices, dismissLabel, onDismiss }: { notices: NoticeItem[]; dismissLabel: string; onDismiss(id: number): void }) {
  return (
    <div class="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div class="notice" key={notice.id} data-notice>
          <span>{notice.text}</span>
          <button type="button" aria-label={dismissLabel} onClick={() => onDismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
