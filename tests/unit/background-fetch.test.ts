/**
 * The Modern.gov fetch against a real HTTP server on 127.0.0.1 (tests/support/modern-gov-server.ts):
 * what a good site yields, and the exact words for each way a site can fail.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchModernGov, type FetchLimits } from '../../utils/background/modern-gov-fetch';
import { translateProblem } from '../../utils/background/problem';
import { siteBase } from '../../utils/background/site';
import { startModernGovServer, type ModernGovServer } from '../support/modern-gov-server';

const TODAY = new Date('2026-03-02T09:00:00Z');
const LIMITS: FetchLimits = { timeoutMs: 1000, concurrency: 3, maxCommittees: 250, maxMeetings: 300 };

let server: ModernGovServer;
let host: string;
beforeAll(async () => {
  server = await startModernGovServer({ today: TODAY });
  host = new URL(server.url).host;
});
afterAll(() => server.close());
beforeEach(() => {
  server.heal();
  server.requests.length = 0;
});

async function errorText(limits: FetchLimits = LIMITS, base = server.url): Promise<string> {
  const outcome = await fetchModernGov(base, TODAY, limits);
  if (outcome.ok) throw new Error('expected the fetch to fail');
  return translateProblem(outcome.problem, 'en-GB');
}

describe('a working Modern.gov site', () => {
  it('returns the committees and the next 60 days of meetings with their agendas', async () => {
    const outcome = await fetchModernGov(server.url, TODAY, LIMITS);
    expect(outcome).toEqual({
      ok: true,
      preview: {
        site: server.url,
        committees: ['Council', 'Planning & Highways Committee', 'Licensing Act 2003 Sub-Committee', 'Overview & Scrutiny Committee'],
        meetings: [
          {
            committee: 'Planning & Highways Committee',
            start: '2026-03-09T18:30:00Z',
            items: [
              { title: 'Apologies for absence', restricted: false },
              { title: 'Minutes of the meeting held on 10/12/2025', restricted: false },
              {
                title: '24/01234/FUL - Land at Wheatfield Farm, Mill Lane, Little Snoring – erection of 45 dwellings',
                reference: '24/01234/FUL',
                restricted: false,
              },
              { title: "St John's Church Hall, 14 High Street – change of use", reference: '25/00912/FUL', restricted: false },
              { title: 'Exclusion of the press and public', restricted: false },
              { title: 'Enforcement update: Unit 4, Riverside Estate', restricted: true },
              { title: 'Legal advice on appeal APP/X1234/W/25/3345678 (Exempt)', reference: 'APP/X1234/W/25/3345678', restricted: true },
            ],
          },
          // The cancelled meeting on day 14 and the one on day 90 are left out.
          { committee: 'Licensing Act 2003 Sub-Committee', start: '2026-03-22T10:00:00Z', items: [] },
        ],
        fetchedAt: '2026-03-02T09:00:00.000Z',
      },
    });
  });

  it('asks the web service for exactly the committees, their next 60 days and each meeting still on', async () => {
    await fetchModernGov(server.url, TODAY, LIMITS);
    const asked = server.requests.map((url) => `${url.pathname}${url.search}`);
    expect(asked[0]).toBe('/mgWebService.asmx/GetCommittees?lDays=0');
    expect(asked.filter((a) => a.includes('GetMeetings')).sort()).toEqual(
      ['142', '151', '163', '170'].map((id) => `/mgWebService.asmx/GetMeetings?lCommitteeId=${id}&sFromDate=02%2F03%2F2026&sToDate=01%2F05%2F2026`),
    );
    expect(asked.filter((a) => a.includes('GetMeeting?')).sort()).toEqual([
      '/mgWebService.asmx/GetMeeting?lMeetingId=20413',
      '/mgWebService.asmx/GetMeeting?lMeetingId=20555',
    ]);
    expect(asked).toHaveLength(7);
  });

  it('refuses more committees than the cap before asking for any meetings', async () => {
    expect(await errorText({ ...LIMITS, maxCommittees: 3 })).toBe(`${host} lists more than 3 committees; only this many can be imported at once.`);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses more meetings than the cap before asking for any agenda', async () => {
    expect(await errorText({ ...LIMITS, maxMeetings: 1 })).toBe(
      `${host} lists more than 1 meetings in the next 60 days; only this many can be imported at once.`,
    );
    expect(server.requests.some((url) => url.pathname.endsWith('/GetMeeting'))).toBe(false);
  });
});

describe('a failing site, in plain words', () => {
  it('HTTP 500 on the committee list', async () => {
    server.fail('GetCommittees', 'http500');
    expect(await errorText()).toBe(`${host} answered with an error (HTTP 500) when asked for the list of committees. The site may be down; try again later.`);
  });

  it('HTTP 500 on one agenda fails the whole fetch and names the committee', async () => {
    server.fail('GetMeeting', 'http500');
    expect(await errorText()).toMatch(
      new RegExp(`^${escape(host)} answered with an error \\(HTTP 500\\) when asked for the agenda of a (Planning & Highways Committee|Licensing Act 2003 Sub-Committee) meeting\\.`),
    );
  });

  it('no answer within the time limit', async () => {
    server.fail('GetMeetings', 'timeout');
    const started = Date.now();
    expect(await errorText()).toBe(`${host} did not answer within 1 second. The site may be busy; try again later.`);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('malformed XML names what was being read and where', async () => {
    server.fail('GetMeeting', 'malformed');
    expect(await errorText({ ...LIMITS, concurrency: 1 })).toBe(
      `${host} sent data that could not be read (the agenda of a Planning & Highways Committee meeting): the response is not well-formed XML (line 1: Invalid '[    "meeting",    "agendaitems"]' found.)`,
    );
  });

  it('an HTML page instead of XML', async () => {
    server.fail('*', 'page');
    expect(await errorText()).toBe(
      `${host} sent a web page instead of Modern.gov data. Check that this is your council’s Modern.gov site (the address of its committee pages), or the site may be blocking the request.`,
    );
  });

  it('a redirect elsewhere is not followed', async () => {
    server.fail('*', 'redirect');
    expect(await errorText()).toBe(
      `${host} sent the request on to another address. Enter the address your browser ends up at when you open the council’s committee pages.`,
    );
  });

  it('a host that does not answer at all', async () => {
    const gone = await startModernGovServer({ today: TODAY });
    await gone.close();
    expect(await errorText(LIMITS, gone.url)).toBe(
      `Could not reach ${new URL(gone.url).host}. Check the address and your internet connection, then try again.`,
    );
  });

  it('says it in Welsh for a Welsh user', async () => {
    server.fail('GetCommittees', 'http500');
    const outcome = await fetchModernGov(server.url, TODAY, LIMITS);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(translateProblem(outcome.problem, 'cy')).toBe(
        `Atebodd ${host} gyda gwall (HTTP 500) wrth ofyn am y rhestr o bwyllgorau. Efallai fod y wefan i lawr; rhowch gynnig arall arni yn nes ymlaen.`,
      );
    }
  });
});

describe('the site address', () => {
  it.each([
    ['https://democracy.example.gov.uk', 'https://democracy.example.gov.uk'],
    ['  https://democracy.example.gov.uk/ ', 'https://democracy.example.gov.uk'],
    ['https://democracy.example.gov.uk/mgCalendarMonthView.aspx?GL=1', 'https://democracy.example.gov.uk'],
    ['https://democracy.example.gov.uk/mgWebService.asmx/GetCommittees', 'https://democracy.example.gov.uk'],
    ['https://www.example.gov.uk/moderngov/ieDocHome.aspx', 'https://www.example.gov.uk/moderngov'],
    ['https://www.example.gov.uk/moderngov/', 'https://www.example.gov.uk/moderngov'],
    ['https://www.example.gov.uk/moderngov/mgListCommittees.aspx', 'https://www.example.gov.uk/moderngov'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
  ])('%s → %s', (typed, base) => {
    expect(siteBase(typed)).toEqual({ ok: true, base });
  });

  it.each([
    ['http://democracy.example.gov.uk', 'expected a web address starting https://'],
    ['democracy.example.gov.uk', 'expected a web address such as https://democracy.example.gov.uk'],
    ['', 'expected the address of the council’s Modern.gov site'],
  ])('refuses %j', (typed, error) => {
    expect(siteBase(typed)).toEqual({ ok: false, error });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
