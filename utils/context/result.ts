/**
 * What every context parser returns: the parsed value, or one plain-words
 * error and nothing else, so a caller can never apply half an import.
 */
import type { z } from 'zod';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/**
 * Zod issues in plain words, each prefixed with its field path:
 * "accounts.2.kind: expected one of personal, councillor, council".
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], root = 'settings', names: Readonly<Record<string, string>> = {}): string {
  return issues.map((issue) => `${fieldName(issue.path, names) ?? (issue.path.length ? issue.path.join('.') : root)}: ${plainMessage(issue)}`).join('; ');
}

/** The field as the person knows it ("Your council’s social media policy"), from its path or the path's first two parts. */
function fieldName(path: readonly PropertyKey[], names: Readonly<Record<string, string>>): string | undefined {
  const full = path.map(String).join('.');
  return names[full] ?? names[path.slice(0, 2).map(String).join('.')] ?? names[String(path[0] ?? '')];
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      // zod reports a missing field as "received undefined", which means nothing to a councillor.
      return issue.message.includes('received undefined')
        ? `missing (expected ${issue.expected})`
        : plainMessageText(issue.message);
    case 'invalid_key':
      // A record key that fails its own check: say what the key should be, not "Invalid key in record".
      return issue.issues.map((inner) => plainMessage(inner as z.core.$ZodIssue)).join(', ');
    case 'invalid_format':
      return issue.format === 'datetime' ? 'expected a date and time like 2026-05-07T19:00:00Z' : plainMessageText(issue.message);
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    default:
      return plainMessageText(issue.message);
  }
}

const plainMessageText = (message: string) => message.replace(/^Invalid input: /, '');
