/**
 * Welsh and bilingual committee names, as Welsh principal councils publish them. Each name below
 * was found on the council's own site (its Modern.gov pages in Welsh, LLL=1, or its Welsh pages);
 * the address is the source. Names marked "brief" come from the issue, which names the forms
 * Welsh councils use; docs/meetings.md lists what was and was not found.
 */
import { describe, expect, it } from 'vitest';
import { committeeKind, committeeKinds, sameCommittee } from '../../utils/context/committees';

type Kind = ReturnType<typeof committeeKind>;

const FOUND: [council: string, source: string, name: string, kind: Kind][] = [
  ['Carmarthenshire', 'https://www.sirgar.llyw.cymru/cartref/cyngor-a-democratiaeth/pwyllgorau-a-chyfarfodydd/pwyllgor-cynllunio/', 'Pwyllgor Cynllunio', 'planning'],
  ['Monmouthshire', 'https://democracy.monmouthshire.gov.uk/ieListMeetings.aspx?CId=141&LLL=1&Year=0', 'Pwyllgor Cynllunio', 'planning'],
  ['Vale of Glamorgan', 'https://www.valeofglamorgan.gov.uk/cy/living/planning_and_building_control/Planning/Planning-Applications/View-or-Comment-on-a-Planning-Application.aspx', 'Pwyllgor Cynllunio', 'planning'],
  ['Isle of Anglesey', 'http://www.ynysmon.gov.uk/cynllunio-a-gwastraff/rheoli-cynllunio/y-cyhoedd-yn-siarad-yn-y-pwyllgor/', 'Pwyllgor Cynllunio a Gorchmynion', 'planning'],
  // A joint planning *policy* committee and a Local Development Plan panel make policy: not regulatory.
  ['Isle of Anglesey / Gwynedd', 'https://www.anglesey.gov.uk/cy/Trigolion/Cynllunio-rheoli-adeiladu-a-chadwraeth/Polisi-cynllunio/Cynllun-Datblygu-Lleol-ar-y-Cyd-Ynys-Môn-a-Gwynedd/Panel-a-Phwyllgor-ar-y-Cyd.aspx', 'Pwyllgor Polisi Cynllunio ar y Cyd', 'non-regulatory'],
  ['Isle of Anglesey / Gwynedd', 'same page', 'Panel Cynllun Datblygu Lleol ar y Cyd', 'non-regulatory'],
  ['Isle of Anglesey', 'https://docslib.org/doc/1596876/cyfarfod-fforwm-cyswllt-cynghorau-tref-a-chymuned-town-and (the council’s bilingual agenda)', 'Fforwm Cyswllt Cynghorau Tref a Chymuned', 'non-regulatory'],
  ['Newport', 'https://democratiaeth.newport.gov.uk/mgAi.aspx?ID=10144&LLL=1', 'Pwyllgor Safonau', 'other-regulatory'],
  ['Gwynedd', 'https://democratiaeth.gwynedd.llyw.cymru/ieListDocuments.aspx?CId=148&LLL=1&MeetingId=4870', 'Cydbwyllgor AHNE Llŷn', 'non-regulatory'],
];

const BRIEF: [name: string, kind: Kind][] = [
  ['Pwyllgor Cynllunio', 'planning'],
  ['Pwyllgor Trwyddedu', 'licensing'],
  ['Is-bwyllgor Trwyddedu', 'licensing'],
  ['Pwyllgor Rheoleiddio', 'licensing'],
  ['Pwyllgor Rheoli Datblygu', 'planning'],
  ['Pwyllgor Cynllunio / Planning Committee', 'planning'],
];

describe('Welsh committee names found on councils’ own sites', () => {
  it.each(FOUND)('%s: “%s” is %s (source: %s)', (_council, _source, name, kind) => {
    expect(committeeKind(name)).toBe(kind);
  });
});

describe('the Welsh forms the issue names', () => {
  it.each(BRIEF)('“%s” is %s', (name, kind) => {
    expect(committeeKind(name)).toBe(kind);
  });

  it('setup’s Welsh example committee is regulatory', () => {
    // utils/i18n/messages/cy/options.ts, committees.hint: “Pwyllgor Cynllunio”.
    expect(committeeKinds('Pwyllgor Cynllunio')).toEqual(['planning']);
  });
});

describe('mutated, bilingual and policy forms', () => {
  it.each<[string, Kind[]]>([
    ['Pwyllgor Cynllunio, Tai a Thrwyddedu', ['planning', 'licensing']],
    ['Is-Bwyllgor Trwyddedu Canolog', ['licensing']],
    ['Pwyllgor Trwyddedu Cyffredinol', ['licensing']],
    ['Is-bwyllgor Trwyddedu (Deddf Trwyddedu 2003)', ['licensing']],
    ['Panel Apeliadau', ['other-regulatory']],
    ['Pwyllgor Hawliau Tramwy', ['other-regulatory']],
    ['Licensing Committee / Pwyllgor Trwyddedu', ['licensing']],
    ['Pwyllgor Rheoleiddio / Regulatory Committee', ['licensing']],
    ['Pwyllgor Craffu Cynllunio', ['non-regulatory']],
    ['Pwyllgor Llywodraethu ac Archwilio / Governance and Audit Committee', ['non-regulatory']],
    ['Cabinet', ['non-regulatory']],
    ['Pwyllgor Craffu Cymunedau / Communities Scrutiny Committee', ['non-regulatory']],
  ])('“%s” is %j', (name, kinds) => {
    expect(committeeKinds(name)).toEqual(kinds);
  });
});

describe('the same committee across languages', () => {
  it('a bilingual meeting title matches a profile naming either half', () => {
    expect(sameCommittee('Planning Committee', 'Pwyllgor Cynllunio / Planning Committee')).toBe(true);
    expect(sameCommittee('Pwyllgor Cynllunio', 'Pwyllgor Cynllunio / Planning Committee')).toBe(true);
    expect(sameCommittee('Licensing Committee', 'Pwyllgor Cynllunio / Planning Committee')).toBe(false);
  });

  it('two lettered Welsh sub-committees are not the same one', () => {
    expect(sameCommittee('Is-bwyllgor Trwyddedu A', 'Is-bwyllgor Trwyddedu B')).toBe(false);
    expect(sameCommittee('Is-bwyllgor Trwyddedu A', 'Is-bwyllgor Trwyddedu A')).toBe(true);
    expect(sameCommittee('Is-bwyllgor Trwyddedu', 'Is-bwyllgor Trwyddedu A')).toBe(true);
  });
});
