/**
 * The JSONL side of the check contract: one result line per request line, in
 * order; a malformed line gets an error on its own line (with its line number,
 * so a request with no usable id can still be found) and the run goes on.
 */
import { checkInput, parseRequest, toInput } from '../engine/engine';
import type { Finding } from '../engine/types';

export type ResultLine =
  | { id: string | number | null; findings: Finding[]; failures?: Array<{ ruleId: string; error: string }> }
  | { id: string | number | null; line?: number; error: string };

function idOf(value: unknown): string | number | null {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
}

/** Checks one request line; `lineNumber` (from 1) goes into an error result. */
export function checkLine(line: string, now: Date = new Date(), lineNumber?: number): ResultLine {
  const failed = (id: string | number | null, error: string): ResultLine => ({ id, ...(lineNumber ? { line: lineNumber } : {}), error });
  if (line.trim() === '') return failed(null, 'empty line: expected one JSON request');
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return failed(null, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseRequest(value);
  if (!parsed.ok) return failed(idOf(value), `invalid request: ${parsed.error}`);
  const { findings, failures } = checkInput(toInput(parsed.request, now));
  return { id: parsed.request.id ?? null, findings, ...(failures.length ? { failures } : {}) };
}

export const NOT_UTF8 = 'not UTF-8 text: save the file as UTF-8 (in Notepad or Excel: Save As, Encoding "UTF-8")';

/**
 * Splits a byte stream into lines (LF or CRLF) and decodes each as strict UTF-8: a Latin-1 or
 * Windows-1252 file ("£", "é") is reported, not silently checked with replacement characters.
 * The UTF-8 byte order mark that Notepad and Excel write before the first line is dropped.
 */
export async function* utf8Lines(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<{ text: string } | { error: string }> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const encoder = new TextEncoder();
  let pending = new Uint8Array(0);
  const decode = (bytes: Uint8Array): { text: string } | { error: string } => {
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    try {
      // ignoreBOM: false drops a BOM at the start of each decoded line (files joined together carry several).
      return { text: decoder.decode(bytes.subarray(0, end)) };
    } catch {
      return { error: NOT_UTF8 };
    }
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    const joined = new Uint8Array(pending.length + bytes.length);
    joined.set(pending);
    joined.set(bytes, pending.length);
    let start = 0;
    for (let i = joined.indexOf(0x0a); i !== -1; i = joined.indexOf(0x0a, start)) {
      yield decode(joined.subarray(start, i));
      start = i + 1;
    }
    pending = joined.slice(start);
  }
  if (pending.length > 0) yield decode(pending);
}

/** The whole JSONL run: one result line per input line, through `write`. */
export async function checkLines(input: AsyncIterable<Uint8Array | string>, write: (line: string) => void, now?: () => Date): Promise<void> {
  let lineNumber = 0;
  for await (const line of utf8Lines(input)) {
    lineNumber++;
    const result: ResultLine = 'error' in line ? { id: null, line: lineNumber, error: line.error } : checkLine(line.text, now?.() ?? new Date(), lineNumber);
    write(`${JSON.stringify(result)}\n`);
  }
}
