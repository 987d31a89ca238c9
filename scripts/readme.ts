/** npm run readme: rewrites the rule catalogue (docs/rules.md, linked from the README) from the rules' metadata. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '../rules';
import { withCatalogue } from '../utils/docs/catalogue';

const path = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
const before = readFileSync(path, 'utf8');
const after = withCatalogue(before, RULES);
if (after !== before) writeFileSync(path, after);
process.stdout.write(after === before ? 'docs/rules.md is up to date\n' : 'docs/rules.md rewritten\n');
