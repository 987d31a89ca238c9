/**
 * The engine's core: a validated draft and context in, findings out. Rules run independently; one
 * that throws or returns a bad span is reported as a failure and the others still run. No zod
 * here: the content scripts call this on every check with a context validated when the settings
 * loaded (engine.ts validates requests from everywhere else, then calls this).
 */
import { RULES } from '../../rules';
import { Doc } from './doc';
import { reviewSuggestions } from './suggestions';
import { REPLACEMENTS, VALUES, type CheckInput, type Finding, type RawFinding, type Rule, type RuleTexts, type RuleValues, type Severity } from './types';

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
      const reviewed = one.in === 'quoted' || !one.suggestions?.length ? one : { ...one, ...reviewSuggestions(input.text, one, one.suggestions, context.doc.sentences) };
      const finding = complete(rule, reviewed, texts?.[rule.id]);
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
    ...(rule.url ? { sourceUrl: rule.url } : {}),
    suggestions: (raw.suggestions ?? []).map((s) => translateReplacement(s, local?.[REPLACEMENTS])),
    ...(raw.rewrite ? { rewrite: { ...raw.rewrite, text: translateReplacement(raw.rewrite.text, local?.[REPLACEMENTS]) } } : {}),
  };
}

/** A suggestion in the user's language: the rule's own words swapped, the draft's words left as typed. */
function translateReplacement(text: string, words?: Readonly<Record<string, string>>): string {
  if (!words || text === '') return text;
  let out = text;
  for (const english of Object.keys(words).sort((a, b) => b.length - a.length)) {
    if (out.includes(english)) out = out.split(english).join(words[english]!);
  }
  return out;
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
