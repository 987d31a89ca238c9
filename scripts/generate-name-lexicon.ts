/** npm run generate:lexicon: rewrites utils/text/lexicon/compromise.generated.ts from the installed compromise. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { listsFromCompromise, renderLexiconModule } from '../utils/text/lexicon/from-compromise';

const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
const out = fileURLToPath(new URL('../utils/text/lexicon/compromise.generated.ts', import.meta.url));
writeFileSync(out, renderLexiconModule(listsFromCompromise(model.one.lexicon), nlp.version));
process.stdout.write(`wrote ${out}\n`);
