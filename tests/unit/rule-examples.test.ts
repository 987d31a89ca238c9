/**
 * LanguageTool-style harness: every rule's own examples. A flagged example must
 * produce exactly the marked spans from that rule, offer the expected suggestion
 * (or, where no replacement reads well in place, the expected sentence rewrite),
 * and stop firing there once it is applied; clean examples must
 * produce nothing from that rule.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { check } from '../../utils/engine/engine';
import { parseMarked } from '../support/examples';

const NOW = '2026-11-23T12:00:00Z';

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  const run = (text: string, request: object = {}) =>
    check({ now: NOW, ...request, text }, { rules: [rule] }).findings;
  const place = (finding: { in?: string; start: number; end: number }) => `${finding.in ?? 'text'}:${finding.start}-${finding.end}`;

  it.each(rule.examples.flagged.map((example) => [example.text, example] as const))('flags %s', (_text, example) => {
    const marked = parseMarked(example.text);
    const inQuoted = example.request?.quoted !== undefined && marked.spans.length === 0;
    const findings = run(marked.text, example.request);
    if (!inQuoted) {
      expect(findings.map(place)).toEqual(marked.spans.map((span) => `text:${span.start}-${span.end}`));
    } else {
      expect(findings.length).toBeGreaterThan(0);
    }
    for (const finding of findings) {
      expect(finding.category).toBe(rule.category);
      expect(finding.severity).toBe(example.severity ?? rule.severity);
      if (example.suggestion !== undefined) expect(finding.suggestions).toContain(example.suggestion);
    }
    if (example.suggestion !== undefined && !inQuoted) {
      // Apply the suggestion to the first span: the rule must no longer fire on what replaced it.
      const first = marked.spans[0]!;
      const fixed = marked.text.slice(0, first.start) + example.suggestion + marked.text.slice(first.end);
      const after = run(fixed, example.request);
      const replaced = { start: first.start, end: first.start + example.suggestion.length };
      expect(after.filter((f) => !f.in && f.start < replaced.end && f.end > replaced.start)).toEqual([]);
    }
    if (example.rewrite !== undefined && !inQuoted) {
      // No replacement reads well in place: the sentence is rewritten (or removed) and the rule stops firing there.
      const rewrite = findings[0]?.rewrite;
      expect(findings[0]?.suggestions).toEqual([]);
      expect(rewrite?.text).toBe(example.rewrite);
      const fixed = marked.text.slice(0, rewrite!.start) + rewrite!.text + marked.text.slice(rewrite!.end);
      const replaced = { start: rewrite!.start, end: rewrite!.start + rewrite!.text.length };
      expect(run(fixed, example.request).filter((f) => !f.in && f.start <= replaced.end && f.end >= replaced.start)).toEqual([]);
    }
  });

  it.each(rule.examples.clean.map((example) => (typeof example === 'string' ? { text: example } : example)).map((e) => [e.text, e] as const))(
    'leaves clean: %s',
    (_text, example) => {
      expect(run(example.text, example.request)).toEqual([]);
    },
  );
});
