/**
 * A meeting typed by hand: UK date and clock times as the agenda prints them, turned into the
 * engine's meeting (instants), or a plain-words error naming the field.
 */
import { meetingSchema } from '../../utils/engine/request';
import { londonToInstant } from '../../utils/context/london-time';
import { describeIssues } from '../../utils/context/result';
import type { Meeting } from '../../utils/context/modern-gov';

export interface MeetingFormItem {
  title: string;
  reference: string;
  restricted: boolean;
}

export interface MeetingForm {
  committee: string;
  /** YYYY-MM-DD, from <input type="date">. */
  date: string;
  /** HH:MM, from <input type="time">. */
  start: string;
  end: string;
  items: MeetingFormItem[];
}

export const emptyMeetingForm = (): MeetingForm => ({ committee: '', date: '', start: '', end: '', items: [] });

/** Which field is wrong and why, for the page to say in the user's language and to focus. */
export type MeetingFormError =
  | { field: 'committee' | 'date' | 'start'; problem: 'missing' }
  | { field: 'end'; problem: 'format' | 'order' }
  | { field: 'items'; problem: 'invalid'; detail: string };

export type MeetingFormResult = { ok: true; meeting: Meeting } | ({ ok: false } & MeetingFormError);

const TIME = /^\d{2}:\d{2}$/;

export function meetingFromForm(form: MeetingForm): MeetingFormResult {
  const committee = form.committee.trim();
  if (!committee) return { ok: false, field: 'committee', problem: 'missing' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) return { ok: false, field: 'date', problem: 'missing' };
  if (!TIME.test(form.start)) return { ok: false, field: 'start', problem: 'missing' };
  if (form.end && !TIME.test(form.end)) return { ok: false, field: 'end', problem: 'format' };
  // Same-day meetings only: a meeting past midnight is typed with no end time.
  if (form.end && form.end <= form.start) return { ok: false, field: 'end', problem: 'order' };
  const candidate = {
    committee,
    start: londonToInstant(form.date, `${form.start}:00`),
    ...(form.end ? { end: londonToInstant(form.date, `${form.end}:00`) } : {}),
    items: form.items
      .filter((item) => item.title.trim() !== '')
      .map((item) => ({
        title: item.title.trim(),
        ...(item.reference.trim() ? { reference: item.reference.trim() } : {}),
        restricted: item.restricted,
      })),
  };
  const parsed = meetingSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, field: 'items', problem: 'invalid', detail: describeIssues(parsed.error.issues, 'meeting') };
  return { ok: true, meeting: parsed.data };
}
