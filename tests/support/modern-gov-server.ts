/**
 * A fake council Modern.gov site on 127.0.0.1, for the background's unit tests and the options
 * page's e2e tests. It answers mgWebService.asmx/GetCommittees, GetMeetings and GetMeeting from
 * the fixtures in tests/fixtures/modern-gov, with meeting dates moved to lie after `today` (so
 * "the next 60 days" always holds meetings, whenever the tests run), and can be switched to fail.
 *
 *   const server = await startModernGovServer();          // or { today: new Date('2026-03-02') }
 *   server.url                                            // 'http://127.0.0.1:PORT', the site address to enter
 *   server.fail('GetMeeting', 'malformed');               // later GetMeeting calls send broken XML
 *   server.fail('*', 'http500');                          // every call answers HTTP 500
 *   server.heal();                                        // back to normal answers
 *   server.requests                                       // every URL asked for, in order
 *   await server.close();
 *
 * Failures: 'http500' (an ASP.NET error page with status 500), 'timeout' (accepts the request and
 * never answers; close() ends it), 'malformed' (XML cut off mid-element), 'html' (a "Just a
 * moment…" bot-challenge page with status 200), 'redirect' (302 to another host), 'login' (a
 * sign-in form with status 200), 'errorPage' (the ASP.NET error page with status 200, as some IIS
 * set-ups send it), 'page' (an ordinary web page), 'empty' (a well-formed list with nothing in it).
 *
 * The site (what a successful import finds, with `today` as day 0, London time):
 *   committees: Council, Planning & Highways Committee, Licensing Act 2003 Sub-Committee,
 *               Overview & Scrutiny Committee (two expired/deleted ones are left out by the parser)
 *   meetings:   Planning & Highways, day 7 at 18:30, 7 agenda items, 2 restricted;
 *               Licensing Act 2003 Sub-Committee, day 20 at 10:00, agenda not yet published;
 *               also listed but not imported: a cancelled Planning meeting on day 14, and a
 *               Planning meeting on day 90 (outside the window: this server ignores the dates
 *               asked for, as some installs do).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type ModernGovMethod = 'GetCommittees' | 'GetMeetings' | 'GetMeeting';
export type ModernGovFailure = 'http500' | 'timeout' | 'malformed' | 'html' | 'redirect' | 'login' | 'errorPage' | 'page' | 'empty';

export interface ModernGovServer {
  url: string;
  requests: URL[];
  fail(method: ModernGovMethod | '*', failure: ModernGovFailure): void;
  heal(): void;
  close(): Promise<void>;
}

const fixture = (name: string) => readFileSync(new URL(`../fixtures/modern-gov/${name}`, import.meta.url), 'utf8');

interface Listed {
  id: string;
  day: number;
  time: string;
  status: string;
  /** The GetMeeting fixture for this meeting. */
  detail: string;
}

const SITE: Record<string, { title: string; meetings: Listed[] }> = {
  '142': { title: 'Council', meetings: [] },
  '151': {
    title: 'Planning &amp;amp; Highways Committee',
    meetings: [
      { id: '20413', day: 7, time: '18:30', status: 'confirmed', detail: 'get-meeting-planning.xml' },
      { id: '20412', day: 14, time: '7.00 pm', status: 'cancelled', detail: 'get-meeting-cancelled.xml' },
      { id: '20499', day: 90, time: '18:30', status: 'confirmed', detail: 'get-meeting-planning.xml' },
    ],
  },
  '163': { title: 'Licensing Act 2003 Sub-Committee', meetings: [{ id: '20555', day: 20, time: '10:00', status: 'confirmed', detail: 'get-meeting-empty-agenda.xml' }] },
  '170': { title: 'Overview &amp;amp; Scrutiny Committee', meetings: [] },
};

/** dd/mm/yyyy of `today` + `days`, as the London calendar has it. */
export function ukDateAfter(today: Date, days: number): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(today.getTime() + days * 86_400_000),
  );
}

const xml = (body: string) => `<?xml version="1.0" encoding="utf-8"?>\n${body}`;

