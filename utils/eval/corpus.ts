/**
 * The labelled corpus: DESIGN.md requests plus `expect` (the categories a good
 * checker raises at medium/high), optional `spans` (the text that must be
 * covered, per category) and a `note`. Files live in tests/corpus/<split>/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { checkRequestSchema, describeError } from '../engine/request';
import { CATEGORIES } from '../engine/types';

export const corpusEntrySchema = checkRequestSchema.extend({
  id: z.string().min(1),
  expect: z.array(z.enum(CATEGORIES)),
  spans: z.partialRecord(z.enum(CATEGORIES), z.array(z.string().min(1))).optional(),
  note: z.string().optional(),
});
export type CorpusEntry = z.output<typeof corpusEntrySchema> & { file: string; split: string; line: number };

export function loadCorpus(root: string, splits?: string[]): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const split of splits ?? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = join(root, split);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort()) {
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (line.trim() === '') return;
        const where = `${split}/${file}:${index + 1}`;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (error) {
          throw new Error(`${where}: not valid JSON (${(error as Error).message})`);
        }
        const parsed = corpusEntrySchema.safeParse(value);
        if (!parsed.success) throw new Error(`${where}: ${describeError(parsed.error)}`);
        entries.push({ ...parsed.data, file: `${split}/${file}`, split, line: index + 1 });
      });
    }
  }
  return entries;
}
