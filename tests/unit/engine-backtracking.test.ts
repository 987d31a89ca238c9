/**
 * Catastrophic backtracking guard for the engine with every registered rule.
 *
 * 1. Worst-case inputs, built against the shapes rule regexes use (runs of
 *    digits, spaces, one letter, "1 1 1", "@a.", "Flat 1, ", "Aaa Aaa", "[[",
 *    "((", "--", apostrophes, one very long word, emoji...), at 1k, 4k, 16k and
 *    64k characters. For each input the engine's time (CPU time, not wall time,
 *    so that other processes on a loaded 2-core machine are not charged to it;
 *    the minimum of several runs) must grow at
 *    most roughly linearly: time(4x the size) < 8x, and stay under a generous
 *    ceiling per character. A quadratic regex fails the first, an exponential
 *    one both. Not a benchmark: the bounds are 10x looser than the targets.
 *    On failure the message names the rule, timed one by one.
 * 2. A static scan of every regex in rules/ and utils/ for nested or
 *    overlapping quantifiers and unbounded look-arounds, with how to fix each.
 */
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { checkInput, parseRequest, toInput } from '../../utils/engine/engine';
import { Doc } from '../../utils/engine/doc';
import { peopleIn } from '../../rules/detect/people';
import type { CheckInput, Rule } from '../../utils/engine/types';
import { collectRegexes, findProblems } from '../support/regex-safety';

const SIZES = [1_000, 4_000, 16_000, 64_000] as const;
/**
 * Growth allowed for 4x the text: linear is 4; quadratic is 16. Linear code
 * measures up to ~9x from 16k to 64k characters here (the heap outgrows V8's
 * young generation, so collections get dearer) and back to ~5x from 64k to
 * 256k, so 10 keeps a clear margin below quadratic without flaking.
 */
const MAX_GROWTH = 10;
/** Times under this are noise: growth is measured from at least this much. */
const FLOOR_MS = 5;
/** The targets are ~1 µs per character (20 ms for 20,000); this is 25x head room for a loaded 2-core machine. */
const CEILING_US_PER_CHAR = 25;
/** Below this size fixed costs (rule set-up, lexicon look-ups) dominate: no per-character ceiling there. */
const CEILING_FROM = 16_000;
/** A single run longer than this stops the input: it is already far over the ceiling. */
const GIVE_UP_MS = 3_000;

/** Units repeated to each size. */
const WORST_CASES: Record<string, string> = {
  'digits': '1',
  'spaces': ' ',
  'one letter': 'a',
  'one capital': 'A',
  'digit space': '1 ',
  'digit dash': '1-',
  'digit slash': '1/',
  'phone-ish': '07700 ',
  'plus paren digits': '+(0',
  '@a.': '@a.',
  'email-ish': 'a.b@',
  'Flat 1, ': 'Flat 1, ',
  'house number street': '14 High ',
  'Aaa Aaa': 'Aaa ',
  'honorifics': 'Mrs ',
  'Mr A.': 'Mr A. ',
  'postcode-ish': 'LS6 ',
  'NI-ish': 'AB 12 ',
  'dots': '.',
  'newlines': '\n',
  'tabs and nbsp': '\t\u00A0',
  '[[': '[[',
  '((': '((',
  '--': '--',
  'apostrophes': "'",
  'curly apostrophes': '\u2019',
  "O'a-": "O'a-",
  'long word': 'abcdefghijklmnopqrstuvwxyz',
  'alphanumeric word': 'a1B2',
  'zero-width': 'a\u200B',
  'combining marks': 'e\u0301',
  'emoji': '\u{1F600}',
  'emoji ZWJ': '\u{1F468}\u200D',
};

