/**
 * Committees, meetings and agenda items from a council's Modern.gov web
 * service (mgWebService.asmx: GetCommittees, GetMeetings, GetMeeting). The
 * caller fetches, only when the user asks; this only reads the XML.
 *
 * What the responses look like (tests/fixtures/modern-gov-real: Manchester's
 * service, as Democracy Club captured it): the method's own element at the
 * top (<getmeetings>, <meeting>), lower-case names (<meetingid>,
 * <meetingdate>10/02/2026, <meetingtime>10.00 am, <meetingplannedfinishtime>
 * 2.00 pm, <agendaitem>, <isrestricted>True, <linkeddoc>), counts padded
 * with a space, titles HTML-escaped once or twice, and in GetMeeting the
 * committee title only inside linked documents. A SOAP-style <string>
 * wrapper is accepted if a site sends one; raw HTML in a title is tidied,
 * not fatal. Anything else is an error, and a parse either returns every
 * meeting or none.
 */
import { z } from 'zod';
import { meetingSchema } from '../engine/request';
import { committeeKind, type CommitteeKind } from './committees';
import { parseMeetingWhen } from './modern-gov-dates';
import { all, allWithNearest, readXml, text, type XmlNode } from './modern-gov-xml';
import { agendaItem } from './agenda-items';
import { plainText } from './html-text';
import { fail, ok, describeIssues, type Result } from './result';

export type Meeting = z.output<typeof meetingSchema>;
export interface ModernGovCommittee { id: string; title: string; kind: CommitteeKind }
export interface ModernGovMeeting { id: string; cancelled: boolean; meeting: Meeting }

const committeeSchema = z.object({ id: z.string().min(1), title: z.string().min(1).max(200), kind: z.string() });

/** GetCommittees: committees still in use (deleted and expired ones left out). */
export function parseCommittees(xml: string): Result<ModernGovCommittee[]> {
  const root = readXml(xml, 'committees');
  if (!root.ok) return root;
  const committees = all(root.value, 'committee')
    .filter((c) => !isTrue(text(c, 'committeedeleted')) && !isTrue(text(c, 'committeeexpired')))
    .map((c) => {
      const title = plainText(text(c, 'committeetitle'));
      return { id: text(c, 'committeeid'), title, kind: committeeKind(title) };
    });
  const checked = z.array(committeeSchema).safeParse(committees);
  return checked.success ? ok(committees) : fail(describeIssues(checked.error.issues, 'committees'));
}

/** GetMeetings: the meetings of one committee, without agenda items. */
export function parseMeetings(xml: string, options: { committee?: string } = {}): Result<ModernGovMeeting[]> {
  const root = readXml(xml, 'getmeetings', 'meetings');
  if (!root.ok) return root;
  const meetings: ModernGovMeeting[] = [];
  // The committee's title sits on each meeting, or on the <committee> around its meetings.
  for (const [node, committee] of allWithNearest(root.value, 'meeting', 'committeetitle')) {
    const parsed = readMeeting(node, plainText(committee) || options.committee);
    if (!parsed.ok) return parsed;
    meetings.push(parsed.value);
  }
  return ok(meetings);
}

/** GetMeeting: one meeting with its agenda. */
export function parseMeeting(xml: string, options: { committee?: string } = {}): Result<ModernGovMeeting> {
  const root = readXml(xml, 'meeting');
  if (!root.ok) return root;
  return readMeeting(root.value, options.committee);
}

function readMeeting(node: XmlNode, fallbackCommittee: string | undefined): Result<ModernGovMeeting> {
  const id = text(node, 'meetingid');
  const label = `meeting ${id || '(no id)'}`;
  const committee = plainText(text(node, 'committeetitle')) || documentsCommittee(node) || fallbackCommittee;
  if (!committee) return fail(`${label}: no committee title (<committeetitle>)`);
  const when = parseMeetingWhen(text(node, 'meetingdate'), text(node, 'meetingtime'), {
    planned: text(node, 'meetingplannedfinishtime'),
    actual: text(node, 'meetingactualfinishtime'),
  });
  if (!when.ok) return fail(`${label}: ${when.error}`);
  const status = text(node, 'meetingstatus');
  // Councils mark a meeting that will not happen in its status, or in capitals in its title.
  const cancelled = /cancel|postpone|abandon|moved/i.test(status) || /\bcancell?ed\b/i.test(committee);
  const candidate = {
    committee: committee.slice(0, 200),
    ...when.value,
    items: all(node, 'agendaitem').map(readItem).filter((item) => item.title),
  };
  const checked = meetingSchema.safeParse(candidate);
  if (!checked.success) return fail(`${label}: ${describeIssues(checked.error.issues, 'meeting')}`);
  return ok({ id, cancelled, meeting: checked.data });
}

/**
 * GetMeeting names its committee only on each linked document. A document can belong to another
 * committee (a report referred on), so the title most documents carry wins.
 */
function documentsCommittee(node: XmlNode): string {
  const counts = new Map<string, number>();
  for (const doc of all(node, 'linkeddoc')) {
    const title = plainText(text(doc, 'committeetitle'));
    if (title) counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

function readItem(node: XmlNode): Meeting['items'][number] {
  return agendaItem(plainText(text(node, 'agendaitemtitle')), {
    restricted: isTrue(text(node, 'isrestricted')),
    related: all(node, 'linkeddoc').map((doc) => plainText(text(doc, 'title'))),
  });
}

const isTrue = (value: string) => /^(true|1|yes)$/i.test(value.trim());
