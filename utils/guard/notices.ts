/** The quiet notices, in one place so their tone stays the same: what happened, and that the post is safe. */
export const NOTICES = {
  noDraft:
    'Councillor Post Check could not find the text of this post on the page (X may have changed its layout), so it went through unchecked.',
  noSendButton:
    'Councillor Post Check could not find the Post button for this box, so the post went through unchecked.',
  checkFailed: (error: unknown) =>
    `Councillor Post Check hit a problem and let the post through unchecked (${describe(error)}).`,
  someRulesFailed: (count: number) =>
    `${count === 1 ? 'One check' : `${count} checks`} could not run on this post; the others did.`,
  applied: 'Suggestion applied. Nothing else to check: press Post when you are ready.',
} as const;

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
