/**
 * Every string the user sees exists in English and Welsh (issue 5; the Welsh Language Standards).
 * The compiler already rejects a Welsh UI area with a missing or extra key; these tests catch what
 * it cannot: placeholders, empty or untranslated strings, plural forms, and the rules' own texts,
 * which are keyed by strings the compiler does not know.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { CATALOGUES, ENGLISH } from '../../utils/i18n/catalogues';
import { createTranslator, resolveLocale } from '../../utils/i18n';
import { RULE_TEXTS } from '../../rules/i18n';
import { placeholders, type Area, type Template } from '../../utils/i18n/translate';

/**
 * Welsh values allowed to equal the English: proper nouns and brands only. Add a value here only
 * when it is the same word in both languages.
 */
// 'CY' is the language code on the Welsh-draft indicator, the same in both languages.
const SAME_IN_BOTH = new Set(['X', 'X (Twitter)', 'Facebook', 'Modern.gov', 'CY']);

const WELSH_PLURALS = new Intl.PluralRules('cy').resolvedOptions().pluralCategories;
const ENGLISH_PLURALS = new Intl.PluralRules('en-GB').resolvedOptions().pluralCategories;

const texts = (template: Template): string[] => (typeof template === 'string' ? [template] : Object.values(template));

const areas = Object.keys(ENGLISH) as Array<keyof typeof ENGLISH>;
const entries = areas.flatMap((area) =>
  Object.keys(ENGLISH[area]).map((key) => {
    const english = (ENGLISH[area] as Area)[key]!;
    const welsh = (CATALOGUES.cy[area] as Area)[key];
    return [`${area}.${key}`, english, welsh] as const;
  }),
);

describe('UI catalogues', () => {
  it('has the same areas in every locale', () => {
    for (const locale of Object.keys(CATALOGUES) as Array<keyof typeof CATALOGUES>) {
      expect(Object.keys(CATALOGUES[locale]).sort(), locale).toEqual([...areas].sort());
    }
  });

  it.each(areas)('Welsh %s has exactly the English keys', (area) => {
    expect(Object.keys(CATALOGUES.cy[area]).sort()).toEqual(Object.keys(ENGLISH[area]).sort());
  });

  it.each(entries)('%s: Welsh is complete and keeps the placeholders', (key, english, welsh) => {
    expect(welsh, `add "${key}" to the Welsh catalogue`).toBeDefined();
    expect(typeof welsh, 'a plural in English is a plural in Welsh, and a string a string').toBe(typeof english);
    for (const text of [...texts(english), ...texts(welsh!)]) expect(text.trim(), 'no empty strings').not.toBe('');
    expect(placeholders(welsh!)).toEqual(placeholders(english));
  });

  it.each(entries.filter(([, english]) => typeof english !== 'string'))('%s: plural forms', (_key, english, welsh) => {
    const englishForms = Object.keys(english);
    const welshForms = Object.keys(welsh!);
    expect(englishForms).toContain('other');
    expect(welshForms).toContain('other');
    // Welsh mutates and changes the noun after two and three ("dau wiriad", "tri gwiriad"), so
    // every category the language has needs its own form; extra categories would never be picked.
    expect(welshForms.sort()).toEqual([...WELSH_PLURALS].sort());
    expect(ENGLISH_PLURALS, 'English uses only the categories English has').toEqual(expect.arrayContaining(englishForms));
  });

  it('has no Welsh value left in English (proper nouns aside)', () => {
    const untranslated = entries.flatMap(([key, english, welsh]) => {
      if (typeof english === 'string') return welsh === english && !SAME_IN_BOTH.has(english) ? [key] : [];
      const welshForms = welsh as Exclude<Template, string>;
      return Object.values(english).some((form) => Object.values(welshForms).includes(form!)) ? [key] : [];
    });
    expect(untranslated).toEqual([]);
  });
});

describe('rule texts', () => {
  const welsh = RULE_TEXTS.cy;

  it('English keeps the rules’ own texts (nothing overrides them)', () => {
    expect(RULE_TEXTS['en-GB']).toEqual({});
  });

  it('has a Welsh entry for every registered rule and none for a rule that does not exist', () => {
    expect(Object.keys(welsh).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s is complete in Welsh', (id, rule) => {
    const entry = welsh[id];
    expect(entry, `add "${id}" to rules/i18n/cy/`).toBeDefined();
    expect(Object.keys(entry!).sort()).toEqual(['description', 'messages', 'source']);
    expect(entry!.description!.trim()).not.toBe('');
    expect(entry!.source!.trim()).not.toBe('');
    expect(entry!.description).not.toBe(rule.description);
    expect(entry!.source).not.toBe(rule.source);
    expect(placeholders(entry!.description!)).toEqual(placeholders(rule.description));
    expect(placeholders(entry!.source!)).toEqual(placeholders(rule.source));

    expect(Object.keys(entry!.messages!).sort(), 'the same message ids as the rule').toEqual(Object.keys(rule.messages).sort());
    for (const [messageId, english] of Object.entries(rule.messages)) {
      const translated = entry!.messages![messageId]!;
      expect(Object.keys(translated).sort()).toEqual(['explanation', 'message']);
      for (const field of ['message', 'explanation'] as const) {
        const where = `${id}.${messageId}.${field}`;
        expect(translated[field].trim(), where).not.toBe('');
        expect(translated[field], `${where} is still English`).not.toBe(english[field]);
        expect(placeholders(translated[field]), `${where} placeholders`).toEqual(placeholders(english[field]));
      }
    }
  });
});

describe('resolveLocale', () => {
  it.each([
    [['cy'], 'cy'],
    [['cy-GB'], 'cy'],
    [['CY_gb'], 'cy'],
    [['en-US'], 'en-GB'],
    [['en-GB', 'cy'], 'en-GB'],
    [['fr'], 'en-GB'],
    [['fr', 'cy'], 'cy'],
    [[], 'en-GB'],
  ] as const)('auto with browser languages %j → %s', (languages, expected) => {
    expect(resolveLocale('auto', languages)).toBe(expected);
  });

  it('an explicit preference wins over the browser', () => {
    expect(resolveLocale('en-GB', ['cy-GB'])).toBe('en-GB');
    expect(resolveLocale('cy', ['en-US'])).toBe('cy');
  });
});

describe('createTranslator with the real catalogues', () => {
  const cy = createTranslator('cy');
  const en = createTranslator('en-GB');

  it('chooses the Welsh plural form for the count', () => {
    expect(cy('panel.notice.someRulesFailed', { count: 1 })).toBe('Nid oedd modd rhedeg un gwiriad ar y neges hon; rhedodd y lleill.');
    expect(cy('panel.notice.someRulesFailed', { count: 2 })).toBe('Nid oedd modd rhedeg dau wiriad ar y neges hon; rhedodd y lleill.');
    expect(cy('panel.notice.someRulesFailed', { count: 3 })).toBe('Nid oedd modd rhedeg 3 gwiriad ar y neges hon; rhedodd y lleill.');
  });

  it('fills placeholders in Welsh and English', () => {
    expect(cy('panel.source', { source: 'Deddf Lleoliaeth 2011' })).toBe('Ffynhonnell: Deddf Lleoliaeth 2011');
    expect(en('panel.source', { source: 'Localism Act 2011' })).toBe('Source: Localism Act 2011');
  });
});
