/** Add a meeting by hand (a site visit, a hearing not in the calendar), with its agenda items. */
import { useState } from 'preact/hooks';
import type { Settings } from '../../utils/context/settings';
import { StatusMessage, type Status } from '../shared/StatusMessage';
import { useI18n } from '../shared/i18n';
import { emptyMeetingForm, meetingFromForm, type MeetingForm, type MeetingFormError, type MeetingFormItem } from './meeting-form';
import type { Translate } from '../../utils/i18n';
import { mergeMeetings } from './meetings-merge';
import type { Save } from './use-settings';

export function MeetingFormView({ settings, save }: { settings: Settings; save: Save }) {
  const { t } = useI18n();
  const [form, setForm] = useState<MeetingForm>(emptyMeetingForm);
  const [status, setStatus] = useState<Status | null>(null);
  const [invalid, setInvalid] = useState<string | undefined>();
  const set = (patch: Partial<MeetingForm>) => setForm({ ...form, ...patch });
  const setItem = (index: number, patch: Partial<MeetingFormItem>) =>
    set({ items: form.items.map((item, i) => (i === index ? { ...item, ...patch } : item)) });

  async function submit(event: Event) {
    event.preventDefault();
    const result = meetingFromForm(form);
    if (!result.ok) {
      setInvalid(result.field);
      setStatus({ kind: 'error', text: formError(t, result) });
      document.getElementById(result.field === 'items' ? 'item-title-0' : `meeting-${result.field}`)?.focus();
      return;
    }
    setInvalid(undefined);
    const outcome = await save({ ...settings, meetings: mergeMeetings(settings.meetings, [result.meeting], new Date()) });
    if (outcome.ok) {
      setForm(emptyMeetingForm());
      setStatus({ kind: 'ok', text: t('options.meetingForm.added', { committee: result.meeting.committee }) });
    } else {
      setStatus({ kind: 'error', text: t('options.saveFailed', { error: outcome.error }) });
    }
  }

  const field = (name: 'committee' | 'date' | 'start' | 'end', type: string, label: string) => (
    <div class="field">
      <label for={`meeting-${name}`}>{label}</label>
      <input
        id={`meeting-${name}`}
        type={type}
        list={name === 'committee' ? 'my-committees' : undefined}
        value={form[name]}
        aria-invalid={invalid === name ? 'true' : undefined}
        onInput={(e) => set({ [name]: e.currentTarget.value })}
      />
    </div>
  );

  return (
    <form onSubmit={submit} aria-labelledby="meeting-form-heading">
      <h3 id="meeting-form-heading">{t('options.meetingForm.title')}</h3>
      <datalist id="my-committees">
        {settings.profile.committees.map((committee) => (
          <option value={committee} />
        ))}
      </datalist>
      {field('committee', 'text', t('options.meetingForm.committee'))}
      <div class="row">
        {field('date', 'date', t('options.meetingForm.date'))}
        {field('start', 'time', t('options.meetingForm.start'))}
        {field('end', 'time', t('options.meetingForm.end'))}
      </div>
      {form.items.map((item, index) => (
        <fieldset key={index}>
          <legend>{t('options.meetingForm.item', { number: index + 1 })}</legend>
          <div class="row">
            <div class="field">
              <label for={`item-title-${index}`}>{t('options.meetingForm.itemTitle')}</label>
              <input id={`item-title-${index}`} type="text" value={item.title} onInput={(e) => setItem(index, { title: e.currentTarget.value })} />
            </div>
            <div class="field">
              <label for={`item-ref-${index}`}>{t('options.meetingForm.itemReference')}</label>
              <input id={`item-ref-${index}`} type="text" value={item.reference} onInput={(e) => setItem(index, { reference: e.currentTarget.value })} />
            </div>
            <div>
              <input
                id={`item-restricted-${index}`}
                type="checkbox"
                checked={item.restricted}
                onChange={(e) => setItem(index, { restricted: e.currentTarget.checked })}
              />{' '}
              <label for={`item-restricted-${index}`}>{t('options.meetingForm.itemRestricted')}</label>
            </div>
            <button type="button" onClick={() => set({ items: form.items.filter((_, i) => i !== index) })}>
              {t('options.meetingForm.removeItem', { number: index + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <div class="row">
        <button type="button" onClick={() => set({ items: [...form.items, { title: '', reference: '', restricted: false }] })}>
          {t('options.meetingForm.addItem')}
        </button>
        <button type="submit" class="primary">
          {t('options.meetingForm.submit')}
        </button>
      </div>
      <StatusMessage status={status} />
    </form>
  );
}

function formError(t: Translate, error: MeetingFormError): string {
  switch (error.field) {
    case 'committee':
      return t('options.meetingForm.error.committee');
    case 'date':
      return t('options.meetingForm.error.date');
    case 'start':
      return t('options.meetingForm.error.start');
    case 'end':
      return t(error.problem === 'order' ? 'options.meetingForm.error.endOrder' : 'options.meetingForm.error.endFormat');
    case 'items':
      return t('options.meetingForm.error.items', { error: error.detail });
  }
}
