/**
 * The imprint finder (rules/detect/imprint.ts), the election-call finder and the
 * false-positive contexts of the party, election-call and publicity lexicons.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { check } from '../../utils/engine/engine';
import { Doc } from '../../utils/engine/doc';
import { findImprint, findImprints, hasCompleteImprint } from '../../rules/detect/imprint';
import { findElectionCalls } from '../../rules/detect/election-calls';
import { findParties } from '../../rules/detect/parties';
import { PARTIES } from '../../rules/data/parties';
import { CALLS } from '../../rules/data/election-calls';
import { PUBLICITY } from '../../rules/data/publicity';

const NOW = '2026-11-23T12:00:00Z';
const rule = (id: string) => RULES.find((r) => r.id === id)!;
const run = (id: string, text: string, request: object = {}) => check({ now: NOW, ...request, text }, { rules: [rule(id)] }).findings;

describe('findImprints', () => {
  const span = (text: string) => {
    const found = findImprint(text);
    return found && { text: text.slice(found.start, found.end), complete: found.complete, promoter: found.promoter };
  };

  it('reads a full imprint with "on behalf of" and a postcode', () => {
    const text = 'Vote Labour. Promoted by R. Jones on behalf of Riverton Labour, 10 Union St, Riverton RT2 3CD.';
    expect(span(text)).toEqual({ text: 'Promoted by R. Jones on behalf of Riverton Labour, 10 Union St, Riverton RT2 3CD', complete: true, promoter: 'R. Jones on behalf of Riverton Labour' });
  });
  it('reads "both at" and an imprint at the start of a post', () => {
    expect(span('Promoted by A. Khan on behalf of S. Idris, both at 4 Bridge St, Riverton RT1 2AB. Vote!')).toMatchObject({ complete: true, promoter: 'A. Khan on behalf of S. Idris' });
  });
  it('takes a house number and street without a postcode as an address', () => {
    expect(span('Promoted by Jo Marsh, 4 Bridge St.')).toMatchObject({ text: 'Promoted by Jo Marsh, 4 Bridge St', complete: true });
  });
  it('a name with no address is incomplete and stops at the sentence end, not at an initial', () => {
    expect(span('Vote for Sarah Idris. Promoted by S. Idris. Thanks')).toEqual({ text: 'Promoted by S. Idris', complete: false, promoter: 'S. Idris' });
  });
  it('a placeholder is not an address', () => {
    expect(hasCompleteImprint('Promoted by Jo Marsh, [your address]')).toBe(false);
  });
  it('an address with no name is incomplete', () => {
    expect(findImprint('Promoted by 10 Union St, Riverton RT2 3CD')?.complete).toBe(false);
  });
  it('"Printed by" alone is not an imprint; "Printed and promoted by" is', () => {
    expect(findImprints('Vote Lib Dem. Printed by Riverprint Ltd, 2 Mill Rd, Riverton RT5 1AB.')).toEqual([]);
    expect(hasCompleteImprint('Printed and promoted by Kate Lowe, 8 Church Lane, Riverton RT1 5GH')).toBe(true);
  });
  it('finds every imprint in a long text', () => {
    const one = 'Promoted by Jo Marsh, 4 Bridge St, Riverton RT1 2AB. ';
    expect(findImprints(one.repeat(3))).toHaveLength(3);
  });
});

describe('findElectionCalls', () => {
  const calls = (text: string) => findElectionCalls(new Doc(text)).map((c) => c.text);
  it.each([
    ['Vote for me on 7 May and I will keep going.', ['Vote for me on 7 May']],
    ['Re-elect your Labour team in Northgate: Ali, Sarah and Tom.', ['Re-elect your Labour team in Northgate']],
    ['Make 7 May count: vote Independent, vote Ruth Bell.', ['vote Independent', 'vote Ruth Bell']],
    ['Tomorrow, vote Green in Hillside.', ['vote Green']],
    ['Put your cross next to Dev Singh \u2013 Conservative.', ['Put your cross next to Dev Singh']],
    ['Vote for the Lib Dems on Thursday!', ['Vote for the Lib Dems on Thursday!']],
    ['#VoteLabour #KeepRivertonLocal', ['#VoteLabour']],
  ])('%s', (text, expected) => expect(calls(text)).toEqual(expected));
  it.each([
    'Vote for your favourite park in our People\u2019s Choice poll!',
    'Please vote for Option B in the library consultation.',
    'Register to vote by 20 April.',
    'Whoever you support, please vote!',
    'The annual council meeting to elect the new Leader is on 20 May.',
    'Full Council voted to re-elect Cllr Jones as Chair for another year.',
    'Welcome back Helen Ward for another season at the Riverton Show.',
    'Thank you for your support at the 10k on Sunday.',
  ])('no call: %s', (text) => expect(calls(text)).toEqual([]));
});

describe('findParties', () => {
  const parties = (text: string) => findParties(new Doc(text)).map((p) => p.text);
  it('finds parties, groups and hashtags, not their ordinary senses', () => {
    expect(parties('Thanks to the Green Party group and the Riverton Independents. #LabourDelivers')).toEqual(['Green Party', 'Independents', '#LabourDelivers']);
    expect(parties('Green bins, the labour market, a conservative estimate, our reforms, an Independent review, #GreenBinDay')).toEqual([]);
  });
});

describe('lexicon false-positive contexts stay clean', () => {
  const council = { account: 'council' };
  const cases = [
    ...PARTIES.flatMap((entry) => entry.falsePositives.map((fp) => ['political', `parties ${entry.id}: ${fp.context}`, fp.clean, council] as const)),
    ...PUBLICITY.flatMap((entry) => entry.falsePositives.map((fp) => ['political', `publicity ${entry.id}: ${fp.context}`, fp.clean, council] as const)),
    ...CALLS.flatMap((entry) => entry.falsePositives.map((fp) => ['imprint', `election-calls ${entry.id}: ${fp.context}`, fp.clean, { account: 'councillor' }] as const)),
    ...CALLS.flatMap((entry) => entry.falsePositives.map((fp) => ['political', `election-calls ${entry.id} (council): ${fp.context}`, fp.clean, council] as const)),
  ];
  it.each(cases)('%s: %s', (id, _label, text, request) => {
    expect(run(id, text, request)).toEqual([]);
  });
  it('every entry has a note, a source and at least one false-positive example', () => {
    for (const entry of [...PARTIES, ...PUBLICITY, ...CALLS]) {
      expect(entry.note.length).toBeGreaterThan(10);
      expect(entry.source.length).toBeGreaterThan(3);
      expect(entry.falsePositives.length).toBeGreaterThan(0);
    }
  });
});

describe('political and imprint context', () => {
  const pre = { account: 'council', now: '2026-04-20T10:00:00+01:00', election: { poll: '2026-05-07', noticeOfElection: '2026-03-27' } };
  it('a named councillor is fine outside the pre-election period and flagged inside it', () => {
    const text = 'Cllr Amina Patel opened the new play area today.';
    expect(run('political', text, { ...pre, now: '2026-02-10T10:00:00Z' })).toEqual([]);
    expect(run('political', text, pre).map((f) => f.severity)).toEqual(['medium']);
  });
  it('uses the 25-working-day period when only polling day is known', () => {
    const text = 'Cllr Amina Patel opened the new play area today.';
    expect(run('political', text, { account: 'council', now: '2026-04-28T10:00:00+01:00', election: { poll: '2026-05-07' } })).toHaveLength(1);
    expect(run('political', text, { account: 'council', now: '2026-01-20T10:00:00Z', election: { poll: '2026-05-07' } })).toEqual([]);
  });
  it('flags a repost of a party post in the quoted text', () => {
    const findings = run('political', '', { account: 'council', surface: 'repost', quoted: 'Riverton Labour: our record on 20mph zones.' });
    expect(findings.map((f) => [f.in, f.suggestions])).toEqual([['quoted', ['Post this in the council\u2019s own name instead of reposting']]]);
  });
  it('suggests the profile name and says the address is needed', () => {
    const [finding] = run('imprint', 'Vote for me on 7 May!', { profile: { name: 'Cllr Jo Marsh' } });
    expect(finding?.suggestions).toEqual(['Vote for me on 7 May! (Promoted by Jo Marsh, [your address])']);
  });
  it('a complete imprint in the profile is enough; an incomplete one is not', () => {
    expect(run('imprint', 'Vote for me!', { profile: { imprint: 'Promoted by Jo Marsh, 4 Bridge St, Riverton RT1 2AB' } })).toEqual([]);
    expect(run('imprint', 'Vote for me!', { profile: { imprint: 'Promoted by Jo Marsh' } }).map((f) => f.message)).toEqual([
      'The imprint may be missing the promoter\u2019s postal address.',
    ]);
  });
});
