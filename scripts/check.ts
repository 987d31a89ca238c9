/**
 * The check CLI (shared/DESIGN.md, "The check contract").
 *   npm run --silent check -- --jsonl FILE|-      one JSON result per request line
 *   npm run --silent check -- "some text"         findings for humans
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { checkLine } from '../utils/cli/jsonl';
import { formatFindings } from '../utils/cli/human';
import { check } from '../utils/engine/engine';
import { ACCOUNT_KINDS, PLATFORMS, SURFACES } from '../utils/engine/request';

const USAGE = `usage:
  npm run --silent check -- --jsonl FILE       (FILE may be - for standard input)
  npm run --silent check -- [--platform ${PLATFORMS.join('|')}] [--surface ${SURFACES.join('|')}] [--account ${ACCOUNT_KINDS.join('|')}] "text"`;

async function runJsonl(file: string): Promise<number> {
  if (file !== '-' && !existsSync(file)) {
    process.stderr.write(`check: cannot read ${file}: no such file\n`);
    return 2;
  }
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) process.stdout.write(`${JSON.stringify(checkLine(line))}\n`);
  } catch (error) {
    process.stderr.write(`check: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  return 0;
}

function runText(text: string, values: { platform?: string; surface?: string; account?: string }): number {
  try {
    const request = Object.fromEntries(
      Object.entries({ text, platform: values.platform, surface: values.surface, account: values.account }).filter(([, value]) => value !== undefined),
    );
    const { findings, failures } = check(request as { text: string });
    process.stdout.write(`${formatFindings(text, findings)}\n`);
    for (const failure of failures) process.stderr.write(`rule ${failure.ruleId} could not run: ${failure.error}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`check: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        jsonl: { type: 'string' },
        platform: { type: 'string' },
        surface: { type: 'string' },
        account: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`check: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.jsonl !== undefined) return runJsonl(values.jsonl);
  if (positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  return runText(positionals.join(' '), values);
}

process.exitCode = await main();
