/** Checks for the formats of UK identifiers, kept apart from the rules so they can be unit tested. */

/**
 * NHS number modulus 11 check (NHS Data Dictionary, "NHS Number"): weights 10..2
 * on the first nine digits, check digit = 11 - (sum mod 11); 11 becomes 0 and
 * 10 means the number is invalid.
 */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  // All one digit passes the checksum for some digits (e.g. 4444444444) and is never issued.
  if (/^(\d)\1{9}$/.test(digits)) return false;
  return check === Number(digits[9]);
}

// Royal Mail Programmers' Guide (PAF): the letters allowed in each position.
const FIRST = 'abcdefghijklmnoprstuwyz'; // not Q, V, X
const SECOND = 'abcdefghklmnopqrstuvwxy'; // not I, J, Z
const THIRD_A9A = 'abcdefghjkpstuw'; // A9A outward
const FOURTH_AA9A = 'abehmnprvwxy'; // AA9A outward
const INWARD = 'abdefghjlnpqrstuwxyz'; // not C, I, K, M, O, V

/**
 * A full UK postcode (outward + inward, case-insensitive, space optional):
 * A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA, and GIR 0AA.
 * A district alone ("SW1A", "M1") is not a full postcode.
 */
export function isValidPostcode(raw: string): boolean {
  const code = raw.toLowerCase().replace(/\s+/g, '');
  if (code === 'gir0aa') return true;
  const match = /^([a-z]{1,2})(\d)([a-z\d]?)(\d)([a-z])([a-z])$/.exec(code);
  if (!match) return false;
  const [, area = '', district = '', extra = '', , in1 = '', in2 = ''] = match;
  if (!FIRST.includes(area[0]!)) return false;
  if (area.length === 2 && !SECOND.includes(area[1]!)) return false;
  if (extra && /[a-z]/.test(extra)) {
    if (area.length === 1 && !THIRD_A9A.includes(extra)) return false;
    if (area.length === 2 && !FOURTH_AA9A.includes(extra)) return false;
  }
  void district;
  return INWARD.includes(in1) && INWARD.includes(in2);
}

/** Normalised postcode for display and comparison: "sw1a1aa" -> "SW1A 1AA". */
export const formatPostcode = (raw: string): string => {
  const code = raw.toUpperCase().replace(/\s+/g, '');
  return `${code.slice(0, -3)} ${code.slice(-3)}`;
};
