/** Live hints while typing: the indicator beside the editor, its list, and the notice after the extension restarts. */
export const hints = {
  /** The BCP 47 tag of this catalogue: the overlay's lang attribute (WCAG 3.1.2, language of parts). */
  lang: 'en-GB',
  // The count in digits: it is the indicator's visible text, and a spoken name must contain it (WCAG 2.5.3).
  indicator: {
    one: '{count} thing to look at in this draft (highest severity: {severity}). Show it',
    other: '{count} things to look at in this draft (highest severity: {severity}). Show them',
  },
  /** The indicator's face for a Welsh draft with no finding: the language code, as on Welsh bilingual signs. */
  welshBadge: 'CY',
  welshIndicator: 'This draft looks like Welsh: identifiers were checked, the wording was not. Show more',
  listTitle: 'Found so far in this draft',
  listNote: 'Only high and medium findings stop a post; low ones are a heads-up.',
  close: 'Close',
  'notice.reloaded':
    'Councillor Post Check was updated or restarted, so this page is no longer checked: reload the page to turn the checks back on. Your post went through unchecked.',
} as const;
