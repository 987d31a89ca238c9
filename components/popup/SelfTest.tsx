/**
 * "Check this page's compose box now": asks the page's adapter which parts it finds (compose
 * boxes, their send buttons, the account) and lists them, without sending anything. The first
 * thing a council IT team needs when X or Facebook changes its markup.
 */
import { useState } from 'preact/hooks';
import { selfTestSchema, type SelfTest as Report } from '../../utils/messaging/page-check';
import { useI18n } from '../shared/i18n';
import { askActiveTab } from './page-messages';

export function SelfTest() {
  const { t } = useI18n();
  const [report, setReport] = useState<Report | 'no-answer' | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const answer = await askActiveTab({ type: 'page:self-test' }, selfTestSchema);
    setReport(answer.ok ? answer.value : 'no-answer');
    setBusy(false);
  };
  return (
    <section class="self-test" aria-labelledby="self-test-title">
      <h2 id="self-test-title">{t('popup.selfTest.title')}</h2>
      <p>{t('popup.selfTest.hint')}</p>
      <button type="button" onClick={() => void run()} disabled={busy}>
        {t('popup.selfTest.run')}
      </button>
      <div role="status" aria-live="polite" data-self-test={report === null ? 'idle' : report === 'no-answer' ? 'no-answer' : 'done'}>
        {report === 'no-answer' && <p>{t('popup.selfTest.noAnswer')}</p>}
        {report && report !== 'no-answer' && (
          <ul>
            <li data-part="composer" data-found={String(report.composers > 0)}>
              {report.composers > 0 ? t('popup.selfTest.composers', { count: report.composers }) : t('popup.selfTest.noComposer')}
            </li>
            <li data-part="send" data-found={String(report.sendButtons > 0)}>
              {t('popup.selfTest.sendButtons', { found: report.sendButtons, count: report.composers })}
            </li>
            <li data-part="account" data-found={String(report.account !== null)}>
              {report.account !== null ? t('popup.selfTest.account', { account: report.account }) : t('popup.selfTest.noAccount')}
            </li>
            {report.anchor && <li data-part="anchor">{t('popup.selfTest.anchor', { anchor: report.anchor })}</li>}
          </ul>
        )}
      </div>
    </section>
  );
}
