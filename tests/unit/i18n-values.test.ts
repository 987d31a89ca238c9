/**
 * The values a rule fills into a Welsh message are Welsh too: words from the rules' own
 * vocabularies are translated, dates are written in Welsh, and only what the user wrote (a name,
 * a committee, an agenda title, a quoted phrase) stays as written.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { CIRCUMSTANCES } from '../../rules/data/circumstances';
import { LEXICON } from '../../rules/data/discrimination';
import { GROUP_TROPES, HOSTILE_PHRASES, MOCKING_PHRASES } from '../../rules/data/discrimination/generalisation';
import { CHARACTERISTICS } from '../../rules/data/discrimination/types';
import { SENSITIVE } from '../../rules/data/special-category';
import { check, checkInput, parseRequest, toInput } from '../../utils/engine/engine';
import type { CheckRequest } from '../../utils/engine/request';
import { VALUES, type Finding, type RawFinding, type Rule } from '../../utils/engine/types';
import { loadCorpus } from '../../utils/eval/corpus';
import { RULE_TEXTS } from '../../rules/i18n';
import { GENERALISATION_NOTES, LEXICON_NOTES, SOURCE_PARTS, welshSource } from '../../rules/i18n/cy/discrimination-values';
import { CHARACTERISTICS as CY_CHARACTERISTICS, CIRCUMSTANCES as CY_CIRCUMSTANCES, SENSITIVE_LABELS, dayAndMonth } from '../../rules/i18n/cy/values';
import { parseMarked } from '../support/examples';

const welsh = RULE_TEXTS.cy;
const rule = (id: string): Rule => RULES.find((one) => one.id === id)!;
const example = (id: string, index: number): CheckRequest => {
  const flagged = rule(id).examples.flagged[index]!;
  return { text: parseMarked(flagged.text).text, ...flagged.request };
};
const inWelsh = (request: CheckRequest, id: string): Finding[] =>
  check(request, { texts: welsh }).findings.filter((finding) => finding.ruleId === id);

describe('Welsh values in Welsh messages', () => {
  it('{label} and {who} (a name) in special-category-data', () => {
    const [finding] = inWelsh(example('special-category-data', 0), 'special-category-data');
    expect(finding!.message).toBe('Gallai hyn ddatgelu manylion iechyd am Mrs Khan.');
  });

  it('{label} in a public reply about the one replied to (move it to a DM)', () => {
    const [finding] = inWelsh(example('special-category-data', 7), 'special-category-data');
    expect(finding!.message).toBe('Mae’r ateb hwn yn ailadrodd manylion anabledd am y person rydych chi’n ei ateb, yn gyhoeddus.');
  });

  it('{label} in dm-sensitive-details', () => {
    const [finding] = inWelsh(example('dm-sensitive-details', 2), 'dm-sensitive-details');
    expect(finding!.message).toBe('Mae’r neges hon yn nodi manylion diogelu neu amddiffyn plant mewn neges uniongyrchol.');
  });

  it('{what} in named-resident', () => {
    const [finding] = inWelsh(example('named-resident', 1), 'named-resident');
    expect(finding!.message).toBe('Gallai hyn adnabod Gurpreet Sandhu ynghyd â manylion personol (ei sefyllfa dai).');
  });

  it('{characteristic}, {note} and {source} in derogatory-term', () => {
    const [finding] = inWelsh(example('derogatory-term', 4), 'derogatory-term');
    expect(finding!.message).toBe('Mae’r term hwn yn cael ei ystyried yn hen ffasiwn neu’n sarhaus (anabledd).');
    expect(finding!.explanation).toBe(
      'Mae cadair olwyn yn rhoi symudedd yn hytrach na chaethiwo neb; mae Uned Anabledd GOV.UK a Scope yn dweud "wheelchair user" (defnyddiwr cadair olwyn). ' +
        'Ffynhonnell: Deddf Cydraddoldeb 2010, adran 6 (anabledd) ac adran 26 (aflonyddu); Uned Anabledd Swyddfa’r Cabinet, Iaith gynhwysol: geiriau i’w defnyddio a’u hosgoi wrth ysgrifennu am anabledd (Inclusive language: words to use and avoid when writing about disability) (GOV.UK); Scope.',
    );
  });

  it('{characteristic} and {note} in group-generalisation', () => {
    const [finding] = inWelsh(example('group-generalisation', 5), 'group-generalisation');
    expect(finding!.message).toBe('Gallai pobl ddarllen hyn fel ystrydeb gudd (hil).');
    expect(finding!.explanation).toBe(
      'Mae’n awgrymu mai lladron yw’r grŵp. Pan fydd wrth ymyl cyfeiriad at y grŵp, bydd darllenwyr yn deall ei fod wedi’i anelu atyn nhw. Deddf Cydraddoldeb 2010, adran 26 (aflonyddu).',
    );
  });

  it('{date} in predetermination, with the item and committee as written', () => {
    const request = example('predetermination', 0);
    const [finding] = inWelsh(request, 'predetermination');
    expect(finding!.message).toBe(
      'Gallai hyn ddangos meddwl caeedig am Wheatfield Farm (25/00912/OUT), y bydd Planning Committee yn penderfynu arno ar 12 Mawrth.',
    );
    expect(check(request).findings.find((one) => one.ruleId === 'predetermination')!.message).toMatch(/ on 12 March\.$/);
  });

  it('writes the day in UK time with the Welsh month, whatever ICU the browser has', () => {
    expect(dayAndMonth(new Date('2026-03-12T18:30:00Z'))).toBe('12 Mawrth');
    expect(dayAndMonth(new Date('2026-07-31T23:30:00Z'))).toBe('1 Awst'); // BST: already 1 August in London
    expect(dayAndMonth(new Date('2026-12-31T23:30:00Z'))).toBe('31 Rhagfyr'); // GMT: still 31 December
  });
});

describe('the engine fills values only into a translated message', () => {
  const request = example('named-resident', 1);
  const english = rule('named-resident').messages.found!;

  it('a message with no Welsh keeps its English values', () => {
    const entry = welsh['named-resident']!;
    const texts = { 'named-resident': { source: entry.source, [VALUES]: entry[VALUES] } };
    const [finding] = check(request, { texts }).findings.filter((one) => one.ruleId === 'named-resident');
    expect(finding!.message).toBe(english.message.replace('{name}', 'Gurpreet Sandhu').replace('{what}', 'their housing situation'));
  });

  it('a value with no Welsh is shown as the rule gave it', () => {
    const texts = { 'named-resident': { ...welsh['named-resident']!, [VALUES]: { words: { what: { 'where they live': 'lle mae’n byw' } } } } };
    const [finding] = check(request, { texts }).findings.filter((one) => one.ruleId === 'named-resident');
    expect(finding!.message).toBe('Gallai hyn adnabod Gurpreet Sandhu ynghyd â manylion personol (their housing situation).');
  });
});

describe('every value a rule can produce has Welsh', () => {
  it('every characteristic, sensitive label and circumstance', () => {
    for (const characteristic of CHARACTERISTICS) expect(CY_CHARACTERISTICS[characteristic.replace(/-/g, ' ')], characteristic).toBeTruthy();
    expect(Object.keys(SENSITIVE_LABELS).sort()).toEqual([...new Set(SENSITIVE.map((entry) => entry.label))].sort());
    expect(Object.keys(CY_CIRCUMSTANCES).sort()).toEqual([...new Set(CIRCUMSTANCES.map((entry) => entry.label))].sort());
  });

  it('every lexicon entry’s note and source, and no note for an entry that does not exist', () => {
    const ids = LEXICON.map((entry) => entry.id);
    expect(ids.filter((id) => !LEXICON_NOTES[id]), 'add to LEXICON_NOTES').toEqual([]);
    expect(Object.keys(LEXICON_NOTES).filter((id) => !ids.includes(id)), 'remove from LEXICON_NOTES').toEqual([]);
    const sources = [...new Set(LEXICON.map((entry) => entry.source))];
    expect(sources.filter((source) => !welshSource(source)), 'add the parts to SOURCE_PARTS').toEqual([]);
    const parts = new Set(sources.flatMap((source) => source.split('; ')));
    expect(Object.keys(SOURCE_PARTS).filter((part) => !parts.has(part)), 'remove from SOURCE_PARTS').toEqual([]);
  });

  it('every generalisation note in the lexicon', () => {
    const notes = [...HOSTILE_PHRASES, ...GROUP_TROPES, ...MOCKING_PHRASES].map((entry) => entry.note);
    expect(notes.filter((note) => !GENERALISATION_NOTES[note])).toEqual([]);
  });

  /**
   * Every value the rules fill in across their examples and the dev corpus is either translated,
   * a date the Welsh writes itself, a time, or the user's own words (found in the request).
   */
  it('every value filled into a Welsh message in the examples and the dev corpus', () => {
    const requests: CheckRequest[] = [
      ...RULES.flatMap((one) => [
        ...one.examples.flagged.map((flagged) => ({ text: parseMarked(flagged.text).text, ...flagged.request })),
        ...one.examples.clean.map((clean) => (typeof clean === 'string' ? { text: clean } : { text: clean.text, ...clean.request })),
      ]),
      ...loadCorpus(fileURLToPath(new URL('../corpus/', import.meta.url)), ['dev']).map(({ id: _i, expect: _e, note: _n, spans: _s, file: _f, split: _p, line: _l, ...request }) => request as CheckRequest),
    ];
    const untranslated = new Set<string>();
    let filled = 0;
    for (const request of requests) {
      const parsed = parseRequest(request);
      if (!parsed.ok) continue;
      const own = JSON.stringify(parsed.request);
      const recording = RULES.map((one): Rule => ({
        ...one,
        check: (context) => {
          const raw = one.check(context);
          raw.forEach((finding) => record(one, finding, own));
          return raw;
        },
      }));
      checkInput(toInput(parsed.request), { rules: recording });
    }
    function record(one: Rule, finding: RawFinding, own: string) {
      const entry = welsh[one.id]!;
      const texts = entry.messages![finding.messageId]!;
      for (const [, key] of `${texts.message} ${texts.explanation}`.matchAll(/\{(\w+)\}/g)) {
        const value = finding.data?.[key!];
        if (value === undefined) continue;
        filled++;
        const words = entry[VALUES]?.words?.[key!];
        const date = entry[VALUES]?.dates?.[key!];
        const translated = (words && Object.hasOwn(words, value)) || (date && finding.data?.[date.from]);
        // A name with its reference ("Wheatfield Farm (25/00912/OUT)") is two things the user gave.
        const parts = /^(.+) \(([^()]+)\)$/.exec(value)?.slice(1) ?? [value];
        const usersOwn = parts.every((part) => own.includes(JSON.stringify(part).slice(1, -1))) || /^\d{2}:\d{2}$/.test(value);
        if (!translated && !usersOwn) untranslated.add(`${one.id}.${finding.messageId} {${key}}: ${value}`);
      }
    }
    expect(filled).toBeGreaterThan(100);
    expect([...untranslated].sort()).toEqual([]);
  });
});
