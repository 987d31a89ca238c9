/**
 * What each entrypoint of the built extension loads, raw and gzipped, from the build itself (so
 * the README's figures come from here, not from memory):
 *   npm run size                      after npm run build (reads .output/chrome-mv3)
 *   npm run size -- --dir DIR         another build folder
 *   npm run size -- --check           also fail when a content script is over its budget
 * A content script is loaded into every X and Facebook tab, so it has a budget; the popup's
 * engine chunk is listed apart because the popup loads it only when the scratchpad is used.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

/**
 * Content scripts, gzipped: 292 kB before zod left them, 260 kB after, 379 kB on 2026-12-07 once
 * the trained tier's weights and the built vocabularies landed, and 296.5 kB after issue 9's cuts
 * the same day (docs/build.md#sizes): the pages' message catalogues left them, generated word
 * lists are front-coded, the model file is symbol-coded, and the build drops the rules' test
 * fixtures. Then 314.1 kB: the retrained tier keeps 12,000 weights per head instead of 9,000
 * (+15 kB; it measured better on every held-out split, training/train.ts says by how much) and
 * the personal-data round added vocabulary (+3 kB). Then 295.6 / 295.9 kB: the rules' Welsh texts
 * left them (the background sends them with the settings to a Welsh reader's tabs, -18.3 kB), under
 * the issues' target of 299 kB. The round that followed (personal data round 4, the false-alarm
 * round's rules) took them to 298.6 / 299.0 kB; the predetermination and confidential heads then
 * kept 10,000 weights instead of 11,500 (-2.5 kB; training/train.ts), 295.9 / 296.2 kB. Then
 * 277.9 / 278.3 kB: libphonenumber-js's metadata cut to +44 (-17.9 kB; docs/build.md). Round 5's
 * trained tier took that room (a fifth head, special-category, and wider discrimination and respect
 * heads: weights 63.8 -> 81.1 kB) with the round's rules, 297.3 / 297.5 kB; the build then dropped
 * the lexicon entries' notes nothing reads at run time (-4.8 kB), 292.4 / 292.7 kB. The budget
 * stays at 297 kB; any growth past it has to be argued for here, and past 299 kB it misses the
 * target again.
 */
export const CONTENT_SCRIPT_BUDGET_KB = 297;

const { values } = parseArgs({ options: { dir: { type: 'string' }, check: { type: 'boolean' } } });
const dir = values.dir ?? join(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
if (!existsSync(join(dir, 'manifest.json'))) {
  process.stderr.write(`size: no build in ${dir}: run "npm run build" first (or pass --dir)\n`);
  process.exit(2);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sizeOf = (file: string) => {
  const bytes = readFileSync(join(dir, file));
  return { raw: bytes.length, gz: gzipSync(bytes).length };
};

/** A file and every chunk it imports statically (not `import()`: those load on demand). */
function staticClosure(files: string[]): { files: Set<string>; lazy: Set<string> } {
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(join(dir, file))) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dir, file), 'utf8');
    const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const resolve = (spec: string) => (spec.startsWith('/') ? spec.slice(1) : relative('.', join(base, spec)));
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) queue.push(resolve(match[1]!));
    for (const match of code.matchAll(/\bimport\(\s*["']([^"']+\.js)["']\s*\)/g)) lazy.add(resolve(match[1]!));
  }
  for (const file of seen) lazy.delete(file);
  return { files: seen, lazy };
}

/** The scripts and styles an HTML page loads. */
function pageAssets(html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  return [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
}

interface Row {
  entry: string;
  files: string[];
  raw: number;
  gz: number;
}
const row = (entry: string, files: Iterable<string>): Row => {
  const list = [...files].sort();
  const sizes = list.map(sizeOf);
  return { entry, files: list, raw: sizes.reduce((a, s) => a + s.raw, 0), gz: sizes.reduce((a, s) => a + s.gz, 0) };
};

const rows: Row[] = [];
const lazyChunks = new Set<string>();
const contentDir = join(dir, 'content-scripts');
const contentScripts = existsSync(contentDir) ? readdirSync(contentDir).filter((f) => f.endsWith('.js') || f.endsWith('.css')) : [];
for (const file of contentScripts) rows.push(row(`content script ${file}`, [`content-scripts/${file}`]));
if (existsSync(join(dir, 'background.js'))) {
  const closure = staticClosure(['background.js']);
  closure.lazy.forEach((file) => lazyChunks.add(file));
  rows.push(row('background', closure.files));
}
for (const page of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
  const closure = staticClosure(pageAssets(page));
  closure.lazy.forEach((file) => lazyChunks.add(file));
  rows.push(row(`${page} (on opening)`, closure.files));
}
for (const file of lazyChunks) rows.push(row(`${file} (loaded on demand)`, staticClosure([file]).files));

const width = Math.max(...rows.map((r) => r.entry.length));
process.stdout.write(`Built extension in ${dir} (gzip level 6)\n`);
for (const r of rows) {
  process.stdout.write(`${r.entry.padEnd(width)}  ${kb(r.raw).padStart(7)} kB raw  ${kb(r.gz).padStart(6)} kB gz  ${r.files.join(', ')}\n`);
}

if (values.check) {
  const over = rows.filter((r) => r.entry.startsWith('content script') && r.gz / 1024 > CONTENT_SCRIPT_BUDGET_KB);
  if (contentScripts.length === 0) {
    process.stderr.write('size: no content scripts found in the build\n');
    process.exit(1);
  }
  for (const r of over) process.stderr.write(`size: ${r.entry} is ${kb(r.gz)} kB gzipped, over its ${CONTENT_SCRIPT_BUDGET_KB} kB budget\n`);
  if (over.length) process.exit(1);
  process.stdout.write(`Every content script is within its ${CONTENT_SCRIPT_BUDGET_KB} kB gzipped budget.\n`);
}
