/**
 * Personal circumstances and whereabouts that, next to a private person's name,
 * make a post about that person's private life (rule named-resident). Phrases
 * are folded words for PhraseMatcher; whereabouts with numbers are regexes in
 * the rule. Special-category details (health, benefits, crime…) are in
 * special-category.ts and raised by their own rules.
 */

export interface CircumstanceEntry {
  kind: 'whereabouts' | 'family' | 'housing' | 'complaint' | 'casework' | 'age';
  label: string;
  terms: readonly string[];
  note: string;
  source: string;
  falsePositives: ReadonlyArray<{ context: string; example: string }>;
}

const SOURCE = 'UK GDPR Art. 4(1) and 5(1)(a),(f); Members\u2019 Code of Conduct (confidentiality and data protection)';

export const CIRCUMSTANCES: readonly CircumstanceEntry[] = [
  {
    kind: 'age',
    label: 'their age',
    // Found by shape, not by words: named-resident reads "(91)", ", 67," or "is 4" right after the name.
    terms: [],
    note: 'An age beside a full name narrows a private person down further.',
    source: SOURCE,
    falsePositives: [{ context: 'a first name alone with an age, in good news', example: 'Old age is no barrier: Arthur, 91, has planted 2,000 bulbs in the park.' }],
  },
  {
    kind: 'whereabouts',
    label: 'where they live',
    terms: [
      'lives in', 'lives on', 'lives at', 'living in', 'living on', 'living at', 'moved into', 'moved in to', 'stays at',
      'staying at', 'next door', 'her address', 'his address', 'their address', 'her flat', 'his flat', 'her house',
      'his house', 'her home', 'his home',
    ],
    note: 'Where a named private person lives (house numbers and full addresses are raised by the address rules).',
    source: SOURCE,
    falsePositives: [
      { context: 'a street named for a public event', example: 'Thanks to Sarah Jenkins for organising the litter pick along the canal.' },
    ],
  },
  {
    kind: 'family',
    label: 'their family situation',
    terms: [
      'husband left', 'wife left', 'partner left', 'walked out', 'split up', 'separated', 'divorce', 'divorced',
      'divorcing', 'widowed', 'bereaved', 'lost her husband', 'lost his wife', 'lost her partner', 'lost his partner',
      'single mum', 'single mother', 'single dad', 'single father', 'single parent', 'custody', 'her ex', 'his ex',
      'estranged',
    ],
    note: 'Family breakdown, bereavement and custody.',
    source: SOURCE,
    falsePositives: [
      { context: 'general support', example: 'Support for single parents is available from the family hub.' },
    ],
  },
  {
    kind: 'housing',
    label: 'their housing situation',
    terms: [
      'evict*', 'notice to quit', 'section 21', 'landlord', 'landlady', 'homeless', 'homelessness', 'sofa surfing',
      'sofa-surfing', 'temporary accommodation', 'overcrowded', 'damp', 'mould', 'housing list', 'housing register',
      'rehoused', 'rehousing', 'kicked out', 'thrown out', 'rough sleeping', 'sleeping rough',
      'given a council flat', 'given a council house', 'got a council flat', 'got a council house',
    ],
    note: 'Eviction, homelessness and housing conditions of a named person.',
    source: SOURCE,
    falsePositives: [
      { context: 'policy', example: 'No-fault evictions must end, and the Renters\u2019 Rights Act is a start.' },
    ],
  },
  {
    kind: 'complaint',
    label: 'a complaint about them',
    terms: [
      'complained about', 'complaints about', 'complaint about', 'noisy', 'noise nuisance', 'nuisance', 'anti-social',
      'antisocial', 'asb', 'harass*', 'intimidat*', 'keeps parking', 'dumping', 'dumped', 'fly-tip*', 'fly tip*', 'feud',
      'dispute with', 'banned from', 'problem family', 'nightmare neighbour*',
    ],
    note: 'Complaints and accusations about a named private person.',
    source: SOURCE,
    falsePositives: [
      { context: 'reporting a problem without naming anyone', example: 'More fly-tipping on Mill Lane: please report it online.' },
    ],
  },
  {
    kind: 'casework',
    label: 'their case',
    terms: [
      'his case', 'her case', 'their case', 'casework', 'tribunal', 'her appeal', 'his appeal', 'lost her job', 'lost his job',
      'made redundant', 'laid off', 'unemployed', 'out of work', 'sacked', 'grievance', 'compensation claim', 'her complaint',
      'his complaint', 'has been waiting', 'still waiting', 'redundancy list', 'redundancy', 'disciplinary', 'dismissed',
      'suspended from work', 'on the redundancy list',
      // Everyday words for losing a job ("got his marching orders", "given the sack").
      'got his marching orders', 'got her marching orders', 'given his marching orders', 'given her marching orders',
      'got the sack', 'given the sack', 'losing her job', 'losing his job',
    ],
    note: 'A named person\u2019s casework with the council or others.',
    source: SOURCE,
    falsePositives: [
      { context: 'thanking officers for casework in general', example: 'Thanks to the housing team for their help with casework this week.' },
    ],
  },
];

/**
 * Life events that say something new beside a special-category detail ("lost her job", "evicted",
 * "split up"), so a person raised for their health or benefits is also named with them (DESIGN.md,
 * Labelling). Waiting, landlords and exes usually belong to the sensitive story itself. Folded prefixes.
 */
export const FURTHER_CIRCUMSTANCES: readonly string[] = [
  'lost her job', 'lost his job', 'lost their job', 'made redundant', 'unemployed', 'out of work', 'sacked', 'laid off',
  'evict', 'homeless', 'sofa surf', 'sofa-surf', 'split up', 'separated', 'divorc', 'single mum', 'single mother',
  'single dad', 'single father', 'single parent', 'widowed', 'got his marching', 'got her marching', 'given his marching',
  'given her marching', 'got the sack', 'given the sack', 'losing her job', 'losing his job', 'given a council', 'got a council',
];
