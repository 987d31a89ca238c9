/**
 * The one engine used by the extension, the CLI and the tests:
 * draft + context in, findings out. Rules run independently; one that throws
 * or returns a bad span is reported as a failure and the others still run.
 */
import { RULES } from '../../rules';
import { Doc } from './doc';
import { checkRequestSchema, describeError, type CheckRequest, type ParsedRequest } from './request';
import { VALUES, type CheckInput, type Finding, type RawFinding, type Rule, type RuleTexts, type RuleValues, type Severity } from './types';

export interface RuleFailure {
  ruleId: string;
  error: string;
}

export interface CheckResult {
  findings: Finding[];
  /** Rules that could not run; the caller shows this quietly and lets the post go through. */
  failures: RuleFailure[];
}

/** The user's per-rule settings: a disabled rule does not run; a severity replaces the rule's. */
export type RuleOverrides = Readonly<Record<string, { enabled?: boolean; severity?: Severity }>>;

export interface CheckOptions {
  rules?: readonly Rule[];
  overrides?: RuleOverrides;
  /** The rules' texts in the user's language; a rule or message missing here keeps its English. */
  texts?: RuleTexts;
}

export type ParseResult = { ok: true; request: ParsedRequest } | { ok: false; error: string };

export function parseRequest(value: unknown): ParseResult {
  const parsed = checkRequestSchema.safeParse(value);
  return parsed.success ? { ok: true, request: parsed.data } : { ok: false, error: describeError(parsed.error) };
}

export function toInput(request: ParsedRequest, fallbackNow: Date = new Date()): CheckInput {
  return { ...request, now: request.now ? new Date(request.now) : fallbackNow };
}

/** Validates, applies defaults and checks. Throws only on an invalid request. */
export function check(request: CheckRequest, options: CheckOptions = {}): CheckResult {
  const parsed = parseRequest(request);
  if (!parsed.ok) throw new Error(`invalid request: ${parsed.error}`);
  return checkInput(toInput(parsed.request), options);
}

export function checkInput(input: CheckInput, { rules = RULES, overrides = {}, texts }: CheckOptions = {}): CheckResult {
  const context = { input, doc: new Doc(input.text), quotedDoc: new Doc(input.quoted ?? '') };
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of rules) {
    const override = overrides[rule.id];
    if (override?.enabled === false) continue;
    let raw: RawFinding[];
    try {
      raw = rule.check(context);
    } catch (error) {
      failures.push({ ruleId: rule.id, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    for (const one of raw) {
      const length = one.in === 'quoted' ? (input.quoted ?? '').length : input.text.length;
      if (!(Number.isInteger(one.start) && Number.isInteger(one.end) && one.start >= 0 && one.start < one.end && one.end <= length)) {
        failures.push({ ruleId: rule.id, error: `span ${one.start}-${one.end} is outside the text` });
        continue;
      }
      const finding = complete(rule, one, texts?.[rule.id]);
      findings.push(override?.severity ? { ...finding, severity: override.severity } : finding);
    }
  }
  return { findings: sortAndDedupe(withoutDeferred(findings, rules)), failures };
}

/** Drops a deferring rule's finding where another rule already found the same category over the same words. */
function withoutDeferred(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const deferring = new Set(rules.filter((rule) => rule.defers).map((rule) => rule.id));
  if (deferring.size === 0) return findings;
  const leading = findings.filter((f) => !deferring.has(f.ruleId));
  return findings.filter(
    (f) => !deferring.has(f.ruleId) || !leading.some((l) => l.category === f.category && l.in === f.in && l.start < f.end && f.start < l.end),
  );
}

function complete(rule: Rule, raw: RawFinding, local?: RuleTexts[string]): Finding {
  const translated = local?.messages?.[raw.messageId];
  const texts = translated ?? rule.messages[raw.messageId];
  if (!texts) throw new Error(`rule ${rule.id} has no message "${raw.messageId}"`);
  const values = translated ? local?.[VALUES] : undefined;
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (whole, key: string) => valueOf(raw.data, key, values) ?? whole);
  return {
    ruleId: rule.id,
    category: raw.category ?? rule.category,
    severity: raw.severity ?? rule.severity,
    start: raw.start,
    end: raw.end,
    ...(raw.in ? { in: raw.in } : {}),
    message: fill(texts.message),
    explanation: fill(texts.explanation),
    source: local?.source ?? rule.source,
    suggestions: raw.suggestions ?? [],
  };
}

/** A placeholder's value in the message's language: a date written for it, a word translated, or the value as the rule gave it. */
function valueOf(data: RawFinding['data'], key: string, values?: RuleValues): string | undefined {
  const date = values?.dates?.[key];
  const instant = date ? data?.[date.from] : undefined;
  if (date && instant) return date.format(new Date(instant));
  const value = data?.[key];
  const words = values?.words?.[key];
  return value !== undefined && words && Object.hasOwn(words, value) ? words[value] : value;
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

function sortAndDedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings
    .sort(
      (a, b) =>
        Number(a.in === 'quoted') - Number(b.in === 'quoted') ||
        a.start - b.start ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.end - b.end,
    )
    .filter((finding) => {
      const key = `${finding.ruleId}:${finding.in ?? ''}:${finding.start}:${finding.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
