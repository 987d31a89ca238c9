/**
 * Reading and writing a <textarea> draft (X's /i/chat DM box). Sites built on React keep the
 * textarea's value in their own state and only learn of a change through an `input` event; a value
 * set through the element's own (instance) setter is swallowed by React's value tracker. So the
 * write goes through the prototype's native setter, then an input event, and is read back to verify.
 */
import { settle } from './dom-selection';
import type { WriteResult } from './types';

export const isTextarea = (element: Element): element is HTMLTextAreaElement => element.tagName === 'TEXTAREA';

export function readTextarea(textarea: HTMLTextAreaElement): string {
  return textarea.value;
}

/** The site re-renders on the next task or frame; read back only after it has. */

export async function replaceTextareaRange(textarea: HTMLTextAreaElement, start: number, end: number, replacement: string): Promise<WriteResult> {
  const before = textarea.value;
  if (start < 0 || end > before.length || start > end) return { ok: false, reason: 'changed', text: before };
  const expected = before.slice(0, start) + replacement + before.slice(end);
  const view = textarea.ownerDocument.defaultView;
  const setter = view && Object.getOwnPropertyDescriptor(view.HTMLTextAreaElement.prototype, 'value')?.set;
  if (!view || !setter) return { ok: false, reason: 'no-selection', text: before };

  textarea.focus();
  setter.call(textarea, expected);
  textarea.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
  textarea.setSelectionRange(start + replacement.length, start + replacement.length);

  await settle();
  const after = textarea.value;
  return after === expected ? { ok: true } : { ok: false, reason: after === before ? 'refused' : 'not-kept', text: after };
}

export function selectTextareaRange(textarea: HTMLTextAreaElement, start: number, end: number): void {
  textarea.setSelectionRange(start, end);
}
