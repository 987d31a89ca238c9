/** Follow the browser, or always English or Cymraeg (Chrome has no Welsh interface, so this is how a Welsh speaker gets Welsh). */
import { useState } from 'preact/hooks';
import { LANGUAGE_PREFERENCES, type LanguagePreference } from '../../utils/i18n';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import type { ImportProps } from './ModernGovImport';

/** Each language's name in itself, so a speaker can find it whatever the page is in now. */
const NATIVE_NAME = { 'en-GB': 'English', cy: 'Cymraeg' } as const;

export function LanguageSection({ settings, save }: ImportProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status | null>(null);

  async function choose(language: LanguagePreference) {
    const outcome = await save({ ...settings, language });
    setStatus(outcome.ok ? null : { kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
  }

  return (
    <div id="language">
      <h3>{t('options.language.title')}</h3>
      <fieldset>
        <legend>{t('options.language.legend')}</legend>
        {LANGUAGE_PREFERENCES.map((language) => (
          <div key={language}>
            <input
              type="radio"
              id={`language-${language}`}
              name="language"
              value={language}
              checked={settings.language === language}
              onChange={() => void choose(language)}
            />{' '}
            <label for={`language-${language}`} lang={language === 'auto' ? undefined : language}>
              {language === 'auto' ? t('options.language.auto') : NATIVE_NAME[language]}
            </label>
          </div>
        ))}
      </fieldset>
      <StatusMessage status={status} />
    </div>
  );
}
