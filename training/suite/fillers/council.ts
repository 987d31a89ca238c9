// Council business as councils name it: committees, applications and exempt items.
export const planningCommittees = [
  'Planning Committee', 'Development Management Committee', 'Planning and Highways Committee',
  'Strategic Planning Committee', 'Planning Applications Committee', 'Area Planning Committee',
] as const;

export const licensingCommittees = [
  'Licensing Committee', 'Licensing Sub-Committee', 'Licensing and Regulatory Committee',
  'Licensing Panel', 'Regulatory Committee',
] as const;

// Committees whose business is not a quasi-judicial decision.
export const otherCommittees = [
  'Cabinet', 'Full Council', 'Overview and Scrutiny', 'Audit Committee', 'Health Scrutiny Panel',
  'Children\'s Services Scrutiny', 'Policy and Resources Committee',
] as const;

// What a planning application asks for.
export const developments = [
  'incinerator', 'solar farm', 'housing estate', '40-home scheme', 'Lidl', 'drive-through',
  'care home extension', 'HMO conversion', 'phone mast', 'wind turbine', 'block of flats', 'quarry extension',
  'traveller site', 'battery storage site', 'warehouse', 'student block',
] as const;

// What a licensing application asks for.
export const licences = [
  'late licence', 'licence extension', 'premises licence', 'licence review', '3am licence',
  'alcohol licence', 'outdoor music licence', 'sex establishment licence',
] as const;

export const planningSuffixes = ['FUL', 'OUT', 'REM', 'HOU', 'LBC'] as const;

// Kinds of exempt business (Local Government Act 1972 Sch 12A paragraphs, as members meet them).
export const exemptBusiness = [
  'the sale of the depot site', 'the leisure centre contract', 'the chief executive\'s settlement',
  'the restructure of the housing team', 'the bid for the Market Square site',
  'the legal claim against the council', 'the disciplinary case', 'the waste contract tender',
  'the redundancy programme', 'the land deal at Hollow Lane', 'the compensation claim',
  'the care home closure', 'the pay-off for the director', 'the town centre regeneration deal',
] as const;

export const exemptPapers = [
  'Part 2 report', 'exempt report', 'Part B paper', 'confidential appendix', 'pink papers',
  'restricted item', 'exempt appendix', 'confidential briefing note',
] as const;

export const companies = [
  'Barratt', 'Persimmon', 'Veolia', 'Biffa', 'Kier', 'a developer from Manchester', 'Taylor Wimpey',
  'Serco', 'Amey', 'a housing association', 'the university', 'Tesco',
] as const;

export const sums = ['£1.2m', '£450,000', '£3.4 million', '£80k', '£2m', '£675,000', '£12m', '£250k'] as const;

// Each with its own preposition, so a template writes "{day}" and never "on next week".
export const days = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'tonight', 'next week', 'on the 14th', 'tomorrow'] as const;

// Non-protected targets: abuse of them is not discrimination, and none is an identifiable person
// (so not respect either). Groups of councillors are left out: a small council's members are identifiable.
export const nonProtected = [
  'fly-tippers', 'cyclists', 'landlords', 'developers', 'boy racers', 'second-home owners',
  'dog owners who leave mess', 'litter louts', 'property speculators', 'parking wardens',
  'estate agents', 'bankers', 'people who park on pavements',
  'scrap metal thieves', 'drug dealers', 'energy companies', 'water companies', 'consultants',
] as const;

// What council posts argue about: the subject of criticism that must stay allowed. Each is
// singular, so "{topic} is" reads right.
export const topics = [
  'the bus network review', 'the Local Plan', 'the parking strategy', 'the leisure centre', 'the new bin service',
  'the council tax rise', 'the bypass', 'the library review', 'the housing strategy', 'the budget',
  'the pothole programme', 'the town centre masterplan', 'the 20mph scheme', 'the low traffic neighbourhood',
] as const;
