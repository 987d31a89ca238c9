/**
 * Import from the council's Modern.gov site. The host permission for that one site is asked for
 * on the user's click (browsers only allow it in a user gesture), the background fetches, and
 * the user sees what was found before anything is saved.
 */
import { useState } from 'preact/hooks';
import type { Settings } from '../../utils/context/settings';
import { siteSchema } from '../../utils/messaging/protocol';
import { LockedNote } from '../shared/LockedNote';
import { StatusMessage } from '../shared/StatusMessage';
import { AddressRow } from './AddressRow';
import { useI18n } from '../shared/i18n';
import { requestMeetingsPreview } from './background-client';
import { MeetingPreview } from './MeetingPreview';
import { useSiteImport } from './use-import';
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
  const { preview, busy, status, submit, confirm, cancel } = useSiteImport(
    { settings, save },
    {
      address: siteSchema,
      badAddress: 'options.modernGov.badAddress',
      fetchPreview: requestMeetingsPreview,
      council: (current, found) => (siteLocked ? current.council : { ...current.council, modernGovSite: found.site }),
    },
  );

  return (
    <form onSubmit={submit(site)} aria-labelledby="modern-gov-heading">
      <h3 id="modern-gov-heading">{t('options.modernGov.title')}</h3>
      <p class="hint">{t('options.modernGov.hint')}</p>
      <AddressRow
        id="modern-gov-site"
        label={t('options.modernGov.address')}
        placeholder="https://democracy.example.gov.uk"
        value={site}
        onInput={setSite}
        action={t('options.modernGov.fetch')}
        busy={busy}
        disabled={siteLocked}
      />
      {siteLocked && <LockedNote />}
      <StatusMessage status={status} />
      {preview && (
        <MeetingPreview
          headingId="modern-gov-preview"
          meetings={preview.meetings}
          summary={t('options.modernGov.committeesFound', { count: preview.committees.length })}
          busy={busy}
          onSave={confirm}
          onCancel={cancel}
        />
      )}
    </form>
  );
}
