/**
 * One GET to a Modern.gov web service or a calendar feed, with its own time limit, turned into text or a Problem
 * in plain words. No cookies are sent, and a redirect is not followed: the request goes to the
 * one host the user entered and nowhere else.
 */
import { webPageKind, webPageTitle, type WebPageKind } from '../context/web-page';
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
  /** What the answer should be: says what a web page in its place means. Default Modern.gov XML. */
  expect?: 'modernGov' | 'calendar';
  /** A web page that is the data after all (a CMIS meetings list): let it through. */
  allowPage?: (body: string) => boolean;
}

/** A full agenda with every linked document runs to a few hundred kB; far more is not a Modern.gov answer. */
const MAX_RESPONSE_CHARS = 10_000_000;

export async function getText(url: string, options: RequestOptions): Promise<string> {
  const { host, timeoutMs } = options;
  const context = { host, what: options.what, ...options.whatParams };
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal;
  try {
    let response: Response;
    try {
      const accept = options.expect === 'calendar' ? 'text/calendar, text/html;q=0.5' : 'text/xml, application/xml';
      response = await fetch(url, { credentials: 'omit', cache: 'no-store', redirect: 'manual', signal, headers: { accept } });
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
    const page = webPageKind(body, response.headers.get('content-type'));
    if (page && !(options.allowPage?.(body) ?? false)) throw new ProblemError(pageProblem(page, host, body, options.expect ?? 'modernGov'));
    if (body.length > MAX_RESPONSE_CHARS) {
      throw new ProblemError({ key: 'background.error.badData', params: { ...context, detail: `the response is over ${MAX_RESPONSE_CHARS / 1_000_000} million characters long` } });
    }
    return body;
  } finally {
    clearTimeout(timer);
  }
}

/** A web page where data was expected, in words that say what to do about it. */
function pageProblem(kind: WebPageKind, host: string, body: string, expected: 'modernGov' | 'calendar'): Problem {
  switch (kind) {
    case 'redirect':
      return { key: 'background.error.pageRedirect', params: { host } };
    case 'login':
      return { key: 'background.error.pageLogin', params: { host } };
    case 'error':
      return { key: 'background.error.pageError', params: { host, title: webPageTitle(body) || '?' } };
    case 'page':
      return { key: expected === 'calendar' ? 'background.error.notCalendar' : 'background.error.notModernGov', params: { host } };
  }
}
