/**
 * Planning and licensing application references and site addresses in agenda
 * item titles, so rules can tell that a post names a matter a committee is
 * about to decide.
 *
 * Councils' reference formats vary (Idox "24/01234/FUL", "P/2025/0456",
 * "DC/25/01234/OUT", "230228/FUL", Camden "2025/0123/P", Southwark
 * "24/AP/1234"…). What they share: slash-separated upper-case segments with a
 * serial number of three or more digits. Dates (12/03/2025), fractions (1/2),
 * financial years (2025/26, 2025/2026) and road numbers (A303/A30) share the
 * slashes but not that shape.
 */

const CANDIDATE = /(?<![\w/.-])[A-Za-z0-9]+(?:\/[A-Za-z0-9]+){1,4}(?![\w/-]|\.\w)/g;

const isDigits = (s: string) => /^\d+$/.test(s);
const isYear = (s: string) => /^(19|20)\d\d$/.test(s);

function isDate(segments: string[]): boolean {
  if (segments.length !== 3 || !segments.every(isDigits)) return false;
  const [day, month] = segments.map(Number) as [number, number];
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && [2, 4].includes(segments[2]!.length);
}

export function isApplicationReference(candidate: string): boolean {
  const segments = candidate.split('/');
  // Letters must be upper case: "and/or", "km/h" and URL paths are not references.
  if (segments.some((s) => !/^[A-Z0-9]{1,10}$/.test(s))) return false;
  // The serial number: at least three digits on its own.
  const serials = segments.filter((s) => isDigits(s) && s.length >= 3);
  if (serials.length === 0) return false;
  if (isDate(segments)) return false;
  if (segments.length === 2) {
    const [first, second] = segments as [string, string];
    // 2025/2026, 03/2025, NHS/2024: a year range, a month or a label, not a serial.
    if (isYear(second)) return false;
    // Two numbers pass only as year/serial ("24/01234", "2024/1234"), never as a fraction or ratio.
    if (isDigits(first) && isDigits(second)) return (first.length === 2 || isYear(first)) && second.length >= 4;
  }
  return true;
}

export interface Found {
  text: string;
  start: number;
  end: number;
}

/** Every application reference in `text`, in order, with UTF-16 offsets. */
export function findApplicationReferences(text: string): Found[] {
  return [...text.matchAll(CANDIDATE)]
    .filter((m) => isApplicationReference(m[0]))
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export const firstApplicationReference = (text: string): string | undefined => findApplicationReferences(text)[0]?.text;

const STREET =
  '(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Way|Place|Crescent|Court|Gardens|Terrace|Hill|Grove|Square|Row|Walk|Green|Park|Rise|Mews|Parade|View|Yard|Wharf|Quay|Broadway|Market Place|High Street)';
const NAME = "[A-Z][\\w'’.-]*(?:\\s+(?:[A-Z][\\w'’.-]*|and|upon|on|the|de|le))*";

/** "Land at Wheatfield Farm, Mill Lane": a site described by what it is next to. */
const SITE_DESCRIPTION = new RegExp(
  `\\b(?:(?:Land|Site|Plot|Sites|Former|Part of|Buildings?|Garages?|Car Park)\\s+(?:at|adj(?:acent|oining)?\\.?(?:\\s+to)?|to the (?:rear|north|south|east|west|side) of|r/o|north of|south of|east of|west of|off|of|known as)\\s+)${'[^;:()\\n]+'}`,
  'i',
);
/** "14 High Street", "5-7 Station Road", "Flat 2, 23 Church Road". */
const NUMBERED_ADDRESS = new RegExp(
  `\\b(?:(?:Flat|Unit|Apartment)\\s+\\w+,?\\s+)?\\d+[A-Za-z]?(?:\\s*[-–]\\s*\\d+[A-Za-z]?)?,?\\s+${NAME}\\s+${STREET}\\b[^;:()\\n]*`,
);

/**
 * The site an agenda item is about, from its title: the part after (or
 * before) the reference that reads as an address. Undefined when none does.
 */
export function findSiteAddress(title: string): Found | undefined {
  for (const pattern of [SITE_DESCRIPTION, NUMBERED_ADDRESS]) {
    const match = pattern.exec(title);
    if (!match) continue;
    // The address runs to the next " - " separator or reference, without trailing punctuation.
    let text = match[0].split(/\s+[-–—]\s+/)[0]!;
    const reference = findApplicationReferences(text)[0];
    if (reference) text = text.slice(0, reference.start);
    text = text.replace(/[\s,.:;-]+$/, '');
    if (text) return { text, start: match.index, end: match.index + text.length };
  }
  return undefined;
}
