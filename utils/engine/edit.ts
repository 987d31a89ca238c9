/**
 * Applying a suggestion to a draft. Its own module, importing only types, so that the popup's
 * scratchpad can apply one without loading the engine.
 */
import type { Span } from '../text/tokens';
import type { Rewrite } from './suggestions';

/**
 * The edit that puts a suggestion in place of a finding's span. A removal takes one space with it,
 * so that "that useless Cllr Haig" becomes "that Cllr Haig", not "that  Cllr Haig", and "Well done
 * #useless." becomes "Well done.": the space after it between words, the space before it before
 * punctuation or the end.
 */
export function editOf(text: string, span: Span, replacement: string): Rewrite {
  const edit = { start: span.start, end: span.end, text: replacement };
  if (replacement !== '') return edit;
  const spaceBefore = span.start === 0 || /\s/.test(text[span.start - 1]!);
  if (spaceBefore && /[ \t]/.test(text[span.end] ?? '')) return { ...edit, end: span.end + 1 };
  if (span.start > 0 && /[ \t]/.test(text[span.start - 1]!) && /^(?:[.,;:!?\u2026)\]]|$)/.test(text.slice(span.end, span.end + 1))) {
    return { ...edit, start: span.start - 1 };
  }
  return edit;
}
