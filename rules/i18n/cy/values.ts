/**
 * Welsh for the values rules fill into their messages from their own vocabularies, keyed by the
 * English value the rule passes. Names, agenda titles and the user's own words are not here: they
 * are shown as written. tests/unit/i18n-values.test.ts fails for a value a rule produces with no Welsh.
 */
import { dayAndMonth as welshDayAndMonth } from '../../../utils/i18n/dates';
import type { Characteristic } from '../../data/discrimination/types';

const CHARACTERISTIC = {
  age: 'oedran',
  disability: 'anabledd',
  'gender-reassignment': 'ailbennu rhywedd',
  'marriage-civil-partnership': 'priodas a phartneriaeth sifil',
  'pregnancy-maternity': 'beichiogrwydd a mamolaeth',
  race: 'hil',
  'religion-belief': 'crefydd neu gred',
  sex: 'rhyw',
  'sexual-orientation': 'cyfeiriadedd rhywiol',
} satisfies Record<Characteristic, string>;

/** The discrimination rules name the characteristic with spaces for hyphens ("religion belief"). */
export const CHARACTERISTICS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CHARACTERISTIC).map(([english, welsh]) => [english.replace(/-/g, ' '), welsh]),
);

/** The kinds of special category detail (rules/data/special-category.ts), as the object of "datgelu" or "nodi". */
export const SENSITIVE_LABELS: Readonly<Record<string, string>> = {
  'health details': 'manylion iechyd',
  'mental health details': 'manylion iechyd meddwl',
  'disability details': 'manylion anabledd',
  'ethnic origin': 'tarddiad ethnig',
  'religious belief': 'cred grefyddol',
  'sexual orientation': 'cyfeiriadedd rhywiol',
  'details of sex life': 'manylion bywyd rhywiol',
  'trade union membership': 'aelodaeth o undeb llafur',
  'a criminal allegation or conviction': 'honiad neu euogfarn droseddol',
  'immigration status': 'statws mewnfudo',
  'safeguarding or child protection details': 'manylion diogelu neu amddiffyn plant',
  'social care details': 'manylion gofal cymdeithasol',
  'benefits details': 'manylion budd-daliadau',
  debts: 'dyledion',
};

/** A resident's circumstances (rules/data/circumstances.ts); shown in brackets, so no mutation follows "ynghyd â". */
export const CIRCUMSTANCES: Readonly<Record<string, string>> = {
  'where they live': 'lle mae’n byw',
  'their family situation': 'ei sefyllfa deuluol',
  'their housing situation': 'ei sefyllfa dai',
  'a complaint about them': 'cwyn amdano',
  'their case': 'ei achos',
  'their age': 'ei oed',
};

/**
 * Whom a sensitive detail is about, when the rule describes the person rather than quoting the
 * draft (rules/detect/sensitive.ts). "The recipient" is not here: that case goes to dm-sensitive-details,
 * whose message names no one.
 */
export const SUBJECTS: Readonly<Record<string, string>> = {
  'the person you are replying to': 'y person rydych chi’n ei ateb',
};

/** "12 Mawrth": the day in UK time, as the English messages give "12 March". */
export const dayAndMonth = (instant: Date): string => welshDayAndMonth(instant, 'cy');
