/**
 * The one engine used by the extension, the CLI and the tests: a request is validated (zod) and
 * checked by the core in run.ts. The content scripts call run.ts directly, so zod stays out of them.
 */
import { checkRequestSchema, describeError, type CheckRequest, type ParsedRequest } from './request';
import { checkInput, type CheckOptions } from './run';
import type { CheckInput } from './types';

export { checkInput, type CheckOptions, type CheckResult, type RuleFailure, type RuleOverrides } from './run';

export type ParseResult = { ok: true; request: ParsedRequest } | { ok: false; error: string };

export function parseRequest(value: unknown): ParseResult {
  const parsed = checkRequestSchema.safeParse(value);
  return parsed.success ? { ok: true, request: parsed.data } : { ok: false, error: describeError(parsed.error) };
}

export function toInput(request: ParsedRequest, fallbackNow: Date = new Date()): CheckInput {
  return { ...request, now: request.now ? new Date(request.now) : fallbackNow };
}

/** Validates, applies defaults and checks. Throws only on an invalid request. */
export function check(request: CheckRequest, options: CheckOptions = {}): ReturnType<typeof checkInput> {
  const parsed = parseRequest(request);
  if (!parsed.ok) throw new Error(`invalid request: ${parsed.error}`);
  return checkInput(toInput(parsed.request), options);
}

