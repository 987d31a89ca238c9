/** Shown beside a value the council's IT team set by policy: the user can see it but not change it. */
import { useI18n } from './i18n';

export function LockedNote({ id }: { id?: string }) {
  const { t } = useI18n();
  return (
    <p class="locked-note" id={id}>
      <span aria-hidden="true">🔒 </span>
      {t('options.lockedByCouncil')}
    </p>
  );
}
