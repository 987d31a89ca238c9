/**
 * Lists of small non-negative integers as printable text, one character per value where it can:
 * the model's bucket gaps and int8 weights (./linear.ts). Unlike base64 of the bytes, which leaves
 * gzip six bits a character whatever the data, a character per value lets gzip's Huffman coding
 * spend on each value only what its frequency asks (the weights cluster at a few dozen values);
 * the weights file shrank from 69.7 kB to 51.2 kB gzipped, exactly the same numbers.
 *
 * The alphabet is printable ASCII without `"` and `\`, so JSON.stringify writes it unescaped.
 * A value below DIRECT is one character; a larger one is a length character (n = 1..7) and then
 * n base-DIRECT digits of value - DIRECT, most significant first.
 */
const ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');
const DIRECT = 86;
const MAX_DIGITS = ALPHABET.length - DIRECT;
const CODE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function encodeSymbols(values: readonly number[]): string {
  let out = '';
  for (const value of values) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`encodeSymbols: ${value} is not a non-negative integer`);
    if (value < DIRECT) {
      out += ALPHABET[value];
      continue;
    }
    let rest = value - DIRECT;
    let digits = '';
    do {
      digits = ALPHABET[rest % DIRECT] + digits;
      rest = Math.floor(rest / DIRECT);
    } while (rest > 0);
    if (digits.length > MAX_DIGITS) throw new Error(`encodeSymbols: ${value} is too large`);
    out += ALPHABET[DIRECT + digits.length - 1] + digits;
  }
  return out;
}

export function decodeSymbols(text: string): number[] {
  const out: number[] = [];
  const codeAt = (i: number): number => {
    const code = CODE.get(text[i]!);
    if (code === undefined) throw new Error(`decodeSymbols: character ${i} ("${text[i] ?? ''}") is not in the alphabet`);
    return code;
  };
  for (let i = 0; i < text.length; ) {
    const first = codeAt(i++);
    if (first < DIRECT) {
      out.push(first);
      continue;
    }
    const digits = first - DIRECT + 1;
    if (i + digits > text.length) throw new Error('decodeSymbols: the text ends inside a value');
    let value = 0;
    for (let k = 0; k < digits; k++) {
      const digit = codeAt(i++);
      if (digit >= DIRECT) throw new Error(`decodeSymbols: character ${i - 1} is not a digit`);
      value = value * DIRECT + digit;
    }
    out.push(value + DIRECT);
  }
  return out;
}

/** Signed integers as non-negative ones, small magnitudes first: 0, -1, 1, -2, 2… → 0, 1, 2, 3, 4… */
export const zigzag = (value: number): number => (value >= 0 ? 2 * value : -2 * value - 1);
export const unzigzag = (code: number): number => (code % 2 === 0 ? code / 2 : -(code + 1) / 2);
