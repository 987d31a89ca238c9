/** The options page: first-run setup until it is done, then the settings sections, in the user's language. */
import { useEffect } from 'preact/hooks';
import { browserLanguages, createTranslator, resolveLocale } from '../../utils/i18n';
import { I18nProvider } from '../shared/i18n';
import { OptionsPage } from './OptionsPage';
import { SetupFlow } from './SetupFlow';
import { useSettings } from './use-settings';

export function OptionsApp() {
  const { state, save } = useSettings();
  const locale = state ? resolveLocale(state.settings.language, browserLanguages()) : 'en-GB';

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = createTranslator(locale)('options.pageTitle');
  }, [locale]);

  if (!state) return null;
  return (
    <I18nProvider locale={locale}>
      {state.settings.setupComplete ? (
        <OptionsPage settings={state.settings} locked={state.locked} save={save} problem={state.problem} policyProblem={state.policyProblem} />
      ) : (
        <SetupFlow state={state} save={save} />
      )}
    </I18nProvider>
  );
}
