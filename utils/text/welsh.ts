/**
 * Is this draft written in Welsh? The rules read English only, so the panel and the live hint must
 * say when a draft's wording went unchecked. A small function-word profile with a few letter
 * patterns English does not have: Welsh drafts are full of "yn", "y/yr", "mae", "wedi", "i'r", and
 * of "dd", "ll", "ŵ"; English ones of "the", "and", "of". Place names ("Cwrt y Felin") and a Welsh
 * greeting in an English post are not enough: a draft needs more Welsh signals than English, twice over.
 * Measured in tests/unit/welsh.test.ts on text it was not written from (the Welsh and English UI catalogues).
 */
import { tokenize } from './tokens';

// Only words that are not also common English words ("a", "i", "am", "at", "hi", "no" are both).
const WELSH_WORDS = new Set([
  'y', 'yr', 'yn', 'ac', 'ag', 'ar', 'o', 'ei', 'eu', 'ein', 'eich', 'mae', 'maen', 'roedd', 'oedd', 'bod', 'wedi', 'ddim', 'dim',
  'ond', 'neu', 'gyda', 'hefyd', 'hyn', 'hon', 'hwn', 'sy', 'sydd', 'bydd', 'fydd', 'byddwn', 'byddaf', 'os', 'pan', 'fel', 'ydy',
  'yw', 'oes', 'nid', 'nad', 'na', 'dros', 'gan', 'heb', 'rhwng', 'trwy', 'drwy', 'mewn', 'ni', 'chi', 'fi', 'nhw', 'ti', 'diolch',
  'iawn', 'pob', 'mwy', 'rhaid', 'gallu', 'cael', 'gael', 'gwneud', 'wneud', 'newydd', 'heddiw', 'yma', 'yno', 'felly', 'beth',
  'pwy', 'sut', 'pam', 'ble', 'lle', 'hynny', 'rhai', 'llawer', 'gyfer', 'ynghylch', 'eto', 'nawr', 'rŵan', 'erbyn', 'ymlaen',
  'ydych', 'ydyn', 'rydych', 'rydyn', 'rydw', 'dwi', 'fy', 'ein', 'hwnnw', 'honno', 'wrth', 'gennych', 'gen', 'chwi', 'pryd',
]);
const ENGLISH_WORDS = new Set([
  'the', 'and', 'of', 'to', 'is', 'in', 'for', 'that', 'it', 'on', 'with', 'as', 'was', 'be', 'are', 'this', 'by', 'have', 'has',
  'from', 'or', 'not', 'but', 'we', 'you', 'they', 'he', 'she', 'his', 'her', 'will', 'would', 'can', 'our', 'your', 'their',
  'an', 'been', 'were', 'which', 'there', 'what', 'all', 'if', 'about', 'more', 'so', 'just', 'my', 'me', 'us', 'do', 'did',
  'get', 'got', 'up', 'out', 'very', 'thank', 'thanks', 'please', 'who', 'when', 'should', 'could', 'had', 'than', 'into', 'them',
]);
// Letter patterns of Welsh spelling that English words almost never have.
const WELSH_LETTERS = /[ŵŷŴŶ]|dd|^ll|^rh|^ngh|^mh|^nh|wy|ae|ch$/u;

export interface WelshScore {
  welsh: number;
  english: number;
}

export function welshScore(text: string): WelshScore {
  let welsh = 0;
  let english = 0;
  for (const token of tokenize(text)) {
    // "i’r", "mae’n", "y’n": the apostrophe forms are Welsh; split them at the apostrophe.
    const [word = '', clitic] = token.lower.split(/['\u2019]/u);
    if (clitic === 'r' || clitic === 'n' || clitic === 'w') welsh += 1;
    if (WELSH_WORDS.has(word)) welsh += 1;
    else if (ENGLISH_WORDS.has(word)) english += 1;
    else if (word.length > 3 && WELSH_LETTERS.test(word)) welsh += 0.5;
  }
  return { welsh, english };
}

/** True when the text reads as Welsh: at least three Welsh signals, and twice as many as English ones. */
export function isWelsh(text: string): boolean {
  const { welsh, english } = welshScore(text);
  return welsh >= 3 && welsh >= 2 * english;
}
