/**
 * A failure in the background, as a catalogue key and its parameters: translated only at the
 * edge (the reply, the meetings-sync record), into the language of the user's settings.
 */
import type { Settings } from '../context/settings';
import { browserLanguages, createTranslator, resolveLocale, type MessageKey } from '../i18n';
import type { Params } from '../i18n/translate';

type BackgroundKey = Extract<MessageKey, `background.${string}`>;

export interface Problem {
  key: BackgroundKey;
  params?: Params;
}

/** Thrown inside the fetch so a failing request can stop the others; caught before any reply. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.key);
  }
}

export function translateProblem(problem: Problem, language: Settings['language']): string {
  const t = createTranslator(resolveLocale(language, browserLanguages()));
  // Parameters that are themselves catalogue keys ("what" a request was for) are translated first.
  const params = Object.fromEntries(
    Object.entries(problem.params ?? {}).map(([name, value]) => [name, typeof value === 'string' && value.startsWith('background.') ? t(value as MessageKey, problem.params) : value]),
  );
  return t(problem.key, params);
}
