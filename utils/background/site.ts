/**
 * Where a council's Modern.gov web service lives, from the address the user typed. Councils
 * host Modern.gov on its own host ("https://democracy.example.gov.uk") or under a folder
 * ("https://www.example.gov.uk/moderngov"); people paste either, often with a page on the end.
 */
import { feedSchema, siteSchema } from '../messaging/protocol';

export type SiteResult = { ok: true; base: string } | { ok: false; error: string };

/** The site with Modern.gov's own page (mg*.aspx, ie*.aspx, mgWebService.asmx…), query and trailing slash removed. */
export function siteBase(site: string): SiteResult {
  const parsed = siteSchema.safeParse(site);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'not a web address' };
  const url = new URL(parsed.data);
  const path = url.pathname.replace(/\/(mg|ie)[A-Za-z0-9]*\.(aspx|asmx)(\/.*)?$/i, '').replace(/\/+$/, '');
  return { ok: true, base: `${url.origin}${path}` };
}

/** The host permission the fetch needs: every port and path of that one host. */
export function hostPermission(base: string): string {
  const url = new URL(base);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The host as it appears in messages ("democracy.example.gov.uk"). */
export const hostLabel = (base: string): string => new URL(base).host;

/** A web-service call: `${base}/mgWebService.asmx/${method}?…` */
export function serviceUrl(base: string, method: string, params: Record<string, string>): string {
  return `${base}/mgWebService.asmx/${method}?${new URLSearchParams(params).toString()}`;
}

/** The calendar link as it will be fetched (webcal:// read as https://), or undefined when it cannot be used. */
export function feedAddress(feed: string): string | undefined {
  const parsed = feedSchema.safeParse(feed);
  return parsed.success ? parsed.data : undefined;
}
