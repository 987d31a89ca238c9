/**
 * The user's digital imprint (Elections Act 2022) and their own contact details: both are theirs to
 * publish, so the rules must not flag them.
 */
import { useState } from 'preact/hooks';
import { linesOf } from './tidy';
import { useI18n } from '../shared/i18n';
import type { ProfileEditorProps } from './WhoFields';

export function ImprintFields({ settings, onChange }: ProfileEditorProps) {
  const { t } = useI18n();
  const profile = settings.profile;
  // The box keeps exactly what was typed (blank lines included); the settings get the tidy list.
  const [contactsText, setContactsText] = useState(profile.ownContacts.join('\n'));
  return (
    <>
      <div class="field">
        <label for="profile-imprint">{t('options.imprint.label')}</label>
        <textarea
          id="profile-imprint"
          aria-describedby="profile-imprint-hint"
          value={profile.imprint}
          onInput={(e) => onChange({ ...settings, profile: { ...profile, imprint: e.currentTarget.value } })}
        />
        <p class="hint" id="profile-imprint-hint">
          {t('options.imprint.hint')}
        </p>
      </div>
      <div class="field">
        <label for="profile-contacts">{t('options.contacts.label')}</label>
        <textarea
          id="profile-contacts"
          aria-describedby="profile-contacts-hint"
          value={contactsText}
          onInput={(e) => {
            setContactsText(e.currentTarget.value);
            onChange({ ...settings, profile: { ...profile, ownContacts: linesOf(e.currentTarget.value) } });
          }}
        />
        <p class="hint" id="profile-contacts-hint">
          {t('options.contacts.hint')}
        </p>
      </div>
    </>
  );
}
