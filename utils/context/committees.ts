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
 *
 * Welsh councils name committees in Welsh, or in both languages ("Pwyllgor Cynllunio / Planning
 * Committee"): each half of a bilingual title is classified and the kinds joined. Welsh words
 * change their first letter after some words (mutation: "Cynllunio a Thrwyddedu", "Is-bwyllgor
 * Drwyddedu"), so the patterns allow the mutated forms. Sources for the names: docs/meetings.md.
 */

export const COMMITTEE_KINDS = ['planning', 'licensing', 'other-regulatory', 'non-regulatory'] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

const POLICY_NOT_CASES =
  /\b(scrutiny|policy|local plan|working (group|party)|task (group|and finish)|forum|liaison|advisory|member reference|steering)\b/;
/** The same in Welsh: craffu (scrutiny), polisi, Cynllun Datblygu Lleol (local development plan), gweithgor, tasg a gorffen, fforwm, cyswllt (liaison), ymgynghorol (advisory), llywio (steering). */
const POLICY_NOT_CASES_CY =
  /\b(c|g|ch|ngh)raffu\b|\b(p|b|ph|mh)olisi\b|\bcynllun datblygu lleol\b|\bgweithgor\b|\btasg a gorffen\b|\bfforwm\b|\b(c|g|ch|ngh)yswllt\b|\bymgynghorol\b|\bllywio\b/;

const PATTERNS: Record<Exclude<CommitteeKind, 'non-regulatory'>, RegExp[]> = {
  planning: [
    /\bplanning\b/,
    /\bdevelopment (management|control)\b/,
    // Tower Hamlets' "Development Committee"; anchored so "Economic Development Committee" stays out.
    /^(strategic )?development (committee|sub-?committee)\b/,
    /\bplans panel\b/,
    // Welsh: Cynllunio (planning; also "Gynllunio", "Chynllunio", "Nghynllunio"), Rheoli Datblygu (development management).
    /\b(c|g|ch|ngh)ynllunio\b/,
    /\b(rh|r)eoli datblygu\b/,
  ],
  licensing: [
    /\blicen[cs]ing\b/,
    /\b(taxi|hackney|private hire|gambling|alcohol)\b/,
    /^regulatory (committee|sub-?committee|panel|board)\b/,
    /\bregulatory (and|&) (general|appeals) (purposes )?committee\b/,
    // Welsh: Trwyddedu (licensing; "Drwyddedu", "Thrwyddedu", "Nhrwyddedu"), tacsis, hurio preifat (private hire),
    // cerbydau hacni, gamblo / hapchwarae; and Pwyllgor Rheoleiddio, the Welsh "Regulatory Committee".
    /\b(t|d|th|nh)rwyddedu\b/,
    /\b(tacsis?|hurio preifat|cerbydau hacni|gamblo|hapchwarae)\b/,
    /^(pwyllgor|is-?bwyllgor|panel|bwrdd) (rh|r)eoleiddio\b/,
  ],
  'other-regulatory': [
    /\bstandards\b/,
    /\bappeals?\b/,
    /\bhearings?\b/,
    /\b(homelessness|housing|complaints?) review\b/,
    /\brights? of way\b/,
    /\b(commons|village greens?) (registration|committee)\b/,
    /\bcommons and village greens?\b/,
    // Welsh: Safonau (standards), apêl / apeliadau, gwrandawiad(au) (hearings), hawliau tramwy (rights of way),
    // tiroedd comin (commons), meysydd pentref (village greens).
    /\b(s|ss)afonau\b/,
    /\bap[eê]l\b|\b(a|ha)peliadau\b/,
    /\bg?wrandawiad(au)?\b/,
    /\bhawliau tramwy\b/,
    /\btiroedd comin\b|\bmeysydd pentref\b/,
  ],
};

const cleaned = (name: string) =>
  name
    .toLowerCase()
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** "Pwyllgor Cynllunio / Planning Committee" → both halves; a name in one language → itself. */
export const languageHalves = (name: string): string[] =>
  name
    .split(/\s[/|]\s|\s[-–]\s(?=(?:pwyllgor|is-?bwyllgor|panel|bwrdd)\b)/i)
    .map((half) => half.trim())
    .filter(Boolean);

const kindsCache = new Map<string, readonly CommitteeKind[]>();

/**
 * Every kind a name belongs to: "Planning and Licensing Committee" is both. Remembered: three rules
 * ask for the author's few committees on every check, and each answer costs a dozen regex tests.
 */
export function committeeKinds(name: string): readonly CommitteeKind[] {
  let kinds = kindsCache.get(name);
  if (kinds === undefined) {
    if (kindsCache.size >= 1000) kindsCache.clear();
    kindsCache.set(name, (kinds = Object.freeze(kindsOf(name))));
  }
  return kinds;
}

function kindsOf(name: string): CommitteeKind[] {
  const kinds = new Set<CommitteeKind>();
  for (const half of languageHalves(name)) {
    const text = cleaned(half);
    // A scrutiny panel on planning or a Local Plan working group makes policy, not decisions on cases.
    if (POLICY_NOT_CASES.test(text) || POLICY_NOT_CASES_CY.test(text)) continue;
    for (const kind of Object.keys(PATTERNS) as (keyof typeof PATTERNS)[]) {
      if (PATTERNS[kind].some((pattern) => pattern.test(text))) kinds.add(kind);
    }
  }
  return kinds.size === 0 ? ['non-regulatory'] : COMMITTEE_KINDS.filter((kind) => kinds.has(kind));
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
  // Welsh puts "Pwyllgor" first, so a trailing letter or number ("Is-bwyllgor Trwyddedu A") is the qualifier.
  const lastToken = / ([a-z]|\d{1,2})$/.exec(base);
  if (lastToken && !words.length) {
    base = base.slice(0, lastToken.index);
    trailing = `${trailing} ${lastToken[1]}`;
  }
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
  // A bilingual title is the same committee as either of its halves.
  const halvesA = languageHalves(a);
  const halvesB = languageHalves(b);
  if (halvesA.length > 1 || halvesB.length > 1) return halvesA.some((x) => halvesB.some((y) => sameOneName(x, y)));
  return sameOneName(a, b);
}

function sameOneName(a: string, b: string): boolean {
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
