/**
 * The profile fields after first-run setup, in three forms (you and your council, accounts,
 * committees), each edited as a draft and saved with its own button. A failed save keeps the draft
 * on screen with the reason.
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

export type ProfilePart = 'setup' | 'accounts' | 'committees';

/**
 * Only this form's fields come from its draft: the other forms (and the meeting imports, which
 * set the Modern.gov site and calendar link) may have saved meanwhile.
 */
export function mergePart(part: ProfilePart, saved: Settings, draft: Settings): Settings {
  switch (part) {
    case 'setup':
      return {
        ...saved,
        profile: { ...draft.profile, committees: saved.profile.committees },
        council: { ...draft.council, modernGovSite: saved.council.modernGovSite, calendarFeed: saved.council.calendarFeed },
      };
    case 'accounts':
      return { ...saved, accounts: draft.accounts, defaultAccountKind: draft.defaultAccountKind };
    case 'committees':
      return { ...saved, profile: { ...saved.profile, committees: draft.profile.committees } };
  }
}

export function ProfileForm({ part, settings, locked, save }: ImportProps & { part: ProfilePart }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Settings>(settings);
  const [status, setStatus] = useState<Status | null>(null);
  const editor = { settings: draft, onChange: setDraft, locked };

  async function submit(event: Event) {
    event.preventDefault();
    const outcome = await save(tidyProfile(mergePart(part, settings, draft)));
    setStatus(outcome.ok ? { kind: 'ok', text: t('options.saved') } : { kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
  }

  return (
    <form onSubmit={submit}>
      {part === 'setup' && (
        <>
          <WhoFields {...editor} />
          <CouncilFields {...editor} />
          <h3>{t('options.setup.step.imprint')}</h3>
          <ImprintFields {...editor} />
        </>
      )}
      {part === 'accounts' && (
        <>
          <p>{t('options.accounts.intro')}</p>
          <AccountsEditor {...editor} />
        </>
      )}
      {part === 'committees' && <CommitteesEditor {...editor} />}
      <button type="submit" class="primary">
        {t('options.profile.save')}
      </button>
      <StatusMessage status={status} />
    </form>
  );
}
