// The background holds no draft; on install it opens the welcome page. Its one job that touches the network is the Modern.gov import
// the user asked for (a preview, a refresh now, and the daily refresh), to the one host they
// entered. Listeners are registered synchronously so a woken service worker receives its event.
import { onRefreshAlarm, scheduleDailyRefresh } from '../utils/background/daily-refresh';
import { handleMessage } from '../utils/background/messages';
import { openWelcomeOnInstall } from '../utils/background/welcome';
import { RULE_TEXTS } from '../rules/i18n';
import { watchEffectiveSettings } from '../utils/storage/effective-settings';

export default defineBackground(() => {
  const reschedule = () => void scheduleDailyRefresh().catch((error) => console.warn('Councillor Post Check: could not schedule the meetings refresh', error));
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // sendResponse plus `true`, not a returned promise: the form both Chrome and Firefox honour.
    void handleMessage(message, sender, { ruleTexts: RULE_TEXTS }).then(sendResponse);
    return true;
  });
  browser.alarms.onAlarm.addListener((alarm) => void onRefreshAlarm(alarm));
  browser.runtime.onInstalled.addListener(reschedule);
  browser.runtime.onInstalled.addListener((details) => void openWelcomeOnInstall(details).catch((error) => console.warn('Councillor Post Check: could not open the welcome page', error)));
  browser.runtime.onStartup.addListener(reschedule);
  browser.permissions.onAdded.addListener(reschedule);
  browser.permissions.onRemoved.addListener(reschedule);
  watchEffectiveSettings(reschedule);
});
