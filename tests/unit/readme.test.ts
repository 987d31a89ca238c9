import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { withCatalogue } from '../../utils/docs/catalogue';
import { accountKindFor } from '../../utils/context/account-names';
import { defaultSettings } from '../../utils/context/settings';
import { applyManagedPolicy, parseManagedPolicy } from '../../utils/storage/managed-policy';
import { RULE_IDS } from '../../utils/storage/rule-ids';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('opens with exactly two set-up commands: the demo and the tests', () => {
    const firstBlock = /```(?:sh|bash)?\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
    expect(commands).toEqual(['bash scripts/setup.sh && npm run demo', 'bash scripts/setup.sh && npm test']);
  });

  it('links every document it lists, and each exists', () => {
    const links = [...readme.matchAll(/\]\((docs\/[^)#]+)/g)].map((match) => match[1]!);
    for (const core of ['docs/development.md', 'docs/build.md', 'docs/rules.md', 'docs/measured.md']) expect(links).toContain(core);
    for (const link of links) expect(() => readFileSync(new URL(`../../${link}`, import.meta.url))).not.toThrow();
  });
});

describe('docs/rules.md', () => {
  it('has the rule catalogue generated from the current rules (run `npm run readme`)', () => {
    const rules = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(rules).toBe(withCatalogue(rules, RULES));
  });
});

/** The JSON examples in the README's IT section: what an IT team copies. */
function policyExamples(): { chrome: unknown; firefox: unknown } {
  const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!));
  const chrome = blocks.find((block) => block['3rdparty']);
  const firefox = blocks.find((block) => block.policies);
  return {
    chrome: Object.values(chrome['3rdparty'].extensions)[0],
    firefox: firefox.policies['3rdparty'].Extensions['councillor-post-check@example.org'],
  };
}

describe('the README’s enterprise policy examples (issue 11, problem 1)', () => {
  it('validate as they are written', () => {
    const { chrome, firefox } = policyExamples();
    expect(parseManagedPolicy(chrome, RULE_IDS)).toEqual({ policy: expect.objectContaining({ councilName: 'Anytown Borough Council' }) });
    expect(parseManagedPolicy(firefox, RULE_IDS)).toEqual({ policy: expect.objectContaining({ councilName: 'Anytown Borough Council' }) });
  });

  it('make the council’s X account and Facebook Page council accounts, as the pages show them', () => {
    const { policy } = parseManagedPolicy(policyExamples().chrome, RULE_IDS);
    const { settings } = applyManagedPolicy(defaultSettings(), policy);
    // What x-account.ts and facebook-dom.ts read from the page for those accounts.
    expect(accountKindFor(settings, 'x', ['AnytownCouncil', 'Anytown Council'])).toBe('council');
    expect(accountKindFor(settings, 'facebook', ['https://www.facebook.com/anytowncouncil', 'Anytown Borough Council'])).toBe('council');
    // And not anyone else's.
    expect(accountKindFor(settings, 'x', ['cllr_sample', 'Cllr Sample'])).toBe('councillor');
  });
});
