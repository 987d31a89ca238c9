/**
 * The flow both site imports share (Modern.gov, a calendar link): check the address, ask for
 * that one host's permission inside the click, have the background fetch, show what was found,
 * and save only when the user confirms. A failure at any step changes nothing and says why.
 */
import { useState } from 'preact/hooks';
import type { ZodType } from 'zod';
import type { Settings } from '../../utils/context/settings';
import { mergeFetchedMeetings } from '../../utils/background/merge-meetings';
import { hostPermission } from '../../utils/background/site';
import type { MeetingsPreviewReply } from '../../utils/messaging/protocol';
import type { MessageKey } from '../../utils/i18n';
import type { Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import type { MeetingsPreview } from './background-client';
import type { ImportProps } from './ModernGovImport';
import { withoutFullStop } from './RefreshControl';

export interface SiteImport {
  /** What counts as a usable address for this import (zod, as the background checks it again). */
  address: ZodType<string>;
  badAddress: MessageKey;
  fetchPreview(address: string): Promise<MeetingsPreviewReply>;
  /** The council's settings once this preview is saved (the site or link it came from). */
  council(settings: Settings, preview: MeetingsPreview): Settings['council'];
}

export function useSiteImport({ settings, save }: Pick<ImportProps, 'settings' | 'save'>, how: SiteImport) {
  const { t } = useI18n();
  const [preview, setPreview] = useState<MeetingsPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  async function fetch(typed: string) {
    setPreview(null);
    const checked = how.address.safeParse(typed);
    if (!checked.success) {
      setStatus({ kind: 'error', text: t(how.badAddress) });
      return;
    }
    const origin = new URL(checked.data).origin;
    // Must be the first await: the permission prompt needs the click's user gesture. The same
    // pattern the background checks for (scheme and host: a port is not part of it).
    const granted = await browser.permissions.request({ origins: [hostPermission(checked.data)] }).catch(() => false);
    if (!granted) {
      setStatus({ kind: 'error', text: t('options.modernGov.permissionRefused', { origin }) });
      return;
    }
    setBusy(true);
    setStatus({ kind: 'ok', text: t('options.modernGov.fetching', { origin }) });
    const reply = await how.fetchPreview(checked.data);
    setBusy(false);
    if (!reply.ok) {
      setStatus({ kind: 'error', text: t('options.modernGov.failed', { error: withoutFullStop(reply.error) }) });
      return;
    }
    setStatus(null);
    setPreview(reply.preview);
  }

  async function confirm() {
    if (!preview) return;
    setBusy(true);
    // As the daily refresh does: the site decides the meetings of the committees it lists.
    const outcome = await save({ ...settings, council: how.council(settings, preview), meetings: mergeFetchedMeetings(settings.meetings, preview) });
    setBusy(false);
    if (outcome.ok) {
      setPreview(null);
      setStatus({ kind: 'ok', text: t('options.meetings.saved', { count: preview.meetings.length }) });
    } else {
      // The preview stays on screen so nothing fetched is lost; the user can try again.
      setStatus({ kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
    }
  }

  /** The form's submit handler for what the user typed (Enter or the button). */
  const submit = (typed: string) => (event: Event) => {
    event.preventDefault();
    void fetch(typed);
  };

  return { preview, busy, status, submit, confirm, cancel: () => setPreview(null) };
}