function getMeetings(committeeId: string, today: Date): string | undefined {
  const committee = SITE[committeeId];
  if (!committee) return undefined;
  const meetings = committee.meetings
    .map((m) => `<meeting><meetingid>${m.id}</meetingid><meetingdate>${ukDateAfter(today, m.day)}</meetingdate><meetingtime>${m.time}</meetingtime><meetingstatus>${m.status}</meetingstatus></meeting>`)
    .join('');
  return xml(`<getmeetings><committee><committeeid>${committeeId}</committeeid><committeetitle>${committee.title}</committeetitle><committeemeetings>${meetings}</committeemeetings></committee></getmeetings>`);
}

function getMeeting(meetingId: string, today: Date): string | undefined {
  const listed = Object.values(SITE).flatMap((c) => c.meetings).find((m) => m.id === meetingId);
  if (!listed) return undefined;
  return fixture(listed.detail)
    .replace(/<meetingid>\d+<\/meetingid>/, `<meetingid>${listed.id}</meetingid>`)
    .replace(/<meetingdate>[^<]*<\/meetingdate>/, `<meetingdate>${ukDateAfter(today, listed.day)}</meetingdate>`);
}

const LOGIN_PAGE = '<!DOCTYPE html><html><head><title>Log in - Members Area</title></head><body><form method="post"><input name="user"><input type="password" name="pass"></form></body></html>';
const ORDINARY_PAGE = '<!DOCTYPE html><html><head><title>Committee meetings - Anytown Council</title></head><body><h1>Committee meetings</h1></body></html>';
const EMPTY: Record<string, string> = {
  GetCommittees: '<committees><committeescount> 0</committeescount></committees>',
  GetMeetings: '<getmeetings><meetingscount> 0</meetingscount><committeescount> 0</committeescount></getmeetings>',
};

const ASP_NET_ERROR = '<!DOCTYPE html><html><head><title>Runtime Error</title></head><body><h1>Server Error in \'/\' Application.</h1></body></html>';

export async function startModernGovServer(options: { today?: Date } = {}): Promise<ModernGovServer> {
  const today = options.today ?? new Date();
  const failures = new Map<string, ModernGovFailure>();
  const requests: URL[] = [];
  const sockets = new Set<Socket>();

  const answer = (status: number, type: string, body: string, res: ServerResponse) => {
    res.writeHead(status, { 'content-type': `${type}; charset=utf-8` }).end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url);
    const method = /\/mgWebService\.asmx\/(\w+)$/i.exec(url.pathname)?.[1] ?? '';
    const failure = failures.get(method) ?? failures.get('*');
    if (failure === 'timeout') return; // The socket stays open until the client gives up or close().
    if (failure === 'http500') return answer(500, 'text/html', ASP_NET_ERROR, res);
    if (failure === 'html') return answer(200, 'text/html', fixture('blocked.html'), res);
    if (failure === 'login') return answer(200, 'text/html', LOGIN_PAGE, res);
    if (failure === 'errorPage') return answer(200, 'text/html', ASP_NET_ERROR, res);
    if (failure === 'page') return answer(200, 'text/html', ORDINARY_PAGE, res);
    if (failure === 'empty' && EMPTY[method]) return answer(200, 'text/xml', xml(EMPTY[method]), res);
    if (failure === 'malformed') return answer(200, 'text/xml', fixture('malformed.xml'), res);
    if (failure === 'redirect') {
      res.writeHead(302, { location: 'https://elsewhere.example.org/mgWebService.asmx' }).end();
      return;
    }
    const body =
      method === 'GetCommittees'
        ? fixture('get-committees.xml')
        : method === 'GetMeetings'
          ? getMeetings(url.searchParams.get('lCommitteeId') ?? '', today)
          : method === 'GetMeeting'
            ? getMeeting(url.searchParams.get('lMeetingId') ?? '', today)
            : undefined;
    // ASMX answers a missing or unknown parameter with a 500, as the real service does.
    if (body === undefined) return answer(500, 'text/plain', 'System.InvalidOperationException: Missing parameter.', res);
    answer(200, 'text/xml', body, res);
  };

  const server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fail: (method, failure) => void failures.set(method, failure),
    heal: () => failures.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
