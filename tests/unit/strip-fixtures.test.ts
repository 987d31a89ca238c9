/**
 * The extension build empties the rules' test fixtures (scripts/build/strip-fixtures.ts). Only
 * fixtures may go: the engine bundled that way must find exactly what the source finds, on every
 * rule's own examples (the texts the fixtures hold) and on the dev corpus.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { esbuildStripFixtures, stripFixtures, STRIPPED_FILES } from '../../scripts/build/strip-fixtures';
import { RULES } from '../../rules';
import { check } from '../../utils/engine/engine';
import { loadCorpus } from '../../utils/eval/corpus';
import { parseMarked } from '../support/examples';

describe('stripFixtures', () => {
  it('empties a rule\u2019s examples, and nothing else of it', () => {
    const rule = `export default defineRule({
  id: 'x', examples: { flagged: [{ text: 'Call [[07700 900123]]' }], clean: ['fine'] },
  messages: { found: { message: 'm', explanation: 'e' } }, check: (d) => ({ examples: 1 }),
});`;
    const out = stripFixtures(rule, '/w/rules/x.ts')!;
    expect(out).toContain("examples: { flagged: [], clean: [] },\n  messages: { found: { message: 'm', explanation: 'e' } }, check: (d) => ({ examples: 1 }),");
    expect(out).not.toContain('07700');
  });

  it('empties the texts of known false positives and lexicon test examples, keeping what recognises a false positive', () => {
    const data = `export const L = [{ id: 'a', note: 'kept', context: 'kept too', terms: ['t'], flagged: ['[[t]] here'],
  falsePositives: [{ context: 'c', clean: 'clean text', unless: ['u'] }, { context: 'd', example: 'example text', phrases: ['p'], nearby: ['n'], capitalised: true }],
  falsePositive: { context: 'e', example: 'another' } }];`;
    const out = stripFixtures(data, '/w/rules/data/topic.ts')!;
    expect(out).toBe(`export const L = [{ id: 'a', note: '', context: 'kept too', terms: ['t'], flagged: [],
  falsePositives: [{ context: '', clean: '', unless: ['u'] }, { context: '', example: '', phrases: ['p'], nearby: ['n'], capitalised: true }],
  falsePositive: { context: '', example: '' } }];`);
  });

  it('keeps the notes of the discrimination lexicons, which their findings quote, and empties the others', () => {
    const data = "export const L = [{ id: 'a', note: 'quoted in the finding', terms: ['t'], flagged: ['[[t]]'] }];";
    expect(stripFixtures(data, '/w/rules/data/discrimination/race.ts')).toContain("note: 'quoted in the finding'");
    expect(stripFixtures(data, '/w/rules/data/threats.ts')).toContain("note: ''");
  });

  it('leaves files with no fixtures, and files outside rules/, alone', () => {
    expect(stripFixtures("export const A = { examples: ['not a rule'] };", '/w/rules/x.ts')).toBeUndefined();
    expect(STRIPPED_FILES.test('/w/rules/threat.ts')).toBe(true);
    expect(STRIPPED_FILES.test('/w/rules/data/discrimination/race.ts')).toBe(true);
    expect(STRIPPED_FILES.test('/w/rules/detect/people.ts')).toBe(false);
    expect(STRIPPED_FILES.test('/w/rules/model/weights.ts')).toBe(false);
  });

  it('leaves no rule example text in any rule file it strips', () => {
    for (const rule of RULES) {
      const file = join('rules', `${rule.id}.ts`);
      const out = stripFixtures(readFileSync(file, 'utf8'), `/w/${file}`) ?? '';
      const texts = rule.examples.flagged.map((example) => parseMarked(example.text).text).filter((text) => text.length >= 12);
      for (const text of texts) expect(out, rule.id).not.toContain(text.slice(0, 40));
    }
  });
});

describe('the engine bundled without its fixtures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'strip-fixtures-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function strippedCheck(): Promise<typeof check> {
    const out = join(dir, 'engine.mjs');
    await build({
      entryPoints: ['utils/engine/engine.ts'],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: out,
      logLevel: 'silent',
      plugins: [esbuildStripFixtures()],
    });
    const bundled = readFileSync(out, 'utf8');
    // A rule example and a known false positive's clean text: both gone.
    expect(bundled).not.toContain('Spoke to Mrs Price about the flooding');
    expect(bundled).not.toContain('Part 2 of our newsletter is out now');
    return ((await import(pathToFileURL(out).href)) as { check: typeof check }).check;
  }

  it('finds what the source finds on every rule example and every dev corpus case', async () => {
    const stripped = await strippedCheck();
    const NOW = '2026-11-23T12:00:00Z';
    const requests = [
      ...RULES.flatMap((rule) => [
        ...rule.examples.flagged.map((e) => ({ now: NOW, ...e.request, text: parseMarked(e.text).text })),
        ...rule.examples.clean.map((e) => (typeof e === 'string' ? { now: NOW, text: e } : { now: NOW, ...e.request, text: e.text })),
      ]),
      ...loadCorpus('tests/corpus', ['dev']).map(({ file: _f, split: _s, line: _l, expect: _e, ...request }) => request),
    ];
    expect(requests.length).toBeGreaterThan(1200);
    let flagged = 0;
    for (const request of requests) {
      const expected = check(request as never);
      expect(stripped(request as never), request.text).toEqual(expected);
      if (expected.findings.length) flagged++;
    }
    expect(flagged).toBeGreaterThan(500);
  }, 120_000);
});
