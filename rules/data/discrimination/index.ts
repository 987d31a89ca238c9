/** The discrimination lexicon: every topic file, by file name (for the duplicate check). */
import { AGE } from './age';
import { DISABILITY } from './disability';
import { GENDER_REASSIGNMENT } from './gender-reassignment';
import { GYPSY_ROMA_TRAVELLER } from './gypsy-roma-traveller';
import { MARRIAGE_CIVIL_PARTNERSHIP } from './marriage-civil-partnership';
import { PREGNANCY_MATERNITY } from './pregnancy-maternity';
import { RACE } from './race';
import { RELIGION_BELIEF } from './religion-belief';
import { SEX } from './sex';
import { SEXUAL_ORIENTATION } from './sexual-orientation';
import type { LexiconEntry } from './types';

export const LEXICON_FILES: Readonly<Record<string, readonly LexiconEntry[]>> = {
  age: AGE,
  disability: DISABILITY,
  'gender-reassignment': GENDER_REASSIGNMENT,
  'gypsy-roma-traveller': GYPSY_ROMA_TRAVELLER,
  'marriage-civil-partnership': MARRIAGE_CIVIL_PARTNERSHIP,
  'pregnancy-maternity': PREGNANCY_MATERNITY,
  race: RACE,
  'religion-belief': RELIGION_BELIEF,
  sex: SEX,
  'sexual-orientation': SEXUAL_ORIENTATION,
};

export const LEXICON: readonly LexiconEntry[] = Object.values(LEXICON_FILES).flat();
