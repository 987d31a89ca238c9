/**
 * The committees the user sits on, each with the kind the rules will treat it as, so a planning
 * member sees at once that predetermination and the meeting rule apply to them.
 */
import { committeeKind, isRegulatory } from '../../utils/context/committees';
import { TextListEditor } from '../shared/TextListEditor';
import { useI18n } from '../shared/i18n';
import type { ProfileEditorProps } from './WhoFields';

export function CommitteesEditor({ settings, onChange }: ProfileEditorProps) {
  const { t } = useI18n();
  const profile = settings.profile;
  return (
    <>
      <p class="hint">{t('options.committees.hint')}</p>
      <TextListEditor
        idPrefix="committee"
        items={profile.committees}
        onChange={(committees) => onChange({ ...settings, profile: { ...profile, committees } })}
        itemLabel={(index) => t('options.committees.item', { number: index + 1 })}
        removeLabel={(item, index) => t('options.committees.remove', { name: item || String(index + 1) })}
        addLabel={t('options.committees.add')}
        after={(name) => <CommitteeKindBadge name={name} />}
      />
    </>
  );
}

export function CommitteeKindBadge({ name }: { name: string }) {
  const { t } = useI18n();
  if (name.trim() === '') return null;
  const kind = committeeKind(name);
  return (
    <span class={`kind ${isRegulatory(kind) ? 'kind-regulatory' : ''}`} data-committee-kind={kind}>
      {t(`options.committeeKind.${kind}`)}
    </span>
  );
}
