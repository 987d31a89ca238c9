/**
 * The rules carry their own test fixtures, LanguageTool style (STYLE.md): each rule's `examples`,
 * and in rules/data/ each lexicon entry's `flagged` examples and the `context` / `clean` /
 * `example` texts of its known false positives, and the `note` that explains an entry (outside
 * rules/data/discrimination/, whose notes the findings quote). Only the tests and docs read them; in the shipped
 * extension they would be about 25 kB gzipped of every X and Facebook tab's content script. The
 * extension build (wxt.config.ts) empties them; tests, the CLI and `npm run eval` read the source.
 *
 * What is emptied is named here and nowhere else, and only where it sits: `examples` only in the
 * object handed to `defineRule`, the false-positive texts only inside a `falsePositives` /
 * `falsePositive` value. What a false positive is recognised by (`unless`, `phrases`, `nearby`,
 * `capitalised`) stays. tests/unit/strip-fixtures.test.ts checks the engine bundled this way
 * gives the source's findings on every corpus case.
 */
import { readFileSync } from 'node:fs';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import ts from 'typescript';

const FALSE_POSITIVE_TEXTS = new Set(['context', 'clean', 'example']);
const FALSE_POSITIVE_LISTS = new Set(['falsePositives', 'falsePositive']);

/** Files whose fixtures are stripped: the rules and their data. */
export const STRIPPED_FILES = /[\\/]rules[\\/](?:data[\\/].*|[^\\/]+)\.ts$/;

const nameOf = (property: ts.ObjectLiteralElementLike): string | undefined =>
  ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;

/** The enclosing property assignment of an object literal, through any arrays between them. */
function owningProperty(node: ts.Node): string | undefined {
  let parent = node.parent;
  while (parent && ts.isArrayLiteralExpression(parent)) parent = parent.parent;
  return parent && ts.isPropertyAssignment(parent) ? nameOf(parent) : undefined;
}

const isDefineRuleArgument = (node: ts.ObjectLiteralExpression): boolean =>
  ts.isCallExpression(node.parent) && ts.isIdentifier(node.parent.expression) && node.parent.expression.text === 'defineRule';

/** The source with fixture values replaced by empty ones (same shape, so the types still hold), or undefined when there are none. */
export function stripFixtures(code: string, fileName: string): string | undefined {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const inData = /[\\/]rules[\\/]data[\\/]/.test(fileName);
  // The discrimination rules quote their entries' notes in the finding; no other rule reads a note at run time.
  const notesRead = /[\\/]rules[\\/]data[\\/]discrimination[\\/]/.test(fileName);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const owner = owningProperty(node);
      for (const property of node.properties) {
        const name = nameOf(property);
        if (!name || !ts.isPropertyAssignment(property)) continue;
        const value = property.initializer;
        if (!inData && name === 'examples' && isDefineRuleArgument(node)) edits.push({ start: value.getStart(source), end: value.end, text: '{ flagged: [], clean: [] }' });
        else if (inData && owner && FALSE_POSITIVE_LISTS.has(owner) && FALSE_POSITIVE_TEXTS.has(name)) edits.push({ start: value.getStart(source), end: value.end, text: "''" });
        else if (inData && name === 'flagged' && ts.isArrayLiteralExpression(value)) edits.push({ start: value.getStart(source), end: value.end, text: '[]' });
        else if (inData && !notesRead && name === 'note' && ts.isStringLiteralLike(value)) edits.push({ start: value.getStart(source), end: value.end, text: "''" });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return undefined;
  // Edited values never nest (an emptied value's inside is not visited for edits of its own kind), but sort and skip overlaps to be sure.
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue;
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + code.slice(at);
}

/** The same for an esbuild bundle (the bench's size line, and the test that bundles the engine this way). */
export const esbuildStripFixtures = (): EsbuildPlugin => ({
  name: 'strip-rule-fixtures',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!STRIPPED_FILES.test(args.path)) return undefined;
      const code = readFileSync(args.path, 'utf8');
      return { contents: stripFixtures(code, args.path) ?? code, loader: 'ts' };
    });
  },
});
