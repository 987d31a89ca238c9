/** The settings after first-run setup: one section per concept, reachable from the contents list. */
import { useI18n } from '../shared/i18n';
import { DecisionLogSection } from './DecisionLogSection';
import { ElectionsSection } from './ElectionsSection';
import { LanguageSection } from './LanguageSection';
import { MeetingsSection } from './MeetingsSection';
import { ProfileSection } from './ProfileSection';
import { RulesSection } from './RulesSection';
import { TransferSection } from './TransferSection';
import type { ImportProps } from './ModernGovImport';

export const OPTION_SECTIONS = ['profile', 'meetings', 'elections', 'rules', 'language', 'transfer', 'decision-log'] as const;

export function OptionsPage(props: ImportProps & { problem?: string; policyProblem?: string }) {
  const { t } = useI18n();
  return (
    <main>
      <h1>{t('options.title')}</h1>
      <p>{t('common.privacy')}</p>
      {props.problem && (
        <p class="status-error" role="alert">
          {props.problem}
        </p>
      )}
      {props.policyProblem && (
        <p class="status-error" role="alert">
          {t('background.policy.invalid', { detail: props.policyProblem })}
        </p>
      )}
      {props.settings.setupSkipped && (
        <p class="setup-prompt" role="status">
          {t('options.setup.unfinished')}{' '}
          <button type="button" class="primary" onClick={() => void props.save({ ...props.settings, setupComplete: false })}>
            {t('options.setup.resume')}
          </button>
        </p>
      )}
      {props.locked.size > 0 && <p class="muted">{t('options.managedIntro')}</p>}
      <nav aria-label={t('options.contents')}>
        <ul>
          {OPTION_SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`options.nav.${id}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <ProfileSection {...props} />
      <MeetingsSection {...props} />
      <ElectionsSection {...props} />
      <RulesSection {...props} />
      <LanguageSection {...props} />
      <TransferSection {...props} />
      <DecisionLogSection {...props} />
    </main>
  );
}
