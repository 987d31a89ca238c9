import { describe, expect, it } from 'vitest';
import { generateSuite, type SuiteCase } from '../../training/suite/index';
import { groups } from '../../training/suite/fillers/groups';
import { disguise, spellingKinds } from '../../training/suite/spelling';
import { createRng } from '../../training/suite/rng';
import { render } from '../../training/suite/template';

const suite = generateSuite(1);
const categoryOf = (c: SuiteCase): string => c.functionality.split(':')[0] as string;
const isHateful = (c: SuiteCase): boolean => c.labels.includes(categoryOf(c) as SuiteCase['labels'][number]);
const CATEGORIES = ['discrimination', 'respect', 'predetermination', 'confidential'] as const;
const MIN_TOTAL = 30_000;

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe('training suite generator', () => {
  it('is deterministic for a seed and varies with it', () => {
    const again = generateSuite(1);
    expect(again.map((c) => [c.id, c.text])).toEqual(suite.map((c) => [c.id, c.text]));
    const other = new Set(generateSuite(2).map((c) => c.text));
    const shared = suite.filter((c) => other.has(c.text)).length;
    expect(shared / suite.length).toBeLessThan(0.9);
  });

  it('has no duplicate texts (ignoring case) and no duplicate ids', () => {
    expect(new Set(suite.map((c) => c.text.toLowerCase())).size).toBe(suite.length);
    expect(new Set(suite.map((c) => c.id)).size).toBe(suite.length);
  });

  it('leaves no template syntax in any text', () => {
    const leftovers = suite.filter((c) => /[{}[\]<>]|\bthe the\b|\s{2}/i.test(c.text));
    expect(leftovers.map((c) => c.text)).toEqual([]);
  });

  it(`produces at least ${MIN_TOTAL} cases`, () => {
    expect(suite.length).toBeGreaterThanOrEqual(MIN_TOTAL);
  });

  it('gives every functionality one label set, consistent with its category', () => {
    const labelSets = new Map<string, Set<string>>();
    for (const c of suite) {
      const set = labelSets.get(c.functionality) ?? new Set<string>();
      set.add([...c.labels].sort().join('+'));
      labelSets.set(c.functionality, set);
    }
    const mixed = [...labelSets].filter(([, sets]) => sets.size !== 1).map(([fn]) => fn);
    expect(mixed).toEqual([]);
  });

  it.each(CATEGORIES)('%s: hateful and clean functionalities, contrasts outnumbering', (category) => {
    const cases = suite.filter((c) => categoryOf(c) === category);
    const hateful = cases.filter(isHateful);
    const clean = cases.filter((c) => c.labels.length === 0);
    expect(hateful.length).toBeGreaterThan(1000);
    expect(clean.length).toBeGreaterThan(hateful.length);
    const cleanFunctionalities = new Set(clean.map((c) => c.functionality));
    for (const fn of ['negation', 'counter-speech', 'reporting', 'policy-criticism']) {
      if (category === 'discrimination') expect(cleanFunctionalities).toContain(`${category}:${fn}`);
    }
  });

  it.each(CATEGORIES)('%s: every hateful functionality has at least 8 families', (category) => {
    const familiesByFn = new Map<string, Set<string>>();
    for (const c of suite.filter((x) => categoryOf(x) === category && isHateful(x))) {
      const set = familiesByFn.get(c.functionality) ?? new Set<string>();
      set.add(c.family);
      familiesByFn.set(c.functionality, set);
    }
    const thin = [...familiesByFn].filter(([, fams]) => fams.size < 8).map(([fn, fams]) => `${fn}: ${fams.size}`);
    expect(thin).toEqual([]);
  });

  it('gives every hateful family at least one contrast family drawn from its fillers', () => {
    const contrasted = new Set(suite.map((c) => c.contrastOf).filter((f): f is string => f !== undefined));
    const hatefulFamilies = new Set(suite.filter(isHateful).map((c) => c.family));
    expect([...hatefulFamilies].filter((family) => !contrasted.has(family))).toEqual([]);
  });

  it('has enough cases in every functionality to train and to measure', () => {
    const sizes = countBy(suite, (c) => c.functionality);
    const small = [...sizes].filter(([fn, n]) => n < (suite.some((c) => c.functionality === fn && isHateful(c)) ? 400 : 90));
    expect(small).toEqual([]);
  });

  it('links each contrast to a hateful family with the same group', () => {
    const hatefulByFamily = new Map<string, Set<string | undefined>>();
    for (const c of suite.filter(isHateful)) {
      const set = hatefulByFamily.get(c.family) ?? new Set();
      set.add(c.group);
      hatefulByFamily.set(c.family, set);
    }
    const orphans = suite.filter((c) => c.contrastOf !== undefined).filter((c) => {
      const mains = hatefulByFamily.get(c.contrastOf as string);
      return !mains || (c.group !== undefined && !mains.has(c.group));
    });
    expect(orphans.map((c) => c.id)).toEqual([]);
    expect(suite.filter((c) => c.contrastOf !== undefined && c.labels.includes('discrimination'))).toEqual([]);
  });

  it('covers every protected group and all nine characteristics, hateful and clean', () => {
    const hatefulGroups = new Set(suite.filter((c) => c.labels.includes('discrimination')).map((c) => c.group));
    const cleanGroups = new Set(suite.filter((c) => c.labels.length === 0).map((c) => c.group));
    for (const group of groups) {
      expect(hatefulGroups, group.id).toContain(group.id);
      expect(cleanGroups, group.id).toContain(group.id);
    }
    expect(new Set(groups.map((g) => g.characteristic)).size).toBe(9);
    const hatefulPerGroup = countBy(suite.filter((c) => c.group && c.labels.includes('discrimination')), (c) => c.group as string);
    // Enough per group that holding one group out still leaves a measurable test set.
    expect(Math.min(...hatefulPerGroup.values())).toBeGreaterThanOrEqual(150);
    const perGroup = countBy(suite.filter((c) => c.group), (c) => c.group as string);
    const sizes = [...perGroup.values()];
    // No group drowns the others: a model must learn the frame, not the commonest group.
    expect(Math.max(...sizes) / Math.min(...sizes)).toBeLessThan(3);
  });

  it('never gives two cases that differ only in their group mention different labels', () => {
    // What the model learns about one group must transfer to all, so the group word alone
    // can never be what separates a flagged case from a clean one.
    const forms = [...new Set(groups.flatMap((g) => [...g.plural, ...g.singular, ...g.adjective, ...g.slurs.flat()]))];
    forms.sort((a, b) => b.length - a.length);
    const escaped = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const mention = new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi');
    expect('i hate gypsies and travellers, and pensioners'.replace(mention, '<g>')).toBe('i hate <g>, and <g>');
    const labelsByFrame = new Map<string, Set<string>>();
    for (const c of suite) {
      const frame = c.text.toLowerCase().replace(mention, '<g>').replace(/[^a-z<> ]/g, '').replace(/\s+/g, ' ');
      const set = labelsByFrame.get(frame) ?? new Set<string>();
      set.add(c.labels.join('+'));
      labelsByFrame.set(frame, set);
    }
    expect([...labelsByFrame].filter(([, labels]) => labels.size > 1).map(([frame]) => frame)).toEqual([]);
  });

  it('keeps the issue\'s named UK groups', () => {
    const ids = new Set(groups.map((g) => g.id));
    for (const id of ['gypsy-roma-traveller', 'roma', 'eastern-european', 'polish', 'asylum-seeker', 'refugee', 'migrant', 'older', 'younger']) {
      expect(ids).toContain(id);
    }
  });
});

describe('template and spelling helpers', () => {
  it('renders choices and slots, with one value per slot', () => {
    const rng = createRng(7);
    const text = render('[a|a] {x} and {x}', (slot) => (slot === 'x' ? 'cat' : '?'), rng);
    expect(text).toBe('A cat and cat');
  });

  it('disguises a word in every spelling game, and differently from the plain word', () => {
    const rng = createRng(3);
    for (const kind of spellingKinds) {
      const out = disguise(kind, kind === 'joined' ? 'send them back' : 'vermin', rng);
      expect(out, kind).not.toBe(kind === 'joined' ? 'send them back' : 'vermin');
    }
    expect(disguise('spaced', 'scum', rng)).toBe('s c u m');
    expect(disguise('asterisk', 'vermin', rng)).toBe('v*rmin');
  });
});
