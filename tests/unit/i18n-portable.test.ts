/**
 * The background hands a content script the rules' Welsh texts in a message (utils/i18n/rules/
 * portable.ts), as plain data: what arrives must make the same Welsh findings as the catalogue
 * itself, words, values, dates and suggestions included.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { check } from '../../utils/engine/engine';
import { RULE_TEXTS } from '../../rules/i18n';
import { fromPortable, toPortable } from '../../utils/i18n/rules/portable';
import { parseMarked } from '../support/examples';

// What a runtime message does to it: no symbols, no functions survive.
const sent = JSON.parse(JSON.stringify(toPortable(RULE_TEXTS.cy))) as ReturnType<typeof toPortable>;
const received = fromPortable(sent, 'cy');

describe('the Welsh rule texts, sent as a message', () => {
  it('keep an entry for every rule the catalogue has', () => {
    expect(Object.keys(received).sort()).toEqual(Object.keys(RULE_TEXTS.cy).sort());
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s: the same findings, in Welsh, on every flagged example', (_id, rule) => {
    for (const example of rule.examples.flagged) {
      const request = { text: parseMarked(example.text).text, ...example.request };
      const catalogue = check(request, { texts: RULE_TEXTS.cy }).findings;
      expect(check(request, { texts: received }).findings).toEqual(catalogue);
      // The comparison means something only if the Welsh differs from the English somewhere.
      if (catalogue.length && RULE_TEXTS.cy[rule.id]) expect(check(request).findings).not.toEqual(catalogue);
    }
  });
});
