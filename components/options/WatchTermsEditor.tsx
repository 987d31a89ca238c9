/** The user's own watch list: a local case name, a sensitive site, each warned about in the category chosen. */
import { useState } from 'preact/hooks';
import { watchTermSchema } from '../../utils/engine/request';
import { CATEGORIES, type Category } from '../../utils/engine/types';
import { describeIssues } from '../../utils/context/result';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import type { ImportProps } from './ModernGovImport';

export function WatchTermsEditor({ settings, save }: ImportProps) {
  const { t } = useI18n();
  const [term, setTerm] = useState('');
  const [category, setCategory] = useState<Category>('confidential');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<Status | null>(null);

  async function add(event: Event) {
    event.preventDefault();
    const parsed = watchTermSchema.safeParse({ term, category, ...(note.trim() ? { note: note.trim() } : {}) });
    if (!parsed.success) {
      setStatus({ kind: 'error', text: t('options.watch.invalid', { error: describeIssues(parsed.error.issues, 'watch term') }) });
      document.getElementById('watch-term')?.focus();
      return;
    }
    const outcome = await save({ ...settings, watchTerms: [...settings.watchTerms, parsed.data] });
    if (outcome.ok) {
      setTerm('');
      setNote('');
      setStatus({ kind: 'ok', text: t('options.watch.added', { term: parsed.data.term }) });
    } else {
      setStatus({ kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
    }
  }

  async function remove(index: number) {
    const removed = settings.watchTerms[index];
    const outcome = await save({ ...settings, watchTerms: settings.watchTerms.filter((_, i) => i !== index) });
    setStatus(outcome.ok ? { kind: 'ok', text: t('options.watch.removed', { term: removed?.term ?? '' }) } : { kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
  }

  return (
    <div>
      <h3 id="watch-heading">{t('options.watch.title')}</h3>
      <p class="hint">{t('options.watch.hint')}</p>
      {settings.watchTerms.length === 0 ? (
        <p class="muted">{t('options.watch.none')}</p>
      ) : (
        <ul class="plain">
          {settings.watchTerms.map((entry, index) => (
            <li key={`${entry.term}|${index}`} data-watch-term={entry.term}>
              <strong>{entry.term}</strong> · {t(`common.category.${entry.category}`)}
              {entry.note ? ` · ${entry.note}` : ''}{' '}
              <button type="button" onClick={() => void remove(index)}>
                {t('options.watch.remove', { term: entry.term })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} aria-labelledby="watch-heading">
        <div class="row">
          <div class="field">
            <label for="watch-term">{t('options.watch.term')}</label>
            <input id="watch-term" type="text" value={term} onInput={(e) => setTerm(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="watch-category">{t('options.watch.category')}</label>
            <select id="watch-category" value={category} onChange={(e) => setCategory(e.currentTarget.value as Category)}>
              {CATEGORIES.map((c) => (
                <option value={c}>{t(`common.category.${c}`)}</option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="watch-note">{t('options.watch.note')}</label>
            <input id="watch-note" type="text" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          <button type="submit">{t('options.watch.add')}</button>
        </div>
      </form>
      <StatusMessage status={status} />
    </div>
  );
}
