/** A CMIS council's meetings list (the real Birmingham capture in tests/fixtures/cmis-real) read as meetings. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCmisMeetingList, parseCmisMeetingList } from '../../utils/context/cmis';

const listView = readFileSync(new URL('../fixtures/cmis-real/listview.html', import.meta.url), 'utf8');

describe('a CMIS meetings list', () => {
  it('reads each meeting’s committee and London start time, with no end or agenda invented', () => {
    expect(parseCmisMeetingList(listView)).toEqual({
      ok: true,
      value: [
        { committee: 'Planning Committee', start: '2026-07-09T10:00:00Z', items: [] },
        { committee: 'Standards Committee', start: '2026-07-23T13:00:00Z', items: [] },
      ],
    });
  });

  it('takes a finish time from the link’s title when it is later than the start', () => {
    const withFinish = listView.replace('9 Jul 2026 11:00 : 11:00', '9 Jul 2026 11:00 : 13:30');
    const parsed = parseCmisMeetingList(withFinish);
    expect(parsed.ok && parsed.value[0]).toEqual({ committee: 'Planning Committee', start: '2026-07-09T10:00:00Z', end: '2026-07-09T12:30:00Z', items: [] });
  });

  it('leaves out a meeting marked cancelled, and decodes entities in names', () => {
    const changed = listView.replace('>23 Jul 2026 14:00 - Standards Committee<', '>23 Jul 2026 14:00 - Standards Committee - CANCELLED<').replace('>9 Jul 2026 11:00 - Planning Committee<', '>9 Jul 2026 11:00 - Planning &amp; Regulatory Committee<');
    const parsed = parseCmisMeetingList(changed);
    expect(parsed.ok && parsed.value.map((m) => m.committee)).toEqual(['Planning & Regulatory Committee']);
  });

  it('refuses the whole list when one meeting cannot be read, and says which', () => {
    expect(parseCmisMeetingList(listView.replace('>23 Jul 2026 14:00 -', '>31 Jun 2026 14:00 -'))).toEqual({ ok: false, error: 'CMIS: no such date in "31 Jun 2026 14:00 - Standards Committee"' });
    expect(parseCmisMeetingList(listView.replace('>23 Jul 2026 14:00 -', '>TBC -'))).toEqual({ ok: false, error: 'CMIS: unreadable meeting "TBC - Standards Committee"' });
  });

  it('is told apart from other pages', () => {
    expect(isCmisMeetingList(listView)).toBe(true);
    expect(isCmisMeetingList('<html><body><h1>Meetings</h1></body></html>')).toBe(false);
    expect(parseCmisMeetingList('<html></html>')).toEqual({ ok: false, error: 'CMIS: this page is not a CMIS meetings list (its list view)' });
  });
});
