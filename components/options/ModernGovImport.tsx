/**
 * Import from the council's Modern.gov site. The host permission for that one site is asked for
 * on the user's click (browsers only allow it in a user gesture), the background fetches, and
 * the user sees what was found before anything is saved.
 */
import { useState } from 'preact/hooks';
import type { Settings } from '../../utils/context/settings';
import { siteSchema } from '../../utils/messaging/protocol';
import { LockedNote } from '../shared/LockedNote';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import { requestMeetingsPreview, type MeetingsPreview } from './background-client';
import { MeetingPreview } from './MeetingPreview';
import { hostPermission } from '../../utils/background/site';
import { mergeFetchedMeetings } from '../../utils/background/merge-meetings';
import { withoutFullStop } from './RefreshControl';
import type { Save } from './use-settings';

export interface ImportProps {
  settings: Settings;
  locked: ReadonlySet<string>;
  save: Save;
}

export function ModernGovImport({ settings, locked, save }: ImportProps) {
  const { t } = useI18n();
  const siteLocked = locked.has('council.modernGovSite');
  const [site, setSite] = useState(settings.council.modernGovSite ?? '');
  const [preview, setPreview] = useState<MeetingsPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  async function fetchPreview(event: Event) {
    event.preventDefault();
    setPreview(null);
    const checked = siteSchema.safeParse(site);
    if (!checked.success) {
      setStatus({ kind: 'error', text: t('options.modernGov.badAddress') });
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
    const reply = await requestMeetingsPreview(checked.data);
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
    const next: Settings = {
      ...settings,
      council: siteLocked ? settings.council : { ...settings.council, modernGovSite: preview.site },
      // As the daily refresh does: the site decides the meetings of the committees it lists.
      meetings: mergeFetchedMeetings(settings.meetings, preview),
    };
    const outcome = await save(next);
    setBusy(false);
    if (outcome.ok) {
      setPreview(null);
      setStatus({ kind: 'ok', text: t('options.meetings.saved', { count: preview.meetings.length }) });
    } else {
      // The preview stays on screen so nothing fetched is lost; the user can try again.
      setStatus({ kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
    }
  }

  return (
    <form onSubmit={fetchPreview} aria-labelledby="modern-gov-heading">
      <h3 id="modern-gov-heading">{t('options.modernGov.title')}</h3>
      <p class="hint">{t('options.modernGov.hint')}</p>
      <div class="row">
        <div class="field">
          <label for="modern-gov-site">{t('options.modernGov.address')}</label>
          <input
            id="modern-gov-site"
            type="url"
            inputMode="url"
            placeholder="https://democracy.example.gov.uk"
            value={site}
            disabled={siteLocked}
            onInput={(e) => setSite(e.currentTarget.value)}
          />
        </div>
        <button type="submit" disabled={busy}>
          {t('options.modernGov.fetch')}
        </button>
      </div>
      {siteLocked && <LockedNote />}
      <StatusMessage status={status} />
      {preview && (
        <MeetingPreview
          headingId="modern-gov-preview"
          meetings={preview.meetings}
          summary={t('options.modernGov.committeesFound', { count: preview.committees.length })}
          busy={busy}
          onSave={confirm}
          onCancel={() => setPreview(null)}
        />
      )}
    </form>
  );
}
