/**
 * One GET to a Modern.gov web service, with its own time limit, turned into text or a Problem
 * in plain words. No cookies are sent, and a redirect is not followed: the request goes to the
 * one host the user entered and nowhere else.
 */
import { ProblemError, type Problem } from './problem';

export interface RequestOptions {
  /** The host, for messages. */
  host: string;
  /** What was asked for, for messages: a background.what.* key (its params ride along). */
  what: Problem['key'];
  whatParams?: Record<string, string>;
  timeoutMs: number;
  /** Aborts this request when the whole refresh has already failed. */
  signal?: AbortSignal;
}

/** A full agenda with every linked document runs to a few hundred kB; far more is not a Modern.gov answer. */
const MAX_RESPONSE_CHARS = 10_000_000;

export async function getXml(url: string, options: RequestOptions): Promise<string> {
  const { host, timeoutMs } = options;
  const context = { host, what: options.what, ...options.whatParams };
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal;
  try {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', cache: 'no-store', redirect: 'manual', signal, headers: { accept: 'text/xml, application/xml' } });
    } catch (error) {
      if (timeout.signal.aborted) throw new ProblemError({ key: 'background.error.timeout', params: { host, count: Math.max(1, Math.round(timeoutMs / 1000)) } });
      if (options.signal?.aborted) throw error;
      throw new ProblemError({ key: 'background.error.unreachable', params: { host } });
    }
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      throw new ProblemError({ key: 'background.error.redirect', params: { host } });
    }
    if (!response.ok) throw new ProblemError({ key: 'background.error.http', params: { ...context, status: response.status } });
    const body = await response.text().catch(() => {
      throw new ProblemError(timeout.signal.aborted ? { key: 'background.error.timeout', params: { host, count: Math.max(1, Math.round(timeoutMs / 1000)) } } : { key: 'background.error.unreachable', params: { host } });
    });
    if (looksLikeWebPage(body, response.headers.get('content-type'))) throw new ProblemError({ key: 'background.error.notModernGov', params: { host } });
    if (body.length > MAX_RESPONSE_CHARS) {
      throw new ProblemError({ key: 'background.error.badData', params: { ...context, detail: `the response is over ${MAX_RESPONSE_CHARS / 1_000_000} million characters long` } });
    }
    return body;
  } finally {
    clearTimeout(timer);
  }
}

/** A login page, a "Just a moment…" challenge, a council home page: HTML where XML was expected. */
function looksLikeWebPage(body: string, contentType: string | null): boolean {
  const start = body.replace(/^\uFEFF/, '').trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return true;
  return /text\/html/i.test(contentType ?? '') && !start.startsWith('<?xml');
}