const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function inputFor(text: string): CheckInput {
  const parsed = parseRequest({
    text,
    quoted: text.slice(0, 1_000),
    surface: 'reply',
    now: '2026-03-03T19:05:00Z',
    profile: { committees: ['Planning Committee', 'Licensing Sub-Committee'], ownContacts: ['07700 900123'] },
    election: { poll: '2026-05-07', noticeOfElection: '2026-03-26' },
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return toInput(parsed.request);
}

/**
 * A full collection before each timed run, so that a run does not pay for the
 * garbage of the one before (and a 64k run is not judged by when V8 happens to
 * promote the previous run's objects): the time left is the rules' own work.
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? () => (gc as () => void)() : () => {};
})();

/**
 * This process's CPU time in ms. Wall time counts every moment the scheduler gave the CPU to
 * someone else: with other jobs on the machine a linear rule measured 12x for 4x the text.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Minimum over several runs (each on a fresh Doc), stopping early if one run is already hopeless. */
function minTime(input: CheckInput, rules: readonly Rule[], runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    collectGarbage();
    const t0 = cpuMs();
    checkInput(input, { rules });
    const took = cpuMs() - t0;
    best = Math.min(best, took);
    if (took > GIVE_UP_MS) break;
  }
  return best;
}

const runsFor = (size: number) => (size >= 64_000 ? 2 : 3);

/** The engine's time per size, ascending; stops when a size is already far too slow. */
function profile(unit: string, rules: readonly Rule[]): Map<number, number> {
  const times = new Map<number, number>();
  for (const size of SIZES) {
    const time = minTime(inputFor(repeatTo(unit, size)), rules, runsFor(size));
    times.set(size, time);
    // Already over the ceiling: a bigger size would only take longer to say the same.
    if (time > GIVE_UP_MS || (size >= CEILING_FROM && (time * 1000) / size > CEILING_US_PER_CHAR)) break;
  }
  return times;
}

function problemsWith(times: Map<number, number>): string[] {
  const problems: string[] = [];
  for (let k = 1; k < SIZES.length; k++) {
    const small = times.get(SIZES[k - 1]!);
    const large = times.get(SIZES[k]!);
    if (small === undefined) break;
    if (large === undefined) {
      problems.push(`stopped after ${SIZES[k - 1]} characters took ${small.toFixed(0)} ms (over the ceiling)`);
      break;
    }
    const growth = large / Math.max(small, FLOOR_MS);
    if (growth >= MAX_GROWTH) problems.push(`${SIZES[k]}/${SIZES[k - 1]} characters took ${growth.toFixed(1)}x longer (linear is 4x)`);
  }
  for (const [size, time] of times) {
    if (size < CEILING_FROM) continue;
    const usPerChar = (time * 1000) / size;
    if (usPerChar > CEILING_US_PER_CHAR) problems.push(`${size} characters took ${time.toFixed(0)} ms, ${usPerChar.toFixed(1)} µs per character (ceiling ${CEILING_US_PER_CHAR})`);
  }
  return problems;
}

/**
 * Which rules make this input slow: each rule's own check() on a Doc whose shared
 * views are already computed (so the rule is not charged for fold/tokens/people),
 * at the largest size that finished and a quarter of it, slowest first; and the
 * shared views themselves, which every rule relies on.
 */
function blame(unit: string, times: Map<number, number>): string {
  const sizes = [...times.keys()];
  const size = sizes.length >= 2 ? sizes[sizes.length - 1]! : SIZES[1];
  const smaller = size / 4;
  const prepared = (n: number) => {
    const input = inputFor(repeatTo(unit, n));
    const doc = new Doc(input.text);
    const quotedDoc = new Doc(input.quoted ?? '');
    for (const d of [doc, quotedDoc]) void [d.folded, d.foldedWords, d.tokens, d.sentences, peopleIn(d)];
    return { input, doc, quotedDoc };
  };
  const best = (fn: () => void) => {
    let min = Infinity;
    for (let r = 0; r < 2; r++) {
      collectGarbage();
      const t0 = cpuMs();
      fn();
      min = Math.min(min, cpuMs() - t0);
    }
    return min;
  };
  const large = prepared(size);
  const small = prepared(smaller);
  const views = (n: number) => best(() => {
    const d = new Doc(repeatTo(unit, n));
    void [d.folded, d.foldedWords, d.tokens, d.sentences, peopleIn(d)];
  });
  const rows = RULES.map((rule) => ({ id: rule.id, large: best(() => rule.check(large)), small: best(() => rule.check(small)) }));
  rows.push({ id: 'shared doc views (fold, tokens, sentences, people)', large: views(size), small: views(smaller) });
  return rows
    .sort((a, b) => b.large - a.large)
    .slice(0, 4)
    .map((r) => `${r.id}: ${r.small.toFixed(1)} ms at ${smaller} -> ${r.large.toFixed(1)} ms at ${size} (${(r.large / Math.max(r.small, 0.05)).toFixed(1)}x)`)
    .join('; ');
}

describe('engine time grows linearly on worst-case inputs (all registered rules)', () => {
  it.each(Object.entries(WORST_CASES))('%s', (name, unit) => {
    const times = profile(unit, RULES);
    let problems = problemsWith(times);
    const clear = problems.some((p) => p.includes('per character') || p.includes('stopped'));
    if (problems.length > 0 && !clear) {
      // Re-measure once before blaming anyone: a neighbour's burst on a loaded machine can look like growth.
      problems = problemsWith(profile(unit, RULES));
    }
    const figures = [...times].map(([size, ms]) => `${size}: ${ms.toFixed(2)} ms`).join(', ');
    expect(
      problems,
      problems.length
        ? `"${name}" (${JSON.stringify(unit)} repeated) grows faster than linearly [${figures}]: ${problems.join('; ')}. ` +
            `Slowest parts (each rule's own check, then the shared views): ${blame(unit, times)}. Look for nested or overlapping quantifiers or an unbounded look-around in that rule (see rules/README.md).`
        : '',
    ).toEqual([]);
  });
});

describe('static scan of regexes in rules/ and utils/', () => {
  const root = join(__dirname, '../..');

  it('recognises the shapes it is meant to flag, and passes the safe ones', () => {
    const kinds = (pattern: string) => findProblems(pattern).map((p) => p.kind);
    expect(kinds('(a+)+$')).toContain('nested-quantifier');
    expect(kinds('(\\w+\\s?)*x')).toContain('nested-quantifier');
    expect(kinds('(?:\\d+ ?)+x')).toContain('nested-quantifier');
    expect(kinds('(a*)*')).toContain('nested-quantifier');
    expect(kinds('(a|a)*b')).toContain('overlapping-alternatives');
    expect(kinds('(?:a|ab)+c')).toContain('overlapping-alternatives');
    expect(kinds('(?<=\\w+)x')).toContain('unbounded-lookaround');
    expect(kinds('(?=.*foo)')).toContain('unbounded-lookaround');
    expect(kinds('\\d+\\s*\\d+x')).toContain('adjacent-quantifiers'); // \s* may be empty: digits split every way
    expect(kinds('\\d+\\s+\\d+x')).toEqual([]);
    expect(kinds('\\s+(?:\\S+\\s+){0,3}$')).toEqual([]);
    expect(kinds('\\d+\\d*x')).toContain('adjacent-quantifiers');
    expect(kinds('.*a.*')).toEqual([]);
    expect(kinds('.*\\s*.*x')).toContain('adjacent-quantifiers');
    // Safe shapes the project uses.
    expect(kinds("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['\\u2019\\-][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*")).toEqual([]);
    expect(kinds('(?<![\\p{L}\\p{N}])([a-z])([a-z]) ?(\\d\\d) ?(\\d\\d) ?(\\d\\d) ?([a-d])(?![\\p{L}\\p{N}])')).toEqual([]);
    expect(kinds('[a-z0-9][a-z0-9._%+\\-]{0,63}@([a-z0-9][a-z0-9\\-]*(?:\\.[a-z0-9\\-]+)+)')).toEqual([]);
    expect(kinds('(?<![\\w.]{0,3})x(?=[^\\n]{0,60}y)')).toEqual([]);
    expect(kinds('(?=[a-z0-9\\/-]{0,12}\\d{3})[a-z0-9]+')).toEqual([]);
    expect(kinds('[.!?\\u2026]+["\')\\u2019\\u201D]*(?=\\s)|\\n+')).toEqual([]);
  });

  it('finds no nested or overlapping quantifiers and no unbounded look-arounds', () => {
    const regexes = collectRegexes(root, ['rules', 'utils']);
    expect(regexes.length, 'the scan found no regexes at all: is it looking in the right place?').toBeGreaterThan(5);
    const report: string[] = [];
    for (const regex of regexes) {
      if (regex.suppressed) continue;
      for (const problem of findProblems(regex.pattern)) {
        report.push(`${regex.file}:${regex.line}  /${regex.pattern}/${regex.flags}\n    ${problem.kind} in ${problem.part}: ${problem.fix}`);
      }
    }
    expect(
      report,
      `${report.length} risky regex shape(s). If one is provably linear, add a comment "regex-safe: <why>" on its line or the line above.\n${report.join('\n')}`,
    ).toEqual([]);
  });
});
