/**
 * The check CLI (shared/DESIGN.md, "The check contract").
 *   npm run --silent check -- --jsonl FILE|-      one JSON result per request line
 *   npm run --silent check -- "some text"         findings for humans
 */
import { createReadStream, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkLines } from '../utils/cli/jsonl';
import { formatFindings, humanRequest, type HumanOptions } from '../utils/cli/human';
import { check } from '../utils/engine/engine';
import { ACCOUNT_KINDS, PLATFORMS, SURFACES } from '../utils/engine/request';

const USAGE = `usage:
  npm run --silent check -- --jsonl FILE       (FILE may be - for standard input)
  npm run --silent check -- [--platform ${PLATFORMS.join('|')}] [--surface ${SURFACES.join('|')}] [--account ${ACCOUNT_KINDS.join('|')}]
      [--name "Your Name"] [--committee "Planning Committee"]... [--own-contact "07700 900123"]... "text"`;

async function runJsonl(file: string): Promise<number> {
  if (file !== '-' && !existsSync(file)) {
    process.stderr.write(`check: cannot read ${file}: no such file\n`);
    return 2;
  }
  // Bytes, not a decoded stream: each line is decoded strictly so a Latin-1 file is reported, not guessed at.
  const input = file === '-' ? process.stdin : createReadStream(file);
  try {
    await checkLines(input, (line) => process.stdout.write(line));
  } catch (error) {
    process.stderr.write(`check: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  return 0;
}

function runText(text: string, values: HumanOptions): number {
  try {
    const { findings, failures } = check(humanRequest(text, values));
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
        name: { type: 'string' },
        committee: { type: 'string', multiple: true },
        'own-contact': { type: 'string', multiple: true },
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
  const { 'own-contact': ownContact, ...rest } = values;
  return runText(positionals.join(' '), { ...rest, ...(ownContact ? { ownContact } : {}) });
}

process.exitCode = await main();
