/**
 * What kind of web page came back where data (XML, a calendar) was expected, so the person is
 * told something they can act on instead of "found <script>". Councils' sites answer an
 * automated request with a JavaScript redirect (bot checks, single sign-on), a login form (a
 * members' extranet address pasted by mistake), an ASP.NET or IIS error page, or an ordinary page.
 * Only the first 20,000 characters are looked at; every test below is a plain substring or a
 * regex with no nested repetition.
 */
export type WebPageKind = 'redirect' | 'login' | 'error' | 'page';

const LOOKED_AT = 20_000;

/** The kind of web page `body` is, or undefined when it is not a web page at all. */
export function webPageKind(body: string, contentType?: string | null): WebPageKind | undefined {
  const head = body.replace(/^\uFEFF/, '').trimStart().slice(0, LOOKED_AT).toLowerCase();
  const looksHtml = /^<(!doctype html|html|head|body|script|meta|title|noscript)\b/.test(head);
  const servedHtml = /text\/html/i.test(contentType ?? '') && !head.startsWith('<?xml') && !head.startsWith('begin:vcalendar');
  if (!looksHtml && !servedHtml) return undefined;
  const title = /<title[^>]{0,200}>([^<]{0,300})/.exec(head)?.[1]?.trim() ?? '';
  if (/type\s{0,3}=\s{0,3}["']?password/.test(head) || /\b(sign|log) ?in\b/.test(title)) return 'login';
  if (/\b(error|not found|unavailable|forbidden)\b|\b[45]\d\d\b/.test(title) || head.includes('server error in')) return 'error';
  if (head.includes('http-equiv="refresh"') || head.includes("http-equiv='refresh'") || /\b(window\.|document\.)?location(\.href)?\s{0,3}=|location\.(replace|assign)\(/.test(head)) return 'redirect';
  // A page that is nothing but a script ("Just a moment…", "enable JavaScript") also only moves on with JavaScript.
  if (head.startsWith('<script') || head.includes('enable javascript')) return 'redirect';
  return 'page';
}

/** The error page's own title, for the message ("Runtime Error", "404 - File or directory not found."). */
export function webPageTitle(body: string): string {
  const title = /<title[^>]{0,200}>([^<]{0,300})/i.exec(body.slice(0, LOOKED_AT))?.[1] ?? '';
  return title.replace(/\s+/g, ' ').trim().slice(0, 120);
}
