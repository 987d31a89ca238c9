/**
 * The context rules' lexicons (every false-positive example stays clean in the
 * context it was written for) and the agenda matching they share.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../utils/engine/engine';
import { Doc } from '../../utils/engine/doc';
import { findItemMentions, inSession, meetingEnd, ASSUMED_MEETING_HOURS } from '../../utils/context/agenda-match';
import { CLOSED_MIND, DECISION_MADE, OPEN_MIND } from '../../rules/data/predetermination';
import { MATTERS } from '../../rules/data/restricted-items';
import predetermination from '../../rules/predetermination';
import restrictedItem from '../../rules/restricted-item';
import meeting from '../../rules/meeting';

const PLANNING_MEMBER = {
  now: '2026-03-05T09:15:00Z',
  profile: { role: 'councillor' as const, committees: ['Planning Committee'] },
  meetings: [
    {
      committee: 'Planning Committee',
      start: '2026-03-12T18:30:00Z',
      end: '2026-03-12T21:30:00Z',
      items: [
        { title: 'Land at Wheatfield Farm, Mill Road \u2013 outline application for up to 120 dwellings', reference: '25/00912/OUT' },
        { title: 'Former Co-op, High Street \u2013 change of use to six flats', reference: '25/01133/FUL' },
      ],
    },
  ],
};

const RESTRICTED_AGENDA = {
  now: '2026-03-05T09:15:00Z',
  meetings: [
    {
      committee: 'Cabinet',
      start: '2026-03-17T18:00:00Z',
      items: [
        { title: 'Riverside Leisure Centre contract renegotiation', reference: 'CAB/26/014', restricted: true },
        { title: 'Disposal of land at Mill Lane depot', reference: 'CAB/26/031', restricted: true },
        { title: 'Town Deal: bus station regeneration \u2013 selection of preferred developer', reference: 'CAB/26/052', restricted: true },
      ],
    },
    {
      committee: 'Policy and Resources Committee',
      start: '2026-06-16T17:00:00Z',
      items: [
        { title: 'Kingsway Shopping Centre \u2013 public realm improvements', reference: 'PR/26/008', restricted: false },
        { title: 'Acquisition of Kingsway Shopping Centre', reference: 'PR/26/009', restricted: true },
      ],
    },
    {
      committee: 'Audit Committee',
      start: '2026-07-14T17:00:00Z',
      items: [
        { title: "External auditor's annual report", restricted: false },
        { title: 'Investigation into procurement irregularities \u2013 highways contracts', reference: 'AUD/26/07', restricted: true },
      ],
    },
    { committee: 'Employment Committee', start: '2026-02-12T10:00:00Z', items: [{ title: 'Senior management restructure \u2013 Director of Place', restricted: true }] },
    { committee: 'Housing Committee', start: '2026-10-09T17:00:00Z', items: [{ title: 'Eastfield estate regeneration \u2013 compulsory purchase strategy', restricted: true }] },
    { committee: 'Planning Committee', start: '2026-09-03T17:30:00Z', items: [{ title: 'Enforcement action \u2013 land at Hollow Lane (legal advice)', reference: '25/00077/ENF', restricted: true }] },
  ],
};

describe('predetermination lexicon: every false-positive example stays clean', () => {
  const examples = [...CLOSED_MIND, ...OPEN_MIND, ...DECISION_MADE].flatMap((entry) => entry.falsePositives.map((fp) => [entry.id, fp.clean] as const));
  it.each(examples)('%s: %s', (_id, text) => {
    expect(check({ ...PLANNING_MEMBER, text }, { rules: [predetermination] }).findings).toEqual([]);
  });
});

describe('restricted-item lexicon: every false-positive example stays clean', () => {
  const examples = MATTERS.flatMap((entry) => entry.falsePositives.map((fp) => [entry.id, fp.clean] as const));
  it.each(examples)('%s: %s', (_id, text) => {
    expect(check({ ...RESTRICTED_AGENDA, text }, { rules: [restrictedItem] }).findings).toEqual([]);
  });

  it('flags the same subject with its restricted business', () => {
    const { findings } = check({ ...RESTRICTED_AGENDA, text: 'The Kingsway purchase goes to P&R on the 16th, price around \u00a318m.' }, { rules: [restrictedItem] });
    expect(findings.map((f) => f.severity)).toEqual(['high']);
  });

  it('needs a restricted item: the same words with nothing restricted are clean', () => {
    const open = { ...RESTRICTED_AGENDA, meetings: RESTRICTED_AGENDA.meetings.map((m) => ({ ...m, items: m.items.map((i) => ({ ...i, restricted: false })) })) };
    expect(check({ ...open, text: 'The Kingsway purchase goes to P&R on the 16th, price around \u00a318m.' }, { rules: [restrictedItem] }).findings).toEqual([]);
  });
});

describe('agenda matching', () => {
  const mentions = (text: string) => findItemMentions(new Doc(text), PLANNING_MEMBER.meetings).map((h) => [h.text, h.value[0]!.kind, h.value[0]!.strong]);

  it('finds references typed with any separators, and site names from titles', () => {
    expect(mentions('Objecting to 25/00912/OUT')).toEqual([['25/00912/OUT', 'reference', true]]);
    expect(mentions('Wheatfield Farm again')).toEqual([
      ['Wheatfield Farm', 'name', true],
      ['Wheatfield', 'name', true],
    ]);
  });

  it('takes a bare street as a weak key and leaves out words describing the works', () => {
    expect(mentions('Flooding on Mill Road')).toEqual([['Mill Road', 'name', false]]);
    expect(mentions('Land at the edge of town, former pits')).toEqual([]);
  });

  it('keeps a meeting with no end in session for the assumed hours only', () => {
    const m = { committee: 'Licensing Committee', start: '2026-07-01T09:00:00Z' };
    expect(meetingEnd(m) - Date.parse(m.start)).toBe(ASSUMED_MEETING_HOURS * 3_600_000);
    expect(inSession(m, new Date('2026-07-01T09:00:00Z'))).toBe(true);
    expect(inSession(m, new Date('2026-07-01T12:59:00Z'))).toBe(true);
    expect(inSession(m, new Date('2026-07-01T13:00:00Z'))).toBe(false);
    expect(inSession(m, new Date('2026-07-01T08:59:00Z'))).toBe(false);
  });
});

describe('meeting', () => {
  const sitting = {
    now: '2026-03-12T19:10:00Z',
    profile: { role: 'councillor' as const, committees: ['Planning Committee'] },
    meetings: [{ committee: 'Planning Committee', start: '2026-03-12T18:30:00Z', end: '2026-03-12T21:30:00Z' }],
  };
  it('marks the first sentence of a long draft', () => {
    const text = `In the chamber now. ${'More words here. '.repeat(30)}`;
    const [finding] = check({ ...sitting, text }, { rules: [meeting] }).findings;
    expect(text.slice(finding!.start, finding!.end)).toBe('In the chamber now.');
  });
  it('names the meeting and when it ends, in UK time', () => {
    const [finding] = check({ ...sitting, text: 'Busy night.' }, { rules: [meeting] }).findings;
    expect(finding!.message).toBe('Planning Committee is in session now (until 21:30).');
  });
});
