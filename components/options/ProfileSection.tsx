/**
 * You, your council and your accounts, after first-run setup: the same fields, edited as a draft
 * and saved with one button. A failed save keeps the draft on screen with the reason.
 */
import { useState } from 'preact/hooks';
import type { Settings } from '../../utils/context/settings';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import { AccountsEditor } from './AccountsEditor';
import { CommitteesEditor } from './CommitteesEditor';
import { CouncilFields } from './CouncilFields';
import { ImprintFields } from './ImprintFields';
import type { ImportProps } from './ModernGovImport';
import { WhoFields } from './WhoFields';
import { tidyProfile } from './tidy';

export function ProfileSection({ settings, locked, save }: ImportProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Settings>(settings);
  const [status, setStatus] = useState<Status | null>(null);
  const editor = { settings: draft, onChange: setDraft, locked };

  async function submit(event: Event) {
    event.preventDefault();
    // Only this section's fields come from the draft: other sections may have saved meanwhile.
    const next = tidyProfile({
      ...settings,
      profile: draft.profile,
      council: { ...draft.council, modernGovSite: settings.council.modernGovSite, calendarFeed: settings.council.calendarFeed },
      accounts: draft.accounts,
      defaultAccountKind: draft.defaultAccountKind,
    });
    const outcome = await save(next);
    setStatus(outcome.ok ? { kind: 'ok', text: t('options.saved') } : { kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
  }

  return (
    <section id="profile" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('options.profile.title')}</h2>
      <form onSubmit={submit}>
        <h3>{t('options.setup.step.who')}</h3>
        <WhoFields {...editor} />
        <CouncilFields {...editor} />
        <h3>{t('options.setup.step.accounts')}</h3>
        <AccountsEditor {...editor} />
        <h3>{t('options.setup.step.committees')}</h3>
        <CommitteesEditor {...editor} />
        <h3>{t('options.setup.step.imprint')}</h3>
        <ImprintFields {...editor} />
        <button type="submit" class="primary">
          {t('options.profile.save')}
        </button>
        <StatusMessage status={status} />
      </form>
    </section>
  );
}
