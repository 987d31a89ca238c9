import type { SuiteCase } from './types';
import type { FamilySpec, TemplateSet } from './spec';
import { createRng, hashString, type Rng } from './rng';
import { groups, type Group } from './fillers/groups';
import { createResolver, groupCanFill, type Resolver } from './slots';
import { disguiseMarked, render, slotsOf, unmark } from './template';
import { disguise } from './spelling';

const GROUP_SLOTS = new Set(['G', 'G1', 'aG1', 'Gadj', 'S', 'S1']);
const ATTEMPTS = 6;
// Endings people add to any post, hateful or not; on both sides so they carry no signal.
const OPENINGS = [
  'Busy day in {ward}.', 'Long meeting tonight.', 'Back from the ward walk.', 'Surgery done for the week.',
  'Quick one before bed.', 'Been thinking about this all day.', 'Another week in local politics.', 'Right.',
];
const CLOSINGS = ['More at my surgery on Saturday.', 'Have a good weekend, all.', 'Rant over.', 'Back to the casework.'];
const ENDINGS = [' #localgov', ' #CouncilLife', ' 🙄', ' 👏', ' #{town}', ' Thoughts?', ' RT if you agree'];

function usable(set: TemplateSet, group: Group | undefined): string[] {
  return set.templates.filter((template) => slotsOf(template).every((slot) => groupCanFill(group, slot)));
}

/** One wording of a set, or null when the spelling game left it unchanged. */
function renderOne(set: TemplateSet, template: string, resolve: Resolver, rng: Rng): string | null {
  const marked = render(template, resolve, rng);
  const plain = unmark(marked);
  if (!set.spelling) return plain;
  const kind = set.spelling;
  const disguised = disguiseMarked(marked, (span) => disguise(kind, span, rng));
  return disguised === plain ? null : disguised;
}

export function expandFamilies(specs: readonly FamilySpec[], seed: number): SuiteCase[] {
  const cases: SuiteCase[] = [];
  const seen = new Set<string>();
  const counters = new Map<string, number>();

  const add = (set: TemplateSet, text: string, template: string, group: Group | undefined, contrastOf?: string): void => {
    const n = (counters.get(set.family) ?? 0) + 1;
    counters.set(set.family, n);
    seen.add(text.toLowerCase());
    const mentionsGroup = group !== undefined && slotsOf(template).some((slot) => GROUP_SLOTS.has(slot));
    cases.push({
      id: `${set.family}#${n}`,
      text,
      labels: [...set.labels],
      functionality: set.functionality,
      family: set.family,
      ...(mentionsGroup ? { group: group.id } : {}),
      ...(contrastOf ? { contrastOf } : {}),
    });
  };

  // Tries a few wordings; a duplicate of an earlier case is dropped rather than repeated.
  const attempt = (set: TemplateSet, templates: string[], resolve: Resolver, rng: Rng): [string, string] | null => {
    for (let i = 0; i < ATTEMPTS; i++) {
      const template = rng.pick(templates);
      const ending = rng.chance(0.1) ? rng.pick(ENDINGS).replace('{town}', resolve('town').replace(/ /g, '')) : '';
      let text = renderOne(set, template, resolve, rng);
      if (text !== null) text += ending;
      if (text !== null && !ending && rng.chance(0.06)) text = `${text} ${rng.pick(CLOSINGS)}`;
      // A sentence before the one that matters, as real posts have; on both sides alike.
      if (text !== null && rng.chance(0.1)) text = `${rng.pick(OPENINGS).replace('{ward}', resolve('ward'))} ${text}`;
      if (text !== null && rng.chance(0.08)) text = text.toLowerCase();
      if (text !== null && !seen.has(text.toLowerCase())) return [text, template];
    }
    return null;
  };

  for (const spec of specs) {
    const rng = createRng(Math.imul(seed, 0x9e3779b1) ^ hashString(spec.main.family));
    const subjects: (Group | undefined)[] = spec.perGroup
      ? groups.filter((group) => !spec.groups || spec.groups.includes(group.id))
      : [undefined];
    for (const group of subjects) {
      const mainTemplates = usable(spec.main, group);
      if (mainTemplates.length === 0) continue;
      for (let i = 0; i < spec.count; i++) {
        const resolve = createResolver(rng, group);
        const main = attempt(spec.main, mainTemplates, resolve, rng);
        if (!main) continue;
        add(spec.main, main[0], main[1], group);
        for (const contrast of spec.contrasts) {
          const templates = usable(contrast, group);
          if (templates.length === 0) continue;
          const made = attempt(contrast, templates, resolve, rng);
          if (made) add(contrast, made[0], made[1], group, spec.main.family);
        }
      }
    }
  }
  return cases;
}
