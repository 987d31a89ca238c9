/** Issue 11, problem 5: sources are links, and the links go to the official text (statute, guidance, regulator). */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { check } from '../../utils/engine/engine';

const OFFICIAL = ['www.legislation.gov.uk', 'www.gov.uk', 'ico.org.uk', 'www.local.gov.uk', 'www.electoralcommission.org.uk', 'www.datadictionary.nhs.uk'];
// The person's own watch terms cite their own list and their council's policy (linked separately).
const OWN_SOURCE = new Set(['watch-term']);

describe('rule sources', () => {
  it.each(RULES.filter((rule) => !OWN_SOURCE.has(rule.id)).map((rule) => [rule.id, rule.url] as const))('%s links to an official page', (_id, url) => {
    expect(url).toBeDefined();
    const parsed = new URL(url!);
    expect(parsed.protocol).toBe('https:');
    expect(OFFICIAL).toContain(parsed.host);
  });

  it('carries the link on every finding', () => {
    const [finding] = check({ text: 'Mrs Price’s NI number is AB123456C' }).findings;
    expect(finding?.sourceUrl).toBe(RULES.find((rule) => rule.id === 'ni-number')?.url);
  });
});
