/** The toolbar popup: this tab's status, pause, the meeting switch, a link to settings, and the scratchpad. */
import { useEffect } from 'preact/hooks';
import { browserLanguages, createTranslator, resolveLocale } from '../../utils/i18n';
import { I18nProvider, useI18n } from '../shared/i18n';
import { MeetingNowControl } from './MeetingNowControl';
import { PageStatus } from './PageStatus';
import { PauseControl } from './PauseControl';
import { Scratchpad } from './Scratchpad';
import { SelfTest } from './SelfTest';
import { TabStatus } from './TabStatus';
import { usePopupState, type PopupState } from './use-popup-state';

export function PopupApp() {
  const state = usePopupState();
  const locale = state ? resolveLocale(state.settings.language, browserLanguages()) : 'en-GB';
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = createTranslator(locale)('common.productName');
  }, [locale]);
  if (!state) return null;
  return (
    <I18nProvider locale={locale}>
      <Popup {...state} />
    </I18nProvider>
  );
}

function Popup(state: PopupState) {
  const { t } = useI18n();
  return (
    <main class="popup">
      <h1>{t('common.productName')}</h1>
      {(state.settings.setupSkipped || !state.settings.setupComplete) && (
        <p class="setup-prompt" role="status">
          {t('popup.setupUnfinished')}{' '}
          <a
            href={browser.runtime.getURL('/options.html')}
            onClick={(event) => {
              event.preventDefault();
              void browser.runtime.openOptionsPage();
            }}
          >
            {t('popup.finishSetup')}
          </a>
        </p>
      )}
      <PageStatus />
      <TabStatus {...state} />
      <SelfTest />
      <PauseControl runtime={state.runtime} />
      <MeetingNowControl settings={state.settings} runtime={state.runtime} />
      <p>
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('popup.openSettings')}
        </a>
      </p>
      <Scratchpad settings={state.settings} runtime={state.runtime} />
    </main>
  );
}
