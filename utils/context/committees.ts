/**
 * Committee names as councils write them, reduced to the kinds the rules care
 * about. Regulatory kinds are the quasi-judicial ones, where a councillor
 * decides an application or a case and must not have a closed mind:
 *
 * - planning: planning applications (Planning, Area Planning, Development
 *   Management / Control, Plans Panels, Strategic Planning Board…);
 * - licensing: Licensing Act 2003 and Gambling Act hearings, taxi / private
 *   hire and other "Regulatory" committees, which in most councils are the
 *   non-2003-Act licensing committee;
 * - other-regulatory: other hearings that decide a person's case: standards
 *   hearings, appeals and review panels, rights of way, commons and village
 *   green registration;
 * - non-regulatory: everything else. Audit and governance committees are
 *   here: they scrutinise accounts and risk and decide no one's application
 *   or case. So are planning *policy* bodies (Local Plan panels, planning
 *   scrutiny, working groups): they make policy, which councillors may
 *   campaign on.
 */

export const COMMITTEE_KINDS = ['planning', 'licensing', 'other-regulatory', 'non-regulatory'] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

const POLICY_NOT_CASES =
  /\b(scrutiny|policy|local plan|working (group|party)|task (group|and finish)|forum|liaison|advisory|member reference|steering)\b/;

const PATTERNS: Record<Exclude<CommitteeKind, 'non-regulatory'>, RegExp[]> = {
  planning: [
    /\bplanning\b/,
    /\bdevelopment (management|control)\b/,
    // Tower Hamlets' "Development Committee"; anchored so "Economic Development Committee" stays out.
    /^(strategic )?development (committee|sub-?committee)\b/,
    /\bplans panel\b/,
  ],
  licensing: [
    /\blicen[cs]ing\b/,
    /\b(taxi|hackney|private hire|gambling|alcohol)\b/,
    /^regulatory (committee|sub-?committee|panel|board)\b/,
    /\bregulatory (and|&) (general|appeals) (purposes )?committee\b/,
  ],
  'other-regulatory': [
    /\bstandards\b/,
    /\bappeals?\b/,
    /\bhearings?\b/,
    /\b(homelessness|housing|complaints?) review\b/,
    /\brights? of way\b/,
    /\b(commons|village greens?) (registration|committee)\b/,
    /\bcommons and village greens?\b/,
  ],
};

const cleaned = (name: string) =>
  name
    .toLowerCase()
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** Every kind a name belongs to: "Planning and Licensing Committee" is both. */
export function committeeKinds(name: string): CommitteeKind[] {
  const text = cleaned(name);
  const kinds = (Object.keys(PATTERNS) as (keyof typeof PATTERNS)[]).filter((kind) =>
    PATTERNS[kind].some((pattern) => pattern.test(text)),
  );
  // A scrutiny panel on planning or a Local Plan working group makes policy, not decisions on cases.
  if (kinds.length === 0 || POLICY_NOT_CASES.test(text)) return ['non-regulatory'];
  return kinds;
}

/** The single most specific kind: planning, then licensing, then other regulatory. */
export function committeeKind(name: string): CommitteeKind {
  return committeeKinds(name)[0] ?? 'non-regulatory';
}

export const isRegulatory = (kind: CommitteeKind): boolean => kind !== 'non-regulatory';

const COMMITTEE_WORDS = /\b(committee|subcommittee|panel|board|cabinet|council|forum|group|executive)\b/g;

const ABBREVIATIONS: [RegExp, string][] = [
  [/&/g, ' and '],
  [/\bsub[\s-]*(committee|cttee|ctte|comm)\b\.?/g, 'subcommittee'],
  [/\b(cttee|ctte|cmttee|comm|committe|comittee)\b\.?/g, 'committee'],
  [/\bcttees\b/g, 'committees'],
  [/\bdev\b\.?/g, 'development'],
  [/\bmgmt\b\.?/g, 'management'],
];

/** Base name and qualifier: "Planning Committee (Area East)" → ["planning committee", "area east"]. */
function splitName(name: string): { base: string; qualifier: string } {
  let text = cleaned(name);
  for (const [pattern, replacement] of ABBREVIATIONS) text = text.replace(pattern, replacement);
  const bracketed = [...text.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]).join(' ');
  text = text.replace(/\([^)]*\)/g, ' ');
  // "Planning Committee - Area East", "Licensing Sub-Committee A": what follows the last committee word qualifies it.
  const words = [...text.matchAll(COMMITTEE_WORDS)];
  const last = words.at(-1);
  let trailing = '';
  if (last?.index !== undefined) {
    trailing = text.slice(last.index + last[0].length);
    text = text.slice(0, last.index + last[0].length);
  }
  const tidy = (s: string) => s.replace(/[^a-z0-9 ]/g, ' ').replace(/\b(the|meeting|of)\b/g, ' ').replace(/\s+/g, ' ').trim();
  let base = tidy(text);
  if (base === 'full council' || base === 'council') base = 'council';
  return { base, qualifier: tidy(`${bracketed} ${trailing}`) };
}

/**
 * Whether a committee named in a profile is the one named on a meeting,
 * despite abbreviations, punctuation and case. A qualifier (area, letter)
 * on one side only still matches, because a profile may name the committee
 * in general; two different qualifiers do not. A sub-committee is not its
 * parent committee.
 */
export function sameCommittee(a: string, b: string): boolean {
  const left = splitName(a);
  const right = splitName(b);
  if (!left.base || !right.base) return false;
  if (left.qualifier && right.qualifier && left.qualifier !== right.qualifier) return false;
  if (left.base === right.base) return true;
  // One slip of the keyboard in a long name ("Licensing Committe") is still the same committee.
  return left.base.length >= 12 && editDistanceAtMostOne(left.base, right.base);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + (a.length >= b.length ? 1 : 0));
  const restB = b.slice(i + (b.length >= a.length ? 1 : 0));
  return restA === restB;
}
