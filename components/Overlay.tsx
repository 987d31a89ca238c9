/** Everything the extension draws on a page: the warning panel (when a send is held) and notices. */
import type { Translate } from '../utils/i18n';
import type { PanelView } from '../utils/guard/types';
import { NoticeList, type NoticeItem } from './NoticeList';
import type { Theme } from './theme';
import { WarningPanel } from './WarningPanel';

export interface OverlayProps {
  theme: Theme;
  panel: PanelView | null;
  notices: NoticeItem[];
  t: Translate;
  onDismiss(id: number): void;
}

export function Overlay({ theme, panel, notices, t, onDismiss }: OverlayProps) {
  return (
    <div class={`root theme-${theme}`}>
      {panel && <WarningPanel {...panel} />}
      <NoticeList notices={notices} dismissLabel={t('panel.notice.dismiss')} onDismiss={onDismiss} />
    </div>
  );
}
