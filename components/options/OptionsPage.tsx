/**
 * The settings after first-run setup: a list of sections and one section shown at a time, so each
 * is a short page of its own rather than one long scroll (the fragment keeps the place).
 */
import { useI18n } from '../shared/i18n';
import { DecisionLogSection } from './DecisionLogSection';
import { ElectionsSection } from './ElectionsSection';
import { LanguageSection } from './LanguageSection';
import { MeetingsSection } from './MeetingsSection';
import { OptionSection } from './OptionSection';
import { ProfileForm } from './ProfileForm';
import { RulesSection } from './RulesSection';
import { TransferSection } from './TransferSection';
import type { ImportProps } from './ModernGovImport';
import { OPTION_SECTIONS, useSection } from './use-section';

export function OptionsPage(props: ImportProps & { problem?: string; policyProblem?: string }) {
  const { t } = useI18n();
  const { current, moved } = useSection();
  const section = { current, moved };
  return (
    <main class="options">
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
      <div class="options-layout">
        <nav aria-label={t('options.contents')}>
          <ul>
            {OPTION_SECTIONS.map((id) => (
              <li key={id}>
                <a href={`#${id}`} aria-current={id === current ? 'page' : undefined}>
                  {t(`options.nav.${id}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          <OptionSection id="setup" {...section}>
            <ProfileForm part="setup" {...props} />
            <LanguageSection {...props} />
          </OptionSection>
          <OptionSection id="accounts" {...section}>
            <ProfileForm part="accounts" {...props} />
          </OptionSection>
          <OptionSection id="committees" {...section}>
            <ProfileForm part="committees" {...props} />
          </OptionSection>
          <OptionSection id="meetings" {...section}>
            <MeetingsSection {...props} />
          </OptionSection>
          <OptionSection id="elections" {...section}>
            <ElectionsSection {...props} />
          </OptionSection>
          <OptionSection id="rules" {...section}>
            <RulesSection {...props} />
          </OptionSection>
          <OptionSection id="privacy" {...section}>
            <p>{t('options.privacy.intro')}</p>
            <DecisionLogSection {...props} />
            <TransferSection {...props} />
          </OptionSection>
        </div>
      </div>
    </main>
  );
}

