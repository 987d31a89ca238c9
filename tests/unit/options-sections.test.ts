/** The options page's fragment → section mapping, including addresses from before the regrouping. */
import { describe, expect, it } from 'vitest';
import { OPTION_SECTIONS, sectionFor } from '../../components/options/use-section';

describe('sectionFor', () => {
  it.each(OPTION_SECTIONS)('#%s shows that section', (id) => {
    expect(sectionFor(`#${id}`)).toBe(id);
  });

  it.each([
    ['#profile', 'setup'],
    ['#language', 'setup'],
    ['#transfer', 'privacy'],
    ['#decision-log', 'privacy'],
  ])('the old fragment %s shows the section that now holds it (%s)', (hash, id) => {
    expect(sectionFor(hash)).toBe(id);
  });

  it.each(['', '#', '#nonsense', '#%E0%A4%A', '#constructor', '#toString'])('%j falls back to the first section', (hash) => {
    expect(sectionFor(hash)).toBe('setup');
  });
});
