/**
 * A small static check for the regexes rules and text utilities write by hand:
 * finds every regex literal and `new RegExp('...')`/`RegExp('...')` with a
 * literal pattern in TypeScript sources, parses the pattern, and flags the
 * shapes that backtrack catastrophically in V8 (rules/README.md, "Performance
 * and safety"). It is a heuristic, not a proof: the timing test in
 * engine-backtracking.test.ts is the real guard; this one points at the line.
 *
 * A pattern that is flagged but provably safe can be marked with a comment
 * containing `regex-safe: <why>` on its line or the line above.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

interface Quant {
  min: number;
  max: number;
}
type Node =
  | { kind: 'atom'; src: string; quant?: Quant }
  | { kind: 'assert'; src: string }
  | { kind: 'group'; src: string; alts: Node[][]; look: boolean; quant?: Quant };

/** Repetition bounds at or above this count as "many" when nested. */
const MANY = 10;

export function parseRegex(pattern: string): Node[][] {
  let i = 0;
  function alternatives(): Node[][] {
    const alts: Node[][] = [[]];
    while (i < pattern.length && pattern[i] !== ')') {
      if (pattern[i] === '|') {
        i++;
        alts.push([]);
        continue;
      }
      const node = term();
      if (node) alts[alts.length - 1]!.push(node);
    }
    return alts;
  }
  function escape(): string {
    const start = i;
    i++; // backslash
    const c = pattern[i++] ?? '';
    if ((c === 'p' || c === 'P' || c === 'u') && pattern[i] === '{') i = pattern.indexOf('}', i) + 1 || pattern.length;
    else if (c === 'u') i += 4;
    else if (c === 'x') i += 2;
    else if (c === 'c') i += 1;
    else if (c === 'k' && pattern[i] === '<') i = pattern.indexOf('>', i) + 1 || pattern.length;
    else if (/[1-9]/.test(c)) while (/\d/.test(pattern[i] ?? '')) i++;
    return pattern.slice(start, i);
  }
  function term(): Node | undefined {
    const start = i;
    const c = pattern[i]!;
    let node: Node;
    if (c === '\\') {
      const src = escape();
      if (src === '\\b' || src === '\\B') return { kind: 'assert', src };
      node = { kind: 'atom', src };
    } else if (c === '[') {
      i++;
      if (pattern[i] === '^') i++;
      if (pattern[i] === ']') i++;
      let depth = 1;
      while (i < pattern.length && depth > 0) {
        if (pattern[i] === '\\') i += 2;
        else {
          if (pattern[i] === '[') depth++; // v-flag nested classes
          if (pattern[i] === ']') depth--;
          i++;
        }
      }
      node = { kind: 'atom', src: pattern.slice(start, i) };
    } else if (c === '(') {
      i++;
      let look = false;
      if (pattern[i] === '?') {
        const head = pattern.slice(i, i + 3);
        if (head.startsWith('?:')) i += 2;
        else if (head.startsWith('?=') || head.startsWith('?!')) (i += 2), (look = true);
        else if (head === '?<=' || head === '?<!') (i += 3), (look = true);
        else if (head.startsWith('?<')) i = pattern.indexOf('>', i) + 1;
        else if (/^\?[imsx-]/.test(head)) i = pattern.indexOf(':', i) + 1; // modifiers (?i:...)
      }
      const alts = alternatives();
      i++; // ')'
      node = { kind: 'group', src: pattern.slice(start, i), alts, look };
    } else if (c === '^' || c === '$') {
      i++;
      return { kind: 'assert', src: c };
    } else {
      i++;
      node = { kind: 'atom', src: c };
    }
    const quant = quantifier();
    if (quant) {
      node.quant = quant;
      node.src = pattern.slice(start, i);
    }
    return node;
  }
  function quantifier(): Quant | undefined {
    const c = pattern[i];
    let quant: Quant | undefined;
    if (c === '*') quant = { min: 0, max: Infinity };
    else if (c === '+') quant = { min: 1, max: Infinity };
    else if (c === '?') quant = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (!m) return undefined;
      const min = Number(m[1]);
      quant = { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity };
      i += m[0].length - 1;
    } else return undefined;
    i++;
    if (pattern[i] === '?') i++; // lazy
    return quant;
  }
  const alts = alternatives();
  return alts;
}

const repeats = (node: Node): boolean => node.kind !== 'assert' && node.quant !== undefined && node.quant.max >= MANY;
const optional = (node: Node): boolean => node.kind === 'assert' || (node.quant !== undefined && node.quant.min === 0) || (node.kind === 'group' && node.look);
const bareSrc = (node: Node): string => (node.kind === 'atom' && node.quant ? node.src.replace(/(?:[*+?]|\{\d+(?:,\d*)?\})\??$/, '') : node.src);
/** Does anything inside repeat many times? */
function containsRepeat(nodes: Node[]): boolean {
  return nodes.some((node) => repeats(node) || (node.kind === 'group' && node.alts.some(containsRepeat)));
}
/** Does anything inside repeat without bound? (Look-arounds may repeat a bounded number of times.) */
function containsUnbounded(nodes: Node[]): boolean {
  return nodes.some((node) => (node.kind !== 'assert' && node.quant?.max === Infinity) || (node.kind === 'group' && node.alts.some(containsUnbounded)));
}
/** Every atom that repeats many times, at any depth, as its bare source. */
function repeatedAtoms(nodes: Node[], out: string[] = []): string[] {
  for (const node of nodes) {
    if (node.kind === 'atom' && repeats(node)) out.push(bareSrc(node));
    if (node.kind === 'group') for (const alt of node.alts) repeatedAtoms(alt, out);
  }
  return out;
}
const WILDCARD = new Set(['.', '[^]', '[\\s\\S]', '[\\S\\s]', '[\\d\\D]', '[\\w\\W]']);
/** A negated shorthand (S, W, D) matches anything but its complement: the only pairs known to be disjoint. */
const COMPLEMENT: Record<string, string> = { '\\S': '\\s', '\\s': '\\S', '\\W': '\\w', '\\w': '\\W', '\\D': '\\d', '\\d': '\\D' };
const NEGATED = /^\\[SWD]$/;
const overlaps = (a: string, b: string): boolean =>
  a === b || WILDCARD.has(a) || WILDCARD.has(b) || ((NEGATED.test(a) || NEGATED.test(b)) && COMPLEMENT[a] !== b);

