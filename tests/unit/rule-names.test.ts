/** Every rule has a plain name in English and Welsh, distinct from its id and from the others. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { CATALOGUES } from '../../utils/i18n/catalogues';
import { LOCALES } from '../../utils/i18n';

describe('rule names', () => {
  const ids = RULES.map((rule) => rule.id).sort();

  it.each(LOCALES)('%s names exactly the registered rules', (locale) => {
    expect(Object.keys(CATALOGUES[locale].ruleNames).sort()).toEqual(ids);
  });

  it.each(LOCALES)('%s names are words, not ids, and no two are the same', (locale) => {
    const names = Object.entries(CATALOGUES[locale].ruleNames);
    for (const [id, name] of names) {
      expect(name, id).not.toBe(id);
      expect(name, id).not.toMatch(/^[a-z]+(?:-[a-z]+)+$/);
    }
    expect(new Set(names.map(([, name]) => String(name).toLowerCase())).size).toBe(names.length);
  });

  it('the Welsh names are not the English ones left untranslated', () => {
    const english = CATALOGUES['en-GB'].ruleNames;
    const copied = Object.entries(CATALOGUES.cy.ruleNames).filter(([id, name]) => name === english[id as keyof typeof english]);
    expect(copied).toEqual([]);
  });
});
