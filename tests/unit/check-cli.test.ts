/** The check CLI's edges (issue 11, problem 8): a BOM, a non-UTF-8 file, line numbers, the human mode's context. */
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../utils/engine/engine';
import { humanRequest } from '../../utils/cli/human';
import { checkLines, NOT_UTF8 } from '../../utils/cli/jsonl';

const NI = '{"id":"ni","text":"Mrs Price NI number AB123456C"}';

async function run(...chunks: Array<Uint8Array | string>): Promise<Array<Record<string, unknown>>> {
  const out: string[] = [];
  async function* input() {
    yield* chunks;
  }
  await checkLines(input(), (line) => out.push(line));
  return out.join('').trimEnd().split('\n').map((line) => JSON.parse(line));
}

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('check --jsonl', () => {
  it('reads a first line that starts with the UTF-8 byte order mark Notepad and Excel write', async () => {
    const [result] = await run(bytes([0xef, 0xbb, 0xbf], `${NI}\n`));
    expect(result).toMatchObject({ id: 'ni', findings: [expect.objectContaining({ ruleId: 'ni-number', start: 20, end: 29 })] });
  });

  it('rejects a line that is not UTF-8 (a Latin-1 "é" and "£") with a clear error and its line number, and goes on', async () => {
    const latin1 = bytes('{"id":"l1","text":"caf', [0xe9], ' ', [0xa3], '5 for Mrs Price"}\n', `${NI}\n`);
    const results = await run(latin1);
    expect(results[0]).toEqual({ id: null, line: 1, error: NOT_UTF8 });
    expect(results[1]).toMatchObject({ id: 'ni' });
  });

  it('gives every error line its line number, also when the id is null or missing', async () => {
    const results = await run(`${NI}\n`, 'not json\r\n', '{"id":null,"text":5}\n', '\n', '{"id":"x","text":3}');
    expect(results.map((result) => result.line)).toEqual([undefined, 2, 3, 4, 5]);
    expect(results[2]).toMatchObject({ id: null, line: 3, error: expect.stringContaining('text') });
    expect(results[4]).toMatchObject({ id: 'x', line: 5 });
  });

  it('splits lines across chunk boundaries and CRLF endings without mangling text', async () => {
    const line = `${NI}\r\n`;
    const results = await run(line.slice(0, 10), line.slice(10), bytes('{"id":"two","text":"Caf\u00e9 opening on Tuesday"}'));
    expect(results.map((result) => result.id)).toEqual(['ni', 'two']);
    expect(results[1]).toEqual({ id: 'two', findings: [] });
  });
});

describe('check "text" (human mode)', () => {
  const pledge = 'I will vote against the Brook Farm application at planning committee, it must be refused.';

  it('--committee makes the author a committee member, so predetermination can be tried without JSON', () => {
    // Without committees it is only a low heads-up ("add your committees"); as a member it interrupts.
    const severities = (request: ReturnType<typeof humanRequest>) =>
      check(request).findings.filter((finding) => finding.category === 'predetermination').map((finding) => finding.severity);
    expect(severities(humanRequest(pledge, {}))).not.toContain('medium');
    expect(severities(humanRequest(pledge, { committee: ['Planning Committee'] }))).toContain('medium');
  });

  it('--own-contact and --name describe the author: their own number is fine to publish', () => {
    const text = 'Ring 07700 900123 for the bins.';
    expect(check(humanRequest(text, {})).findings.map((finding) => finding.ruleId)).toContain('phone-number');
    expect(check(humanRequest(text, { name: 'Jo Marsh', ownContact: ['07700 900123'] })).findings).toEqual([]);
  });

  it('the script takes the options, and a BOM file, end to end', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
    const file = join(dir, 'bom.jsonl');
    writeFileSync(file, bytes([0xef, 0xbb, 0xbf], `${NI}\n`));
    const run = (...args: string[]) => execFileSync('npx', ['tsx', 'scripts/check.ts', ...args], { encoding: 'utf8' });
    expect(JSON.parse(run('--jsonl', file))).toMatchObject({ id: 'ni', findings: [expect.objectContaining({ ruleId: 'ni-number' })] });
    const human = run('--committee', 'Planning Committee', '--surface', 'post', '--account', 'councillor', pledge);
    expect(human).toMatch(/^MEDIUM predetermination/m);
  }, 60_000);
});
