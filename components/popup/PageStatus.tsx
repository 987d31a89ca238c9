/** One plain line: whether this page's posts are being checked, and if not, why. */
import { useEffect, useState } from 'preact/hooks';
import { pageStatusSchema } from '../../utils/messaging/page-check';
import { useI18n } from '../shared/i18n';
import { askActiveTab } from './page-messages';
import { platformForUrl, uncheckedSurface } from './tab-site';

type Status = { kind: 'checking'; platform: 'x' | 'facebook' } | { kind: 'not-checked'; reason: 'businessSuite' | 'messenger' | 'mobileFacebook' | 'notRunning' | 'notASite' };

export function PageStatus() {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status | null>(null);
  useEffect(() => {
    void askActiveTab({ type: 'page:status' }, pageStatusSchema).then((answer) => {
      if (answer.ok) return setStatus({ kind: 'checking', platform: answer.value.platform });
      const unchecked = uncheckedSurface(answer.url);
      // A site we match whose content script did not answer: opened before the extension was (re)loaded.
      setStatus({ kind: 'not-checked', reason: unchecked ?? (platformForUrl(answer.url) ? 'notRunning' : 'notASite') });
    });
  }, []);
  if (!status) return null;
  return (
    <p class="page-status" role="status" data-page-status={status.kind} data-reason={status.kind === 'not-checked' ? status.reason : undefined}>
      <strong>
        {status.kind === 'checking'
          ? t('popup.page.checking', { site: t(`options.platform.${status.platform}`) })
          : t('popup.page.notChecked', { reason: t(`popup.page.reason.${status.reason}`) })}
      </strong>
    </p>
  );
}
