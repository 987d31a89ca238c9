import { describe, expect, it } from 'vitest';
import { committeeKind, committeeKinds, sameCommittee, type CommitteeKind } from '../../utils/context/committees';

// Names as they appear on councils' Modern.gov and CMIS sites.
const NAMES: [string, CommitteeKind][] = [
  ['Planning Committee', 'planning'],
  ['Area Planning Committee (Central and East)', 'planning'],
  ['Northern Area Planning Committee', 'planning'],
  ['Planning Applications Committee', 'planning'],
  ['Planning Applications Sub-Committee', 'planning'],
  ['Development Management Committee', 'planning'],
  ['Development Control Committee', 'planning'],
  ['Strategic Planning Board', 'planning'],
  ['Southern Planning Committee', 'planning'],
  ['Planning and Highways Committee', 'planning'],
  ['Planning & Rights of Way Committee', 'planning'],
  ['Planning and Regulation Committee', 'planning'],
  ['City Plans Panel', 'planning'],
  ['North and East Plans Panel', 'planning'],
  ['Strategic Development Committee', 'planning'],
  ['Development Committee', 'planning'],
  ['Planning Sub-Committee', 'planning'],
  ['Planning Committee - Area West', 'planning'],
  ['Licensing Committee', 'licensing'],
  ['Licensing Sub-Committee', 'licensing'],
  ['Licensing Act 2003 Sub-Committee', 'licensing'],
  ['Licensing and Regulatory Committee', 'licensing'],
  ['Licensing Panel', 'licensing'],
  ['Statutory Licensing Sub-Committee', 'licensing'],
  ['General Licensing Committee', 'licensing'],
  ['Alcohol and Entertainment Licensing Sub-Committee', 'licensing'],
  ['Regulatory Committee', 'licensing'],
  ['Regulatory Sub-Committee (Taxi and Private Hire)', 'licensing'],
  ['Regulatory (Taxi / Gambling) Panel', 'licensing'],
  ['Licencing Committee', 'licensing'],
  ['Hackney Carriage and Private Hire Sub-Committee', 'licensing'],
  ['Standards Committee', 'other-regulatory'],
  ['Standards Hearing Sub-Committee', 'other-regulatory'],
  ['Audit and Standards Committee', 'other-regulatory'],
  ['Appeals Panel', 'other-regulatory'],
  ['Staffing Appeals Committee', 'other-regulatory'],
  ['Rights of Way Committee', 'other-regulatory'],
  ['Commons Registration Committee', 'other-regulatory'],
  ['Commons and Village Greens Sub-Committee', 'other-regulatory'],
  ['Hearings Panel', 'other-regulatory'],
  ['Cabinet', 'non-regulatory'],
  ['Executive', 'non-regulatory'],
  ['Council', 'non-regulatory'],
  ['Full Council', 'non-regulatory'],
  ['Overview and Scrutiny Committee', 'non-regulatory'],
  ['Place Scrutiny Panel', 'non-regulatory'],
  ['Planning Policy Working Group', 'non-regulatory'],
  ['Local Plan Panel', 'non-regulatory'],
  ['Planning and Transport Scrutiny Committee', 'non-regulatory'],
  ['Audit and Governance Committee', 'non-regulatory'],
  ['Audit Committee', 'non-regulatory'],
  ['Health and Wellbeing Board', 'non-regulatory'],
  ['Pensions Committee', 'non-regulatory'],
  ['Corporate Parenting Board', 'non-regulatory'],
  ['Economic Development Committee', 'non-regulatory'],
  ['Schools Forum', 'non-regulatory'],
  ['Licensing Policy Working Group', 'non-regulatory'],
];

describe('committeeKind', () => {
  it.each(NAMES)('%s → %s', (name, kind) => {
    expect(committeeKind(name)).toBe(kind);
  });

  it('keeps every kind of a combined committee', () => {
    expect(committeeKinds('Planning and Licensing Committee')).toEqual(['planning', 'licensing']);
    expect(committeeKinds('Licensing and Appeals Committee')).toEqual(['licensing', 'other-regulatory']);
  });
});

describe('sameCommittee', () => {
  it.each([
    ['Planning Committee', 'Planning Cttee'],
    ['Planning Committee', 'planning committee'],
    ['Planning Committee', 'Planning Committee (Area East)'],
    ['Planning Committee', 'Planning Committee - Area East'],
    ['Licensing Sub-Committee', 'Licensing Sub Committee'],
    ['Licensing Sub-Committee', 'Licensing Sub-Cttee'],
    ['Licensing Sub-Committee', 'Licensing Sub-Committee A'],
    ['Planning & Highways Committee', 'Planning and Highways Committee'],
    ['Full Council', 'Council'],
    ['Council', 'Meeting of the Council'],
    ['Development Management Committee', 'Development Management Committe'],
    ['The Cabinet', 'Cabinet'],
  ])('%s ≈ %s', (a, b) => {
    expect(sameCommittee(a, b)).toBe(true);
    expect(sameCommittee(b, a)).toBe(true);
  });

  it.each([
    ['Area Planning Committee (East)', 'Area Planning Committee (West)'],
    ['Licensing Sub-Committee A', 'Licensing Sub-Committee B'],
    ['Licensing Committee', 'Licensing Sub-Committee'],
    ['Planning Committee', 'Strategic Planning Committee'],
    ['Planning Committee', 'Licensing Committee'],
    ['Cabinet', 'Council'],
    ['Planning Committee', ''],
  ])('%s ≠ %s', (a, b) => {
    expect(sameCommittee(a, b)).toBe(false);
  });
});
