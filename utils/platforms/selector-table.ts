/**
 * Selectors as data: each part of a site (an editor, a send button…) is a list of alternatives,
 * tried in order, each with the anchor it came from (the project, file and date that showed it on
 * the live site, or "replica" when only our own belief backs it). When a site changes its markup,
 * the fix is a new entry here and a replica update, not a code change; the popup's self-test names
 * the entry that matched, so a council IT team can say which one broke.
 */
import type { Selectors } from './dom-query';

export interface Anchor {
  css: string;
  /** Where this alternative was seen: project, file and date (docs/live-sites.md lists them). */
  source: string;
}

/** A table of parts: each part is a list of anchors, or a group of parts. */
export type AnchorTable = { readonly [part: string]: readonly Anchor[] | AnchorTable };

export type SelectorsOf<T> = { readonly [K in keyof T]: T[K] extends readonly Anchor[] ? Selectors : SelectorsOf<T[K]> };

/** The CSS of every anchor, part by part, in the shape the adapters query with. */
export function selectorsOf<T extends AnchorTable>(table: T): SelectorsOf<T> {
  const out: Record<string, unknown> = {};
  for (const [part, value] of Object.entries(table)) {
    out[part] = Array.isArray(value) ? (value as readonly Anchor[]).map((anchor) => anchor.css) : selectorsOf(value as AnchorTable);
  }
  return out as SelectorsOf<T>;
}

/** Every anchor of a table with its dotted path ("repost.confirm"), for tests and the self-test. */
export function anchorsOf(table: AnchorTable, prefix = ''): { part: string; anchor: Anchor }[] {
  return Object.entries(table).flatMap(([part, value]) =>
    Array.isArray(value)
      ? (value as readonly Anchor[]).map((anchor) => ({ part: `${prefix}${part}`, anchor }))
      : anchorsOf(value as AnchorTable, `${prefix}${part}.`),
  );
}
