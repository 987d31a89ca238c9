/**
 * Message catalogues and the translator. A catalogue is a plain object of areas (panel, notices,
 * options…), each a flat map of keys to templates. A template is a string with `{name}`
 * placeholders, or a plural form chosen by Intl.PluralRules for the locale (Welsh has six
 * plural categories: zero, one, two, few, many, other).
 */
import type { Locale } from './locale';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Template = string | PluralForms;
export type Area = Readonly<Record<string, Template>>;

/** The Welsh (or any other) catalogue for an area must have exactly the English keys. */
export type Translation<A extends Area> = { readonly [K in keyof A]: A[K] extends string ? string : PluralForms };

export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

export function format(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Placeholder names in a template, for the completeness test. */
export function placeholders(template: Template): string[] {
  const texts = typeof template === 'string' ? [template] : Object.values(template);
  return [...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(PLACEHOLDER)].map((match) => match[1]!)))].sort();
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

export function pick(template: Template, locale: Locale, params: Params): string {
  if (typeof template === 'string') return template;
  const count = Number(params.count ?? 0);
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return template[rules.select(count)] ?? template.other;
}

/** `area.key` for every key of every area of a catalogue. */
export type KeysOf<C> = { [A in keyof C]: `${A & string}.${keyof C[A] & string}` }[keyof C];

/**
 * A translator over one set of catalogues. A key missing at run time (only possible through a bad
 * cast) shows the English text, never an empty string.
 */
export function translator<Key extends string>(catalogues: Readonly<Record<Locale, Readonly<Record<string, Area>>>>, locale: Locale): (key: Key, params?: Params) => string {
  const lookup = (from: Locale, key: string): Template | undefined => {
    const dot = key.indexOf('.');
    return catalogues[from][key.slice(0, dot)]?.[key.slice(dot + 1)];
  };
  return (key, params = {}) => format(pick(lookup(locale, key) ?? lookup('en-GB', key) ?? key, locale, params), params);
}
