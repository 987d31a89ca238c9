/** Whether this tab is checked, and as which kind of account by default. */
import type { Settings } from '../../utils/context/settings';
import type { RuntimeState } from '../../utils/storage/runtime-state';
import { formatTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { platformForUrl } from './tab-site';

export function TabStatus({ settings, runtime, tabUrl }: { settings: Settings; runtime: RuntimeState; tabUrl: string | undefined }) {
  const { t, locale } = useI18n();
  const platform = platformForUrl(tabUrl);
  if (!platform) {
    return (
      <p class="tab-status" data-status="not-a-site">
        {t('popup.tab.notChecked')}
      </p>
    );
  }
  const site = t(`options.platform.${platform}`);
  const listed = settings.accounts.filter((account) => account.platform === platform);
  return (
    <div class="tab-status" data-status={runtime.pausedUntil ? 'paused' : 'active'} data-platform={platform}>
      <p>
        <strong>
          {runtime.pausedUntil
            ? t('popup.tab.paused', { site, time: formatTime(runtime.pausedUntil, locale) })
            : t('popup.tab.active', { site })}
        </strong>
      </p>
      <p>{t('popup.tab.defaultKind', { kind: t(`options.kind.${settings.defaultAccountKind}`) })}</p>
      {listed.length > 0 && (
        <ul class="accounts">
          {listed.map((account) => (
            <li key={account.handle}>
              {account.handle}: {t(`options.kind.${account.kind}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
