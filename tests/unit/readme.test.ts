import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { withCatalogue } from '../../utils/docs/catalogue';

describe('README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it('has the rule catalogue generated from the current rules (run `npm run readme`)', () => {
    expect(readme).toBe(withCatalogue(readme, RULES));
  });

  it('opens with exactly two set-up commands: the demo and the tests', () => {
    const firstBlock = /```(?:sh|bash)?\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
    expect(commands).toEqual(['bash scripts/setup.sh && npm run demo', 'bash scripts/setup.sh && npm test']);
  });
});
