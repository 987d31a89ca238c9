/**
 * The panel shown instead of sending: an alertdialog that takes focus (first action: Edit, the
 * safe one), keeps Tab inside itself, and treats Escape as Edit.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { groupItems, SURFACE_WORDS } from '../utils/guard/panel-groups';
import type { PanelView } from '../utils/guard/types';
import { DraftView } from './DraftView';
import { FindingItem } from './FindingItem';

const FOCUSABLE = 'button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function WarningPanel(view: PanelView) {
  const panel = useRef<HTMLDivElement>(null);
  const [reason, setReason] = useState('');
  const { t } = view;
  const words = SURFACE_WORDS[view.surface];
  const groups = groupItems(view.items);

  // Runs synchronously after render, so focus is in the panel before the next key press.
  useLayoutEffect(() => {
    if (view.busy) return;
    panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [view.items, view.busy]);

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
        data-surface={view.surface}
        onKeyDown={onKeyDown}
      >
        <h2 id="cpc-title">{t(words.title)}</h2>
        <p id="cpc-summary" class="summary">
          {t('panel.summary', { count: view.items.length, anyway: t(words.anyway) })}
        </p>
        {view.welsh && (
          <p class="message info" data-field="welsh">
            {t('panel.welshDraft')}
          </p>
        )}
        {view.drafts.map((draft, box) => (
          <DraftView
            text={draft}
            items={view.items.filter((item) => item.box === box)}
            label={view.boxes > 1 ? `${t('panel.draftLabel')} (${t('panel.box', { box: box + 1, boxes: view.boxes })})` : t('panel.draftLabel')}
          />
        ))}
        {view.askReason && (
          <label class="reason">
            {t('panel.reasonLabel')}
            <input type="text" maxLength={500} value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
          </label>
        )}
        <div class="actions">
          <button type="button" class="primary" data-action="edit" onClick={view.onEdit}>
            {t(words.edit)}
          </button>
          <button type="button" data-action="anyway" onClick={() => view.onPostAnyway(reason.trim() || undefined)} disabled={view.busy}>
            {t(words.anyway)}
          </button>
        </div>
        {view.message && (
          <p class={`message ${view.message.kind}`} role={view.message.kind === 'error' ? 'alert' : 'status'}>
            {view.message.text}
          </p>
        )}
        {view.sharedTruncated && <p class="message info">{t('panel.sharedTruncated')}</p>}
        <ul class="findings" aria-label={t('panel.findingsLabel')}>
          {groups.map(({ lead: item, items, shared }) => (
            <FindingItem
              key={`${item.box}:${item.finding.ruleId}:${item.finding.in ?? ''}:${item.finding.start}:${item.finding.end}`}
              finding={item.finding}
              text={item.text}
              t={t}
              busy={view.busy}
              count={items.length}
              shared={shared}
              {...(view.boxes > 1 ? { boxLabel: t('panel.box', { box: item.box + 1, boxes: view.boxes }) } : {})}
              {...(view.policyUrl ? { policyUrl: view.policyUrl } : {})}
              onApply={(replacement, range) => view.onApply(item, replacement, range)}
              onApplyAll={(replacement) => view.onApplyAll(items, replacement)}
              mute={{
                ...(view.canMute(item, 'finding') ? { finding: () => items.forEach((one) => view.onMute(one, 'finding')) } : {}),
                ...(view.canMute(item, 'rule') ? { rule: () => view.onMute(item, 'rule') } : {}),
              }}
            />
          ))}
        </ul>
        <p class="privacy">{t('common.privacy')}</p>
      </div>
    </div>
  );
}
