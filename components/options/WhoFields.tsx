/** Who the user is: councillor or officer, and their name (the engine tells their own name from a resident's). */
import type { Settings } from '../../utils/context/settings';
import { useI18n } from '../shared/i18n';

export interface ProfileEditorProps {
  settings: Settings;
  onChange(next: Settings): void;
  locked: ReadonlySet<string>;
}

export function WhoFields({ settings, onChange }: ProfileEditorProps) {
  const { t } = useI18n();
  const profile = settings.profile;
  const set = (patch: Partial<Settings['profile']>) => onChange({ ...settings, profile: { ...profile, ...patch } });
  return (
    <>
      <fieldset>
        <legend>{t('options.who.role')}</legend>
        {(['councillor', 'officer'] as const).map((role) => (
          <div key={role}>
            <input
              type="radio"
              id={`role-${role}`}
              name="role"
              value={role}
              checked={profile.role === role}
              onChange={() => set({ role })}
            />{' '}
            <label for={`role-${role}`}>{t(`options.who.role.${role}`)}</label>
          </div>
        ))}
      </fieldset>
      <div class="field">
        <label for="profile-name">{t('options.who.name')}</label>
        <input id="profile-name" type="text" autocomplete="name" value={profile.name} onInput={(e) => set({ name: e.currentTarget.value })} />
        <p class="hint">{t('options.who.nameHint')}</p>
      </div>
    </>
  );
}
