/**
 * The first thing a new user sees: what the extension does, what it never does, and one clear way
 * into setup (the options page opens on it until setup is finished). In the browser's language:
 * nothing has been chosen yet.
 */
import { useEffect } from 'preact/hooks';
import { browserLanguages, createTranslator, resolveLocale } from '../../utils/i18n';

export function WelcomePage() {
  const locale = resolveLocale('auto', browserLanguages());
  const t = createTranslator(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('welcome.title');
  }, [locale]);
  return (
    <main class="welcome">
      <img src="/icon/128.png" width={64} height={64} alt="" />
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.lead')}</p>
      <section aria-labelledby="welcome-setup">
        <h2 id="welcome-setup">{t('welcome.setup.title')}</h2>
        <p>{t('welcome.setup.body')}</p>
        <p>
          <a class="button primary" href="/options.html">
            {t('welcome.setup.start')}
          </a>
        </p>
      </section>
      <section aria-labelledby="welcome-never">
        <h2 id="welcome-never">{t('welcome.never.title')}</h2>
        <ul>
          <li>{t('welcome.never.send')}</li>
          <li>{t('welcome.never.block')}</li>
          <li>{t('welcome.never.track')}</li>
        </ul>
      </section>
      <section aria-labelledby="welcome-pin">
        <h2 id="welcome-pin">{t('welcome.pin.title')}</h2>
        <p>{t('welcome.pin.body')}</p>
      </section>
    </main>
  );
}
