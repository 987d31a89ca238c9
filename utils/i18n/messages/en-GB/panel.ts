/** The warning panel and the quiet notices shown on X and Facebook. */
export const panel = {
  title: 'Check this post before it goes out',
  summary: {
    one: 'One thing in this draft may need a change. You decide: edit it, apply a suggestion, or post it as it is.',
    other: '{count} things in this draft may need a change. You decide: edit it, apply a suggestion, or post it as it is.',
  },
  edit: 'Edit',
  postAnyway: 'Post anyway',
  findingsLabel: 'What was found',
  inYourPost: 'In your post',
  inQuotedPost: 'In the post you are sharing',
  source: 'Source: {source}',
  suggestionsLabel: 'Suggestions',
  remove: 'Remove it',
  replaceWith: 'Replace with “{replacement}”',
  applied: 'Suggestion applied.',
  applyFailedUnchanged: 'The suggestion could not be applied: {reason} Your text is unchanged.',
  applyFailedChanged: 'The suggestion could not be applied: {reason} Please check the text in the editor before posting.',
  'notice.noDraft':
    'Councillor Post Check could not find the text of this post on the page (the site may have changed its layout), so it went through unchecked.',
  'notice.noSendButton': 'Councillor Post Check could not find the Post button for this box, so the post went through unchecked.',
  'notice.checkFailed': 'Councillor Post Check hit a problem and let the post through unchecked ({error}).',
  'notice.someRulesFailed': {
    one: 'One check could not run on this post; the others did.',
    other: '{count} checks could not run on this post; the others did.',
  },
  'notice.applied': 'Suggestion applied. Nothing else to check: press Post when you are ready.',
  'notice.dismiss': 'Dismiss',
} as const;
