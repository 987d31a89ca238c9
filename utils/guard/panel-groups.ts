/**
 * How the panel lists findings: most severe first, then in the order they appear (box, then the
 * draft before the shared post, then position); identical findings (the same rule saying the same
 * thing, e.g. two NI numbers, or "HIV" and "diagnosis" about the same person) as one card with a count.
 */
import type { Severity } from '../engine/types';
import type { Surface } from '../platforms/types';
import type { OverlayKey } from '../i18n/overlay';
import type { PanelItem } from './types';

export interface PanelGroup {
  /** The first item: what the card shows. */
  lead: PanelItem;
  /** Every item in the group, lead included, in draft order. */
  items: PanelItem[];
  /** Suggestions that every item offers: "replace all" applies one to them all. */
  shared: string[];
}

const RANK = { high: 0, medium: 1, low: 2 } as const satisfies Record<Severity, number>;

const byPlace = (a: PanelItem, b: PanelItem) =>
  a.box - b.box || Number(a.finding.in === 'quoted') - Number(b.finding.in === 'quoted') || a.finding.start - b.finding.start;

export function groupItems(items: readonly PanelItem[]): PanelGroup[] {
  const groups = new Map<string, PanelItem[]>();
  for (const item of [...items].sort(byPlace)) {
    const { finding } = item;
    const key = [finding.ruleId, finding.category, finding.severity, finding.in ?? '', finding.message].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()]
    .map((members) => ({
      lead: members[0]!,
      items: members,
      shared: members[0]!.finding.suggestions.filter((s) => members.every((m) => m.finding.suggestions.includes(s))),
    }))
    .sort((a, b) => RANK[a.lead.finding.severity] - RANK[b.lead.finding.severity] || byPlace(a.lead, b.lead));
}

/** The panel's words for where the person is: a DM is sent, a repost reposted. */
export const SURFACE_WORDS = {
  post: { title: 'panel.title', anyway: 'panel.postAnyway', edit: 'panel.edit' },
  reply: { title: 'panel.title.reply', anyway: 'panel.anyway.reply', edit: 'panel.edit' },
  quote: { title: 'panel.title.quote', anyway: 'panel.anyway.quote', edit: 'panel.edit' },
  comment: { title: 'panel.title.comment', anyway: 'panel.anyway.comment', edit: 'panel.edit' },
  dm: { title: 'panel.title.dm', anyway: 'panel.anyway.dm', edit: 'panel.edit' },
  repost: { title: 'panel.title.repost', anyway: 'panel.anyway.repost', edit: 'panel.edit.repost' },
  share: { title: 'panel.title.share', anyway: 'panel.anyway.share', edit: 'panel.edit.share' },
} as const satisfies Record<Surface, { title: OverlayKey; anyway: OverlayKey; edit: OverlayKey }>;
