/**
 * Issue 11, problem 4: a Welsh panel offers Welsh replacements ("[rhif YG wedi’i ddileu]", not
 * "[NI number removed]"). Every suggestion and sentence rewrite over the corpus and every rule's
 * examples, checked with the Welsh rule texts, carries none of the English words a rule writes.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { check } from '../../utils/engine/engine';
import type { CheckRequest } from '../../utils/engine/request';
import { loadCorpus } from '../../utils/eval/corpus';
import { RULE_TEXTS } from '../../rules/i18n';
import { CY_REPLACEMENTS } from '../../rules/i18n/cy/replacements';
import { parseMarked } from '../support/examples';

const ENGLISH = [...new Set(Object.values(CY_REPLACEMENTS).flatMap((words) => Object.keys(words)))].map((w) => w.trim()).filter((w) => w.length > 3);

const requests: CheckRequest[] = [
  ...loadCorpus(fileURLToPath(new URL('../corpus/', import.meta.url))),
  ...RULES.flatMap((rule) => rule.examples.flagged.map((example) => ({ now: '2026-11-23T12:00:00Z', ...example.request, text: parseMarked(example.text).text }))),
];

describe('Welsh replacements', () => {
  const offered = requests.flatMap((request) =>
    check(request, { texts: RULE_TEXTS.cy })
      .findings.flatMap((f) => [...f.suggestions, ...(f.rewrite ? [f.rewrite.text] : [])].map((text) => ({ rule: f.ruleId, text, draft: request.text }))),
  );

  it('are offered often enough for the test to mean something', () => {
    expect(new Set(offered.map((o) => o.rule)).size).toBeGreaterThanOrEqual(12);
  });

  it('never carry the English words a rule writes', () => {
    // Words the draft itself contains ("the council’s director") are the person's, not the rule's.
    const english = offered.filter(({ text, draft }) => ENGLISH.some((words) => text.includes(words) && !draft.includes(words)));
    expect(english).toEqual([]);
  });

  it('swap the NI placeholder and keep what came from the draft', () => {
    const [finding] = check({ text: 'Mrs Price’s NI number is AB123456C' }, { texts: RULE_TEXTS.cy }).findings;
    expect(finding?.suggestions).toEqual(['[rhif YG wedi’i ddileu]']);
    const address = check({ text: 'Spoke to Mrs Price at 14 Maple Close about the flooding.' }, { texts: RULE_TEXTS.cy }).findings.find((f) => f.ruleId === 'home-address');
    expect(address?.suggestions).toEqual(['Maple Close']);
  });

  it('cover every rule that writes words of its own', () => {
    const writers = RULES.filter((rule) => rule.examples.flagged.some((e) => e.suggestion?.match(/[a-z]{3}/) && !rule.examples.flagged.every(() => false)));
    for (const rule of writers.filter((r) => r.id !== 'home-address')) expect(Object.keys(CY_REPLACEMENTS)).toContain(rule.id);
  });
});
