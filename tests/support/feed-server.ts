/**
 * A council's calendar link on 127.0.0.1, for the calendar-feed unit and e2e tests. It serves
 * one file at /calendar (an iCalendar fixture from tests/fixtures/ics, or the real CMIS meetings
 * list in tests/fixtures/cmis-real), with a content type to match, and can be switched to answer
 * with the ways councils' sites go wrong.
 *
 * With `today`, the dates in a CMIS list are moved (all by the same number of days) so that its
 * first meeting falls a week after `today`: the capture's meetings are then always upcoming,
 * whenever the tests run. Nothing else in the capture changes.
 *
 *   const server = await startFeedServer('cmis-real/listview.html', { today: new Date() });
 *   server.url              // 'http://127.0.0.1:PORT/calendar', the link to paste
 *   server.serve('ics/committee-calendar.ics');
 *   server.fail('login');   // 'http500' | 'login' | 'redirect' | 'page' | 'jsRedirect'
 *   server.heal(); server.requests; await server.close();
 */
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FeedFailure = 'http500' | 'login' | 'redirect' | 'page' | 'jsRedirect';

export interface FeedServer {
  url: string;
  requests: string[];
  serve(fixture: string): void;
  fail(failure: FeedFailure): void;
  heal(): void;
  close(): Promise<void>;
}

const read = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

const PAGES: Record<Exclude<FeedFailure, 'http500' | 'redirect'>, string> = {
  login: '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form><input type="password" name="p"></form></body></html>',
  page: '<!DOCTYPE html><html><head><title>Meetings - Anytown Council</title></head><body><h1>Meetings</h1></body></html>',
  jsRedirect: '<html><head><script>window.location.replace("/calendar?session=1");</script></head><body></body></html>',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CMIS_DATE = /\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})\b/g;

/** The CMIS list with every "9 Jul 2026" moved so the earliest is `today` + 7 days. */
export function movedDates(html: string, today: Date): string {
  const dayOf = (d: string, m: string, y: string) => Date.UTC(Number(y), MONTHS.indexOf(m), Number(d));
  const days = [...html.matchAll(CMIS_DATE)].map(([, d = '', m = '', y = '']) => dayOf(d, m, y));
  if (days.length === 0) return html;
  const target = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 7);
  const shift = target - Math.min(...days);
  return html.replace(CMIS_DATE, (_, d: string, m: string, y: string) => {
    const moved = new Date(dayOf(d, m, y) + shift);
    return `${moved.getUTCDate()} ${MONTHS[moved.getUTCMonth()]} ${moved.getUTCFullYear()}`;
  });
}

export async function startFeedServer(fixture: string, options: { today?: Date } = {}): Promise<FeedServer> {
  let current = fixture;
  let failure: FeedFailure | undefined;
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const answer = (res: ServerResponse, status: number, type: string, body: string) => res.writeHead(status, { 'content-type': `${type}; charset=utf-8` }).end(body);

  const server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    if (!req.url?.startsWith('/calendar')) return answer(res, 404, 'text/plain', 'Not found');
    if (failure === 'http500') return answer(res, 500, 'text/html', '<html><head><title>Runtime Error</title></head></html>');
    if (failure === 'redirect') return void res.writeHead(302, { location: 'https://elsewhere.example.org/calendar' }).end();
    if (failure) return answer(res, 200, 'text/html', PAGES[failure]);
    if (current.endsWith('.ics')) return answer(res, 200, 'text/calendar', read(current));
    answer(res, 200, 'text/html', options.today ? movedDates(read(current), options.today) : read(current));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/calendar`,
    requests,
    serve: (name) => void (current = name),
    fail: (kind) => void (failure = kind),
    heal: () => void (failure = undefined),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
