/**
 * The JSONL side of the check contract: one result line per request line, in
 * order; a malformed line gets an error on its own line and the run goes on.
 */
import { checkInput, parseRequest, toInput } from '../engine/engine';
import type { Finding } from '../engine/types';

export type ResultLine =
  | { id: string | number | null; findings: Finding[]; failures?: Array<{ ruleId: string; error: string }> }
  | { id: string | number | null; error: string };

function idOf(value: unknown): string | number | null {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
}

export function checkLine(line: string, now: Date = new Date()): ResultLine {
  if (line.trim() === '') return { id: null, error: 'empty line: expected one JSON request' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = parseRequest(value);
  if (!parsed.ok) return { id: idOf(value), error: `invalid request: ${parsed.error}` };
  const { findings, failures } = checkInput(toInput(parsed.request, now));
  return { id: parsed.request.id ?? null, findings, ...(failures.length ? { failures } : {}) };
}
