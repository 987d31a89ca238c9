/** Conventions every rule must meet; each failure message says how to fix it. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { CATEGORIES, SEVERITIES } from '../../utils/engine/types';

const rulesDir = fileURLToPath(new URL('../../rules/', import.meta.url));
const ruleFiles = readdirSync(rulesDir)
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.replace(/\.ts$/, ''));

describe('rule registry', () => {
  it('registers every file in rules/ (add it to rules/index.ts)', () => {
    expect(RULES.map((rule) => rule.id).sort()).toEqual([...ruleFiles].sort());
  });

  it('has unique ids', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s is complete', (_id, rule) => {
    expect(CATEGORIES, 'category must be one of the public categories').toContain(rule.category);
    expect(SEVERITIES).toContain(rule.severity);
    expect(rule.description.length, 'give the rule a one-sentence description').toBeGreaterThan(20);
    expect(rule.source.length, 'cite the legal or code-of-conduct source').toBeGreaterThan(5);
    expect(rule.examples.flagged.length, 'add flagged examples with [[ ]] spans').toBeGreaterThanOrEqual(2);
    expect(rule.examples.clean.length, 'add clean examples that must stay clean').toBeGreaterThanOrEqual(2);
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    for (const [id, texts] of Object.entries(rule.messages)) {
      expect(texts.message.length, `message ${id} needs a title`).toBeGreaterThan(5);
      expect(texts.explanation.length, `message ${id} needs an explanation`).toBeGreaterThan(20);
    }
  });
});
