/**
 * The panel shown instead of sending: an alertdialog that takes focus (first action: Edit, the
 * safe one), keeps Tab inside itself, and treats Escape as Edit.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PanelView } from '../utils/guard/types';
import { FindingItem } from './FindingItem';

const FOCUSABLE = 'button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function WarningPanel(view: PanelView) {
  const panel = useRef<HTMLDivElement>(null);

  // Runs synchronously after render, so focus is in the panel before the next key press.
  useLayoutEffect(() => {
    if (view.busy) return;
    panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [view.findings, view.busy]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      view.onEdit();
      return;
    }
    if (event.key !== 'Tab' || !panel.current) return;
    const items = Array.from(panel.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (items.length === 0) return;
    event.preventDefault();
    const root = panel.current.getRootNode() as Document | ShadowRoot;
    const index = items.indexOf(root.activeElement as HTMLElement);
    const next = (index + (event.shiftKey ? -1 : 1) + items.length) % items.length;
    items[index === -1 ? 0 : next]?.focus();
  }

  const count = view.findings.length;
  return (
    <div class="backdrop">
      <div
        ref={panel}
        class="panel"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="cpc-title"
        aria-describedby="cpc-summary"
        aria-busy={view.busy}
        onKeyDown={onKeyDown}
      >
        <h2 id="cpc-title">Check this post before it goes out</h2>
        <p id="cpc-summary" class="summary">
          {count === 1 ? 'One thing' : `${count} things`} in this draft may need a change. You decide: edit it, apply a
          suggestion, or post it as it is.
        </p>
        <div class="actions">
          <button type="button" class="primary" onClick={view.onEdit}>
            Edit
          </button>
          <button type="button" onClick={view.onPostAnyway} disabled={view.busy}>
            Post anyway
          </button>
        </div>
        {view.message && (
          <p class={`message ${view.message.kind}`} role={view.message.kind === 'error' ? 'alert' : 'status'}>
            {view.message.text}
          </p>
        )}
        <ul class="findings" aria-label="What was found">
          {view.findings.map((finding) => (
            <FindingItem
              key={`${finding.ruleId}:${finding.start}:${finding.end}`}
              finding={finding}
              text={view.text}
              busy={view.busy}
              onApply={view.onApply}
            />
          ))}
        </ul>
        <p class="privacy">Checked on this device. Nothing was sent anywhere.</p>
      </div>
    </div>
  );
}
