/** npm run readme: rewrites the README's rule catalogue from the rules' metadata. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '../rules';
import { withCatalogue } from '../utils/docs/catalogue';

const path = fileURLToPath(new URL('../README.md', import.meta.url));
const before = readFileSync(path, 'utf8');
const after = withCatalogue(before, RULES);
if (after !== before) writeFileSync(path, after);
process.stdout.write(after === before ? 'README.md rule catalogue is up to date\n' : 'README.md rule catalogue rewritten\n');
