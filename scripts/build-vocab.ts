/**
 * npm run build:vocab: rewrites the generated vocabularies from the installed sources: special-category
 * terms in rules/data/vocab/, organisation names in utils/text/lexicon/ (read by the person finder).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildVocab, renderOrganisations, renderSensitive } from './vocab/build';

const dir = fileURLToPath(new URL('../rules/data/vocab/', import.meta.url));
mkdirSync(dir, { recursive: true });
const vocab = buildVocab();
writeFileSync(`${dir}sensitive.generated.ts`, renderSensitive(vocab));
writeFileSync(fileURLToPath(new URL('../utils/text/lexicon/organisations.generated.ts', import.meta.url)), renderOrganisations(vocab));
for (const [kind, terms] of Object.entries(vocab.sensitive)) process.stdout.write(`${kind}: ${terms.length}\n`);
process.stdout.write(`nationalities: ${vocab.nationalities.length}\norganisations: ${vocab.organisations.length}\n`);
