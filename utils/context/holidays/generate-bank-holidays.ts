/**
 * Writes bank-holidays.generated.ts: the bank holidays of England and Wales,
 * computed at build time by date-holidays-parser from date-holidays' GB data.
 *
 *     npx tsx utils/context/holidays/generate-bank-holidays.ts
 *
 * Why not at run time: the parser imports moment-timezone (all zones) and
 * astronomia, so parser + GB data bundled with esbuild came to 1.07 MB
 * minified / 153 kB gzipped, far too much for a content script. The table
 * this writes is about 2.5 kB (under 1 kB gzipped). Re-run it after updating
 * date-holidays, which is where newly announced one-off holidays arrive
 * (a test fails when the table is stale).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBankHolidayTable, renderTableModule } from './bank-holiday-table';

const target = fileURLToPath(new URL('../bank-holidays.generated.ts', import.meta.url));
writeFileSync(target, renderTableModule(buildBankHolidayTable()));
console.log(`wrote ${target}`);
