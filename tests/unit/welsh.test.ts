/**
 * Issue 11, problem 4: a Welsh draft is recognised, so the panel and live hint can say its wording
 * went unchecked. Measured on text the detector was not written from: every Welsh string of the
 * UI and rule catalogues against every English one and the (English) corpus drafts.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { loadCorpus } from '../../utils/eval/corpus';
import { CATALOGUES } from '../../utils/i18n/catalogues';
import { RULE_TEXTS } from '../../rules/i18n';
import type { Template } from '../../utils/i18n/translate';
import { isWelsh } from '../../utils/text/welsh';

const templates = (catalogue: Record<string, Record<string, Template>>) =>
  Object.values(catalogue).flatMap((area) => Object.values(area).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t).filter((x): x is string => typeof x === 'string'))));
const longer = (min: number) => (text: string) => text.split(' ').length >= min;

const welsh = [
  ...templates(CATALOGUES.cy),
  ...Object.values(RULE_TEXTS.cy).flatMap((entry) => [entry.description ?? '', ...Object.values(entry.messages ?? {}).flatMap((m) => [m.message, m.explanation])]),
];
/**
 * Corpus drafts written wholly or half in Welsh (read by eye), which the detector should call Welsh:
 * the panel then says the Welsh wording went unchecked. Every other corpus draft is English.
 */
const WELSH_DRAFTS = new Set([
  'h6-14-13', 'h7-01-11', 'h7-01-33', 'h7-01-9', 'h7-02-23', 'h7-02-7', 'h7-03-34', 'h7-04-42',
  'h7-05-13', 'h7-05-7', 'h7-06-21', 'h7-08-4', 'h7-09-14', 'h7-09-45', 'h7-09-5', 'h7-11-48',
  'h7-13-1', 'h7-13-10', 'h7-13-38', 'h7-13-41', 'h7-14-23', 'h7-14-9', 'h7-15-32', 'h7-15-42',
  'h8-01-23', 'h8-02-6', 'h8-02-14', 'h8-02-28', 'h8-03-9', 'h8-03-15', 'h8-03-35', 'h8-03-42',
  'h8-04-43', 'h8-05-7', 'h8-05-32', 'h8-06-7', 'h8-06-29', 'h8-07-25', 'h8-07-44', 'h8-08-9',
  'h8-09-38', 'h8-10-36', 'h8-11-12', 'h8-11-22', 'h8-12-36', 'h8-13-13', 'h8-13-18', 'h8-13-19',
  'h8-13-38',
]);
const corpus = loadCorpus(fileURLToPath(new URL('../corpus/', import.meta.url)));
const english = [
  ...templates(CATALOGUES['en-GB']),
  ...RULES.flatMap((rule) => [rule.description, ...Object.values(rule.messages).flatMap((m) => [m.message, m.explanation])]),
  ...corpus.filter((entry) => !WELSH_DRAFTS.has(entry.id)).map((entry) => entry.text),
];

describe('Welsh detection', () => {
  it('recognises Welsh sentences of post length (8+ words): at least 95% (measured 217/225)', () => {
    const sentences = welsh.filter(longer(8));
    expect(sentences.length).toBeGreaterThan(200);
    expect(sentences.filter(isWelsh).length / sentences.length).toBeGreaterThanOrEqual(0.95);
  });

  it('calls the corpus drafts written in Welsh, or half in Welsh, Welsh', () => {
    const drafts = corpus.filter((entry) => WELSH_DRAFTS.has(entry.id));
    expect(drafts.map((entry) => entry.id).sort()).toEqual([...WELSH_DRAFTS].sort());
    expect(drafts.filter((entry) => !isWelsh(entry.text))).toEqual([]);
  });

  it('never calls an English text Welsh (measured 0 of 1,592 with 4+ words, corpus drafts included)', () => {
    const texts = english.filter(longer(4));
    expect(texts.length).toBeGreaterThan(1000);
    expect(texts.filter(isWelsh)).toEqual([]);
  });

  it.each([
    ['Diolch i bawb a ddaeth i’r cyfarfod neithiwr am y llyfrgell. Byddaf yn codi hyn gyda’r cyngor.', true],
    ['Bore da! Mae’r gwaith ar y ffordd wedi dechrau heddiw.', true],
    ['Spoke to Gareth at 5 Cwrt y Felin about the bins today.', false],
    ['Bore da / Good morning: the library opens at 9am from Monday, please share.', false],
  ])('%s → %s', (text, expected) => {
    expect(isWelsh(text)).toBe(expected);
  });
});
