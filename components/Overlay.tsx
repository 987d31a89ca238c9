/** Everything the extension draws on a page: the warning panel (when a send is held), notices, and live hints. */
import type { OverlayTranslate } from '../utils/i18n/overlay';
import type { PanelView } from '../utils/guard/types';
import type { HintsView } from '../utils/guard/live-hints';
import { HighlightLayer } from './HighlightLayer';
import { HintIndicator } from './HintIndicator';
import { NoticeList, type NoticeItem } from './NoticeList';
import type { Theme } from './theme';
import { WarningPanel } from './WarningPanel';

export interface OverlayProps {
  theme: Theme;
  panel: PanelView | null;
  notices: NoticeItem[];
  t: OverlayTranslate;
  onDismiss(id: number): void;
  /** The active editor's live hints, when it has any. */
  hints?: HintsView | null;
}

export function Overlay({ theme, panel, notices, t, onDismiss, hints }: OverlayProps) {
  return (
    <div class={`root theme-${theme}`} lang={t('hints.lang')}>
      {hints && <HighlightLayer highlights={hints.highlights} />}
      {hints && <HintIndicator key={hints.editorKey} view={hints} t={t} />}
      {panel && <WarningPanel {...panel} />}
      <NoticeList notices={notices} dismissLabel={t('panel.notice.dismiss')} onDismiss={onDismiss} />
    </div>
  );
}
