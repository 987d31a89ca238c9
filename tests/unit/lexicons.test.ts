/**
 * The confidentiality, insult, allegation and threat lexicons: every entry has
 * a note, a source and terms; the pattern syntax expands as documented; and
 * each known false-positive context's clean example stays clean under the
 * rules that use the lexicon.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { ALLEGATIONS } from '../../rules/data/allegations';
import { SIGNALS } from '../../rules/data/confidentiality';
import { INSULTS } from '../../rules/data/insults';
import { expand, phrasesOf, type LexiconEntry } from '../../rules/data/lexicon';
import { THREAT_LEXICON } from '../../rules/data/threats';
import { check } from '../../utils/engine/engine';

const LEXICONS: Array<[name: string, entries: readonly LexiconEntry[], ruleIds: string[]]> = [
  ['confidentiality', SIGNALS, ['exempt-business', 'in-confidence']],
  ['insults', INSULTS, ['personal-attack']],
  ['allegations', ALLEGATIONS, ['unfounded-allegation']],
  ['threats', THREAT_LEXICON, ['threat']],
];

describe('expand', () => {
  it('expands alternatives slot by slot', () => {
    expect(expand('i|we know where he|she lives')).toEqual(['i know where he lives', 'i know where she lives', 'we know where he lives', 'we know where she lives']);
  });
  it('treats an empty alternative as an optional slot', () => {
    expect(expand('lining his own| pockets')).toEqual(['lining his own pockets', 'lining his pockets']);
  });
  it('drops duplicates', () => {
    expect(expand('a|a b')).toEqual(['a b']);
  });
});

describe.each(LEXICONS)('%s lexicon', (_name, entries, ruleIds) => {
  const rules = RULES.filter((rule) => ruleIds.includes(rule.id));

  it('is used by registered rules', () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual([...ruleIds].sort());
  });

  it.each(entries.map((entry) => [entry.id, entry] as const))('%s has terms, a note and a source', (_id, entry) => {
    expect(entry.terms.length).toBeGreaterThan(0);
    expect(entry.note.length, 'say why the term matters').toBeGreaterThan(10);
    expect(entry.source.length, 'cite where it comes from').toBeGreaterThan(5);
    expect(entry.falsePositives.length, 'list at least one known false-positive context').toBeGreaterThan(0);
  });

  it('has unique entry ids and no phrase listed twice in one entry', () => {
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    for (const entry of entries) {
      const phrases = phrasesOf([entry]).map(([phrase]) => phrase);
      expect(new Set(phrases).size, `${entry.id} repeats a phrase`).toBe(phrases.length);
    }
  });

  const cleans = entries.flatMap((entry) => entry.falsePositives.map((fp) => [`${entry.id}: ${fp.context}`, fp.clean] as const));
  it.each(cleans)('stays clean on a known false positive (%s)', (_context, text) => {
    for (const surface of ['post', 'reply'] as const) {
      const findings = check({ text, surface, now: '2026-11-23T12:00:00Z' }, { rules }).findings;
      expect(findings.map((f) => `${f.ruleId} "${text.slice(f.start, f.end)}"`)).toEqual([]);
    }
  });
});
