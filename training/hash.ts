/**
 * The hash of everything the committed model was made from: the training
 * code, the suite generator, the featuriser and its vocabularies, and the
 * data files. Recorded in the weights; a unit test recomputes it, so a model
 * left stale by a change to any of these fails the build until retrained.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './data';

/** Files and folders (relative to the repository) that make the model. */
export const MODEL_INPUTS = [
  'training',
  'utils/model',
  'utils/text/fold.ts',
  'utils/text/tokens.ts',
  'rules/model/groups.ts',
  'rules/model/targets.ts',
  'rules/model/vocabulary.ts',
  'rules/data/names.ts',
  'tests/corpus/dev',
  'tests/corpus/holdout-3',
  'tests/corpus/holdout-4',
  'tests/corpus/holdout-5',
  'tests/corpus/holdout-6',
  'tests/corpus/holdout-7',
];

/** Outputs and notes inside the inputs that do not change the model. */
const IGNORED = /(?:^|\/)(?:README\.md|report[\w-]*\.json)$/u;

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(`${path}/${name}`));
}

export function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of MODEL_INPUTS.flatMap(files).filter((f) => !IGNORED.test(f)).sort()) {
    hash.update(relative(ROOT, join(ROOT, file)));
    hash.update('\0');
    hash.update(readFileSync(join(ROOT, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
