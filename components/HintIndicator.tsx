/**
 * The quiet indicator beside the active editor: how many findings (low included) and the highest
 * severity, as a button with a spoken name. Its list is non-modal (focus stays where the person
 * puts it; Escape closes it and returns to the button) and read-only: suggestions are applied from
 * the panel on Post, where the draft is re-read and verified.
 */
import { useState, useRef } from 'preact/hooks';
import type { HintsView, Rect } from '../utils/guard/live-hints';
import type { OverlayTranslate } from '../utils/i18n/overlay';
import { FindingItem } from './FindingItem';
import { SEVERITY_LOOK } from './severity';

const SIZE = 28;
const GAP = 6;
const MARGIN = 4;

/** Just right of the editor's bottom corner; inside it when the viewport has no room. */
export function placeBeside(anchor: Rect, viewport: { width: number; height: number }): { top: number; left: number } {
  const left = Math.min(anchor.left + anchor.width + GAP, viewport.width - SIZE - MARGIN);
  const top = Math.min(Math.max(anchor.top + anchor.height - SIZE, MARGIN), viewport.height - SIZE - MARGIN);
  return { top: Math.max(top, MARGIN), left: Math.max(left, MARGIN) };
}

export function HintIndicator({ view, t }: { view: HintsView; t: OverlayTranslate }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const { top, left } = placeBeside(view.anchor, viewport);
  const count = view.findings.length;

  function close() {
    setOpen(false);
    button.current?.focus();
  }
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    close();
  }

  return (
    <div class={`hints${top > viewport.height / 2 ? ' above' : ''}`} style={{ top: `${top}px`, left: `${left}px` }} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        class={`hint-indicator sev-${view.top}`}
        data-severity={view.top}
        aria-expanded={open}
        aria-controls="cpc-hints-list"
        aria-label={count ? t('hints.indicator', { count, severity: t(`common.severity.${view.top}`) }) : t('hints.welshIndicator')}
        data-welsh={view.welsh || undefined}
        onClick={() => setOpen(!open)}
      >
        {count > 0 && <span aria-hidden="true">{SEVERITY_LOOK[view.top].icon}</span>}
        <span aria-hidden="true">{count || t('hints.welshBadge')}</span>
      </button>
      {open && (
        <div id="cpc-hints-list" class="hint-list" role="dialog" aria-modal="false" aria-labelledby="cpc-hints-title">
          <div class="hint-list-head">
            <h2 id="cpc-hints-title">{t('hints.listTitle')}</h2>
            <button type="button" class="quiet" onClick={close}>
              {t('hints.close')}
            </button>
          </div>
          <p class="summary">{t('hints.listNote')}</p>
          {view.welsh && (
            <p class="summary" data-field="welsh">
              {t('panel.welshDraft')}
            </p>
          )}
          <ul class="findings">
            {view.findings.map((finding) => (
              <FindingItem key={`${finding.ruleId}:${finding.start}:${finding.end}`} finding={finding} text={view.text} t={t} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
