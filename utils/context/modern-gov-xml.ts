/**
 * fast-xml-parser set up for Modern.gov responses: every element read as a
 * list (so one meeting and many meetings look alike), values kept as text
 * (so "0123" stays "0123"), namespaces and attributes dropped.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fail, ok, type Result } from './result';
import { webPageKind, webPageTitle } from './web-page';

export type XmlNode = { [name: string]: XmlValue[] | string };
type XmlValue = XmlNode | string;

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: () => true,
});

/** What to say when a web page came back instead of data. */
const WEB_PAGE: Record<NonNullable<ReturnType<typeof webPageKind>>, (title: string) => string> = {
  redirect: () =>
    'the site answered with a page that only moves on with JavaScript (a redirect or a bot check), not with data; open the address in a browser, and if it keeps happening the site is blocking automatic requests',
  login: () => 'the site asked for a sign-in instead of sending data; use the address of the council’s public committee pages, not a members’ area',
  error: (title) => `the site answered with an error page${title ? ` (“${title}”)` : ''} instead of data; the service may be down, or the address is not the Modern.gov site`,
  page: () => 'the site sent a web page, not data (check the address ends in mgWebService.asmx, or the site may be blocking the request)',
};

/** Parses `xml` and returns its root element, which must be one of `roots`. */
export function readXml(xml: string, ...roots: string[]): Result<XmlNode> {
  const source = xml.replace(/^\uFEFF/, '').trim();
  const page = webPageKind(source);
  if (page) return fail(`Modern.gov: ${WEB_PAGE[page](webPageTitle(source))}`);
  if (!source) return fail('Modern.gov: the response is empty');
  // Modern.gov never sends a DTD; refusing one also refuses entity-expansion tricks.
  if (/<!DOCTYPE/i.test(source)) return fail('Modern.gov: unexpected <!DOCTYPE> in the response');
  const repaired = repairHtml(source);
  const valid = XMLValidator.validate(repaired);
  if (valid !== true) return fail(`Modern.gov: the response is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);

  const document = parser.parse(repaired) as XmlNode;
  const rootName = Object.keys(document).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  const root = rootName ? first(document, rootName) : undefined;
  if (!rootName || root === undefined) return fail('Modern.gov: the response is empty');
  // Some installs return the document as the escaped text of an ASMX <string> element.
  if (rootName === 'string' && typeof root === 'string' && root.startsWith('<')) return readXml(root, ...roots);
  if (!roots.includes(rootName)) {
    return fail(`Modern.gov: expected <${roots.join('> or <')}> at the top of the response, found <${rootName}>`);
  }
  return ok(typeof root === 'string' ? {} : root);
}

/**
 * Some councils type raw HTML into titles, which the service passes on unescaped: a `<br>`
 * (never closed, so not XML), `<b>…</b>`, a bare "&". None of Modern.gov's own elements has
 * these names, so they are taken out before parsing rather than failing the whole import.
 */
export function repairHtml(xml: string): string {
  return xml
    .replace(/<\/?(?:br|hr|wbr|p|div)\b[^<>]{0,200}>/gi, ' ')
    .replace(/<\/?(?:b|i|u|em|strong|span|font|sup|sub)\b[^<>]{0,200}>/gi, '')
    .replace(/&(?!#\d{1,7};|#x[0-9a-f]{1,6};|[a-z][a-z0-9]{1,31};)/gi, '&amp;');
}

function first(node: XmlNode, name: string): XmlValue | undefined {
  const value = node[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The text of the first child element `name` ('' when absent or empty). */
export function text(node: XmlNode, name: string): string {
  const value = first(node, name);
  if (typeof value === 'string') return value;
  const inner = value?.['#text'];
  return typeof inner === 'string' ? inner : Array.isArray(inner) && typeof inner[0] === 'string' ? inner[0] : '';
}

/** Every element called `name` at any depth below `node`, in document order. */
export function all(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (!Array.isArray(value)) continue;
    for (const child of value) {
      if (typeof child === 'string') continue;
      if (key === name) found.push(child);
      else found.push(...all(child, name));
    }
  }
  return found;
}

/** Each `name` element with the nearest `labelName` text above it (or in it). */
export function allWithNearest(node: XmlNode, name: string, labelName: string, inherited = ''): [XmlNode, string][] {
  const label = text(node, labelName) || inherited;
  const found: [XmlNode, string][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (!Array.isArray(value)) continue;
    for (const child of value) {
      if (typeof child === 'string') continue;
      if (key === name) found.push([child, label]);
      else found.push(...allWithNearest(child, name, labelName, label));
    }
  }
  return found;
}
