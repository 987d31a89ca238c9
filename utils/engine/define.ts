import type { Rule } from './types';

/** Typed identity: lets a rule file state its shape once and get full checking. */
export const defineRule = <R extends Rule>(rule: R): R => rule;