export interface RegexProblem {
  kind: 'nested-quantifier' | 'overlapping-alternatives' | 'unbounded-lookaround' | 'adjacent-quantifiers';
  part: string;
  fix: string;
}

const FIX: Record<RegexProblem['kind'], string> = {
  'nested-quantifier':
    'a repeated group contains something that repeats too, with nothing fixed to separate the repetitions, so a failed match tries every way of splitting the text (exponential). ' +
    'Fix: start each repetition with a character the inner part cannot match, e.g. (\\w+\\s?)* -> \\w+(?:\\s+\\w+)*; or bound it, e.g. {0,4}; or walk doc.tokens instead of one big regex.',
  'overlapping-alternatives':
    'alternatives that can match the same text sit under a repetition ((a|a)*, (a|ab)*), so the engine tries every combination. ' +
    'Fix: make the alternatives start differently or factor out the common prefix: (a|ab)* -> (?:ab?)*.',
  'unbounded-lookaround':
    'a look-around contains an unbounded repetition, so it rescans the text at every position (quadratic). ' +
    'Fix: bound it, e.g. (?<![\\w.]{0,3}), (?=[^\\n]{0,60}word), or check the context in code with doc.sentenceAt(start).',
  'adjacent-quantifiers':
    'two repetitions next to each other match the same characters (\\d+\\d*, .*\\s*.*), so every split between them is tried on failure (polynomial). ' +
    'Fix: merge them (\\d+) or put a required character between them that the first cannot match.',
};

export function findProblems(pattern: string): RegexProblem[] {
  const problems: RegexProblem[] = [];
  const add = (kind: RegexProblem['kind'], part: string) => {
    if (!problems.some((p) => p.kind === kind && p.part === part)) problems.push({ kind, part, fix: FIX[kind] });
  };
  function visit(alts: Node[][]): void {
    for (const alt of alts) {
      // Adjacent repetitions over the same characters, with only optional things between.
      for (let a = 0; a < alt.length; a++) {
        const first = alt[a]!;
        if (!(first.kind === 'atom' && repeats(first))) continue;
        for (let b = a + 1; b < alt.length; b++) {
          const next = alt[b]!;
          if (next.kind === 'atom' && repeats(next) && overlaps(bareSrc(first), bareSrc(next))) add('adjacent-quantifiers', `${first.src}...${next.src}`);
          if (!optional(next)) break;
        }
      }
      for (const node of alt) {
        if (node.kind !== 'group') continue;
        if (node.look && node.alts.some(containsUnbounded)) add('unbounded-lookaround', node.src);
        if (repeats(node)) {
          for (const inner of node.alts) {
            if (!containsRepeat(inner)) continue;
            const inside = repeatedAtoms(inner);
            // A separator: a required, non-repeating atom that none of the repeating parts can match.
            const separated = inner.some(
              (n) => n.kind === 'atom' && !optional(n) && !repeats(n) && !inside.some((r) => overlaps(r, bareSrc(n))),
            );
            if (!separated) add('nested-quantifier', node.src);
          }
          const srcs = node.alts.map((alt) => alt.map((n) => n.src).join(''));
          const literal = (s: string) => /^[^\\[\](){}*+?.|^$]*$/.test(s);
          for (let x = 0; x < srcs.length; x++)
            for (let y = 0; y < srcs.length; y++)
              if (x !== y && srcs[x] !== '' && (srcs[x] === srcs[y] || (literal(srcs[x]!) && literal(srcs[y]!) && srcs[y]!.startsWith(srcs[x]!))))
                add('overlapping-alternatives', node.src);
        }
        visit(node.alts);
      }
    }
  }
  visit(parseRegex(pattern));
  return problems;
}

export interface FoundRegex {
  file: string;
  line: number;
  pattern: string;
  flags: string;
  suppressed: boolean;
}

/** Every regex literal and RegExp constructor with a literal pattern in the .ts files under `dirs`. */
export function collectRegexes(root: string, dirs: string[]): FoundRegex[] {
  const found: FoundRegex[] = [];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !/\.d\.ts$/.test(name)) files.push(path);
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const record = (node: ts.Node, pattern: string, flags: string) => {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const suppressed = /regex-safe:/.test(lines[line] ?? '') || /regex-safe:/.test(lines[line - 1] ?? '');
      found.push({ file: relative(root, path), line: line + 1, pattern, flags, suppressed });
    };
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const slash = literal.lastIndexOf('/');
        record(node, literal.slice(1, slash), literal.slice(slash + 1));
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [first, second] = node.arguments ?? [];
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          record(node, first.text, second && ts.isStringLiteral(second) ? second.text : '');
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
