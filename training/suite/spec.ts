import type { ModelCategory } from './types';
import type { SpellingKind } from './spelling';
import { groups } from './fillers/groups';

/** One template family: one way of saying a thing, several wordings of it. */
export interface TemplateSet {
  family: string;
  functionality: string;
  labels: ModelCategory[];
  templates: readonly string[];
  /** disguise the <marked> spans with this spelling game */
  spelling?: SpellingKind;
}

/**
 * A family and the contrasts drawn from the same fillers, so a clean case shares its wording
 * with the case it contrasts. `perGroup` families are filled once per protected group `count`
 * times; the others `count` times in all.
 */
export interface FamilySpec {
  main: TemplateSet;
  contrasts: readonly TemplateSet[];
  perGroup: boolean;
  count: number;
  /** group ids, for a stereotype that belongs to particular groups */
  groups?: readonly string[];
}

const SHORT: Record<ModelCategory, string> = {
  discrimination: 'disc',
  respect: 'resp',
  predetermination: 'pred',
  confidential: 'conf',
};

export function builders(category: ModelCategory, defaults: { perGroup: boolean; count: number }) {
  const make =
    (labels: ModelCategory[]) =>
    (family: string, functionality: string, ...templates: string[]): TemplateSet => ({
      family: `${SHORT[category]}.${family}`,
      functionality: `${category}:${functionality}`,
      labels,
      templates,
    });
  return {
    /** a case that should be flagged for this category */
    bad: make([category]),
    /** a case that must stay clean */
    ok: make([]),
    /** a case this category leaves clean but another flags (abuse of a named person is `respect`) */
    labelled: (labels: ModelCategory[]) => make(labels),
    spelled: (kind: SpellingKind, set: TemplateSet): TemplateSet => ({ ...set, family: `${set.family}.${kind}`, spelling: kind }),
    /** a per-group family filled only with these groups, as many times in all as if it had them all */
    only: (groupIds: string[], spec: FamilySpec): FamilySpec => ({
      ...spec,
      groups: groupIds,
      count: Math.ceil((spec.count * groups.length) / groupIds.length),
    }),
    family: (main: TemplateSet, contrasts: TemplateSet[] = [], count = defaults.count): FamilySpec => ({
      main,
      contrasts,
      perGroup: defaults.perGroup,
      count,
    }),
  };
}
