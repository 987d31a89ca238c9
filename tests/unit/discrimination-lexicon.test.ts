/**
 * The discrimination lexicon is data (rules/data/discrimination/): every entry
 * must say what it is, why and on whose authority, no form may be listed twice
 * (across files too), each flagged example must fire on exactly its span, and
 * each known false-positive context must stay clean through the engine.
 */
import { describe, expect, it } from 'vitest';
import derogatoryTerm from '../../rules/derogatory-term';
import groupGeneralisation from '../../rules/group-generalisation';
import { LEXICON, LEXICON_FILES } from '../../rules/data/discrimination';
import { GROUP_SENSES, PREDICATES } from '../../rules/data/discrimination/generalisation';
import { CHARACTERISTICS } from '../../rules/data/discrimination/types';
import { check } from '../../utils/engine/engine';
import { fold } from '../../utils/text/fold';
import { parseMarked } from '../support/examples';

// The discrimination rules only: another category firing on an example is not this lexicon's concern.
const DISCRIMINATION_RULES = [derogatoryTerm, groupGeneralisation];
const run = (text: string) => check({ text, now: '2026-11-23T12:00:00Z' }, { rules: DISCRIMINATION_RULES });

describe('discrimination lexicon entries', () => {
  it.each(LEXICON.map((entry) => [entry.id, entry] as const))('%s is complete', (_id, entry) => {
    expect(CHARACTERISTICS, 'characteristic must be an Equality Act 2010 s.4 characteristic').toContain(entry.characteristic);
    expect(entry.note.length, 'say why it is derogatory in UK usage').toBeGreaterThan(20);
    expect(entry.source, 'cite the statute section').toMatch(/Equality Act 2010 s\.\d/);
    expect(entry.terms.length, 'list at least one form').toBeGreaterThan(0);
    expect(entry.flagged.length, 'add a flagged example with the span in [[ ]]').toBeGreaterThan(0);
    for (const term of entry.terms) expect(fold(term).text, `write "${term}" folded: lower case, no accents, spaces for hyphens and apostrophes`).toBe(term);
    for (const term of entry.terms) expect(term, `"${term}": list the forms instead of a * wildcard`).not.toContain('*');
    for (const fp of entry.falsePositives ?? []) expect(fp.example.length, `give "${fp.context}" a clean example`).toBeGreaterThan(10);
    for (const term of Object.keys(entry.alternativesByTerm ?? {})) expect(entry.terms, `alternativesByTerm key "${term}" is not a term`).toContain(term);
  });

  it('lists ids once', () => {
    const ids = LEXICON.map((entry) => entry.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('lists every form once, across all files', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [file, entries] of Object.entries(LEXICON_FILES))
      for (const entry of entries)
        for (const term of entry.terms) {
          const where = `${file}.ts ${entry.id}`;
          const earlier = seen.get(term);
          if (earlier) duplicates.push(`"${term}" in ${earlier} and ${where}`);
          else seen.set(term, where);
        }
    expect(duplicates).toEqual([]);
  });

  it('covers every protected characteristic', () => {
    expect(new Set(LEXICON.map((entry) => entry.characteristic))).toEqual(new Set(CHARACTERISTICS));
  });
});

describe('lexicon examples through the engine', () => {
  const flagged = LEXICON.flatMap((entry) => entry.flagged.map((text) => [entry.id, text, entry] as const));
  it.each(flagged)('%s flags %s', (_id, text, entry) => {
    const marked = parseMarked(text);
    const findings = run(marked.text).findings.filter((f) => f.ruleId === 'derogatory-term');
    expect(findings.map((f) => `${f.start}-${f.end}`)).toEqual(marked.spans.map((s) => `${s.start}-${s.end}`));
    for (const finding of findings) expect(finding.severity).toBe(entry.severity);
  });

  const clean = [
    ...LEXICON.flatMap((entry) => (entry.falsePositives ?? []).map((fp) => [entry.id, fp.context, fp.example] as const)),
    ...GROUP_SENSES.map((sense) => [`group ${sense.term}`, sense.falsePositive.context, sense.falsePositive.example] as const),
    ...PREDICATES.flatMap((predicate) => (predicate.falsePositive ? [[`predicate ${predicate.phrases[0]}`, predicate.falsePositive.context, predicate.falsePositive.example] as const] : [])),
  ];
  it.each(clean)('%s stays clean (%s): %s', (_id, _context, example) => {
    expect(run(example).findings.map((f) => `${f.ruleId} "${example.slice(f.start, f.end)}"`)).toEqual([]);
  });

  it('sees through look-alike characters without inventing words from numbers', () => {
    expect(run('Total sp@$t1c').findings.map((f) => f.ruleId)).toEqual(['derogatory-term']);
    expect(run('Bus 7 at 10:45; route A38; call 0117 496 0000').findings).toEqual([]);
  });
});
