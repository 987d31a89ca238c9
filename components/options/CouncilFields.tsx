/** The council the user serves, and a link to its own social media policy (shown with every explanation). */
import { LockedNote } from '../shared/LockedNote';
import { useI18n } from '../shared/i18n';
import type { ProfileEditorProps } from './WhoFields';

export function CouncilFields({ settings, onChange, locked }: ProfileEditorProps) {
  const { t } = useI18n();
  const council = settings.council;
  const nameLocked = locked.has('council.name');
  const policyLocked = locked.has('council.policyUrl');
  return (
    <>
      <div class="field">
        <label for="council-name">{t('options.council.name')}</label>
        <input
          id="council-name"
          type="text"
          value={council.name}
          disabled={nameLocked}
          onInput={(e) => onChange({ ...settings, council: { ...council, name: e.currentTarget.value } })}
        />
        {nameLocked && <LockedNote />}
      </div>
      <div class="field">
        <label for="council-policy">{t('options.council.policyUrl')}</label>
        <input
          id="council-policy"
          type="url"
          value={council.policyUrl ?? ''}
          disabled={policyLocked}
          onInput={(e) => {
            const policyUrl = e.currentTarget.value.trim();
            const { policyUrl: _old, ...rest } = council;
            onChange({ ...settings, council: policyUrl ? { ...rest, policyUrl } : rest });
          }}
        />
        {policyLocked && <LockedNote />}
      </div>
    </>
  );
}
