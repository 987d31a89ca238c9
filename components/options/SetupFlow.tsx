/**
 * First-run setup, one short step at a time: who you are, your accounts, your committees, your
 * imprint and contact details, then (optional) your council's meetings. Each Next saves what is
 * there so far, so closing the page loses nothing; Finish marks setup complete.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../utils/context/settings';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import { AccountsEditor } from './AccountsEditor';
import { CommitteesEditor } from './CommitteesEditor';
import { CouncilFields } from './CouncilFields';
import { FeedImport } from './FeedImport';
import { IcsImport } from './IcsImport';
import { ImprintFields } from './ImprintFields';
import { ModernGovImport } from './ModernGovImport';
import { WhoFields } from './WhoFields';
import { tidyProfile } from './tidy';
import type { SettingsState, Save } from './use-settings';

export const SETUP_STEPS = ['who', 'accounts', 'committees', 'imprint', 'meetings'] as const;
type Step = (typeof SETUP_STEPS)[number];

export function SetupFlow({ state, save }: { state: SettingsState; save: Save }) {
  const { t } = useI18n();
  const [index, setIndex] = useState(0);
  const [draft, setDraft] = useState<Settings>(state.settings);
  const [status, setStatus] = useState<Status | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const step: Step = SETUP_STEPS[index]!;
  const last = index === SETUP_STEPS.length - 1;

  // Each step's heading takes focus, so keyboard and screen-reader users start at the new step;
  // a layout effect, so it has focus before the next key press lands.
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [index]);

  async function go(to: number, complete = false, skipped = false) {
    // The meetings step saves through its own imports; keep what they saved.
    const base = step === 'meetings' ? { ...draft, meetings: state.settings.meetings, council: { ...draft.council, modernGovSite: state.settings.council.modernGovSite, calendarFeed: state.settings.council.calendarFeed } } : draft;
    const next = tidyProfile({ ...base, setupComplete: complete || base.setupComplete, setupSkipped: complete ? skipped : base.setupSkipped });
    const outcome = await save(next);
    if (!outcome.ok) {
      setStatus({ kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
      return;
    }
    setStatus(null);
    // The draft keeps the user's own boxes (blank rows included) rather than the tidied copy.
    setDraft({ ...draft, meetings: outcome.settings.meetings, council: outcome.settings.council, setupComplete: outcome.settings.setupComplete, setupSkipped: outcome.settings.setupSkipped });
    if (!complete) setIndex(to);
  }

  const editor = { settings: draft, onChange: setDraft, locked: state.locked };

  return (
    <main>
      <h1>{t('options.setup.title')}</h1>
      <p>{t('options.setup.intro')}</p>
      <ol class="steps" aria-label={t('options.setup.progress')}>
        {SETUP_STEPS.map((name, i) => (
          <li key={name} aria-current={i === index ? 'step' : undefined}>
            {t(`options.setup.step.${name}`)}
          </li>
        ))}
      </ol>
      <h2 ref={heading} tabIndex={-1} data-step={step}>
        {t('options.setup.stepHeading', { number: index + 1, total: SETUP_STEPS.length, name: t(`options.setup.step.${step}`) })}
      </h2>
      {step === 'meetings' ? (
        // The imports have forms of their own (forms cannot nest) and save as they go.
        <>
          <p>{t('options.setup.meetingsIntro')}</p>
          <ModernGovImport settings={state.settings} locked={state.locked} save={save} />
          <FeedImport settings={state.settings} locked={state.locked} save={save} />
          <IcsImport settings={state.settings} locked={state.locked} save={save} />
        </>
      ) : (
        // A form, so Enter in any box moves on as Next does.
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void go(index + 1);
          }}
        >
          {step === 'who' && (
            <>
              <WhoFields {...editor} />
              <CouncilFields {...editor} />
            </>
          )}
          {step === 'accounts' && (
            <>
              <p>{t('options.accounts.intro')}</p>
              <AccountsEditor {...editor} />
            </>
          )}
          {step === 'committees' && <CommitteesEditor {...editor} />}
          {step === 'imprint' && <ImprintFields {...editor} />}
          <button type="submit" class="visually-hidden" tabIndex={-1} aria-hidden="true">
            {t('options.setup.next')}
          </button>
        </form>
      )}
      <StatusMessage status={status} />
      <div class="row setup-nav">
        {index > 0 && (
          <button type="button" onClick={() => void go(index - 1)}>
            {t('options.setup.back')}
          </button>
        )}
        <button type="button" class="primary" onClick={() => void go(index + 1, last)}>
          {last ? t('options.setup.finish') : t('options.setup.next')}
        </button>
        {!last && (
          <button type="button" onClick={() => void go(index, true, true)}>
            {t('options.setup.skip')}
          </button>
        )}
      </div>
    </main>
  );
}
