/**
 * One agenda item as the engine's meeting schema holds it, built the same
 * way whichever calendar it came from.
 */
import type { z } from 'zod';
import type { agendaItemSchema } from '../engine/request';
import { firstApplicationReference } from './application-refs';

export type AgendaItem = z.output<typeof agendaItemSchema>;

// A title that says so is exempt even where the council forgot to flag it.
const EXEMPT_TITLE =
  /\bnot for publication\b|\bexempt (information|item|report)\b|\((exempt|confidential|part (2|ii|b))\)|^(exempt|confidential)\b/i;

/**
 * `related` are other texts about the item (linked document titles) where a
 * reference may appear when the title has none.
 */
export function agendaItem(title: string, options: { restricted?: boolean; related?: string[] } = {}): AgendaItem {
  // Councils paste whole descriptions into titles; the schema keeps 2,000 characters.
  const kept = title.slice(0, 2000);
  const reference = [kept, ...(options.related ?? [])].map(firstApplicationReference).find(Boolean);
  return {
    title: kept,
    ...(reference ? { reference } : {}),
    restricted: Boolean(options.restricted) || EXEMPT_TITLE.test(kept),
  };
}
