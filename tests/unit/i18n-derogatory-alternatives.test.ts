/**
 * Issue 11, problem 4: where derogatory-term offers a respectful term, a Welsh panel offers it in
 * Welsh, as every other rule's replacements are.
 */
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../rules/data/discrimination';
import { check } from '../../utils/engine/engine';
import { RULE_TEXTS } from '../../rules/i18n';
import { DEROGATORY_ALTERNATIVES } from '../../rules/i18n/cy/discrimination-alternatives';

const suggestionsOf = (text: string, locale: 'en-GB' | 'cy') =>
  check({ text }, { texts: RULE_TEXTS[locale] }).findings.filter((f) => f.ruleId === 'derogatory-term').map((f) => f.suggestions);

describe('derogatory-term in Welsh', () => {
  it('has the Welsh of every term the lexicon offers', () => {
    const offered = new Set(LEXICON.flatMap((entry) => [...(entry.alternatives ?? []), ...Object.values(entry.alternativesByTerm ?? {}).flat()]));
    expect(offered.size).toBeGreaterThan(100);
    expect([...offered].filter((term) => !Object.hasOwn(DEROGATORY_ALTERNATIVES, term))).toEqual([]);
  });

  it.each([
    ['She has been wheelchair-bound for years', ['a wheelchair user'], ['defnyddiwr cadair olwyn']],
    ['Not another Paki shop, we’ve got four already.', ['Pakistani', 'Asian'], ['Pacistanaidd', 'Asiaidd']],
    ['Three coloured families on the close now', ['Black families'], ['teuluoedd du']],
  ])('%j: English panel %j, Welsh panel %j', (text, english, welsh) => {
    expect(suggestionsOf(text, 'en-GB')).toEqual([english]);
    expect(suggestionsOf(text, 'cy')).toEqual([welsh]);
  });

  it('keeps a masked slur quoted to condemn it as it is', () => {
    const text = 'Someone’s sprayed ‘Pakis out’ on the wall of the mosque. Disgusting.';
    expect(suggestionsOf(text, 'cy')).toEqual(suggestionsOf(text, 'en-GB'));
    expect(suggestionsOf(text, 'cy')).toEqual([['P***s']]);
  });
});
