/** The request's vocabularies, without zod: the content scripts need them, not the schemas. */
export const PLATFORMS = ['x', 'facebook'] as const;
export const SURFACES = ['post', 'reply', 'quote', 'comment', 'dm', 'repost', 'share'] as const;
export const ACCOUNT_KINDS = ['personal', 'councillor', 'council'] as const;

/** Longer than any post either site accepts; beyond it a check is refused, not slowed down. */
export const MAX_TEXT_LENGTH = 200_000;
