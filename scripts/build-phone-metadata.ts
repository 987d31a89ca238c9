/** npm run build:phone: rewrites rules/data/phone-metadata.generated.ts from the installed libphonenumber-js. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderPhoneMetadata } from './phone/metadata';

writeFileSync(fileURLToPath(new URL('../rules/data/phone-metadata.generated.ts', import.meta.url)), renderPhoneMetadata());
