/**
 * The engine speaks Welsh when given the Welsh rule texts: the same findings at the same spans,
 * only the words change, and a rule or message with no Welsh keeps its English.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules';
import { check } from '../../utils/engine/engine';
import type { CheckRequest } from '../../utils/engine/request';
import type { Finding, Rule } from '../../utils/engine/types';
import { RULE_TEXTS } from '../../rules/i18n';
import { parseMarked } from '../support/examples';

const rule = (id: string): Rule => RULES.find((one) => one.id === id)!;

/** The rule's first flagged example as a request, so the test follows the rule's own examples. */
function firstExample(id: string): CheckRequest {
  const example = rule(id).examples.flagged[0]!;
  return { text: parseMarked(example.text).text, ...example.request };
}

const only = (findings: Finding[], id: string) => findings.filter((finding) => finding.ruleId === id);
// Suggestions change language too (tests/unit/i18n-replacements.test.ts); here only how many there are.
const shape = ({ message: _m, explanation: _e, source: _s, suggestions, rewrite, ...rest }: Finding) => ({ ...rest, suggestions: suggestions.length, rewrite: Boolean(rewrite) });

describe('the engine with Welsh rule texts', () => {
  it('ni-number: Welsh message, explanation and source', () => {
    const [finding, ...more] = only(check(firstExample('ni-number'), { texts: RULE_TEXTS.cy }).findings, 'ni-number');
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ start: 17, end: 26, severity: 'high', suggestions: ['[rhif YG wedi’i ddileu]'] });
    expect(finding!.message).toBe('Mae hyn yn edrych fel rhif Yswiriant Gwladol.');
    expect(finding!.explanation).toMatch(/^Mae rhif Yswiriant Gwladol yn adnabod un person, ac mae’n cael ei ddefnyddio i gyflawni twyll hunaniaeth\./);
    expect(finding!.source).toBe('GDPR y DU, Erthyglau 4(1) a 5(1)(f); Cod Ymddygiad yr Aelodau (cyfrinachedd a diogelu data)');
  });

  it('meeting: the committee and end time filled into the Welsh', () => {
    const [finding] = only(check(firstExample('meeting'), { texts: RULE_TEXTS.cy }).findings, 'meeting');
    expect(finding!.message).toBe('Mae Planning Committee yn cyfarfod nawr (tan 21:30).');
    expect(finding!.explanation).toMatch(/^Rydych chi’n aelod o Planning Committee, sy’n penderfynu ar geisiadau/);
  });

  it('restricted-item: the agenda item and committee filled into message and explanation', () => {
    const [finding] = only(check(firstExample('restricted-item'), { texts: RULE_TEXTS.cy }).findings, 'restricted-item');
    expect(finding!.message).toBe(
      'Gallai hyn ddatgelu busnes cyfyngedig: mae “Riverside Leisure Centre contract renegotiation” yn eitem eithriedig.',
    );
    expect(finding!.explanation).toMatch(
      /^Mae’r agenda yn nodi bod “Riverside Leisure Centre contract renegotiation” \(Cabinet\) yn gyfyngedig:/,
    );
    expect(finding!.source).toMatch(/^Deddf Llywodraeth Leol 1972, adran 100A\(4\) ac Atodlen 12A;/);
  });

  it('named-resident: the name as written, the circumstance in Welsh', () => {
    const [finding] = only(check(firstExample('named-resident'), { texts: RULE_TEXTS.cy }).findings, 'named-resident');
    expect(finding!.message).toBe('Gallai hyn adnabod Mrs Khan ynghyd â manylion personol (lle mae’n byw).');
  });

  it.each(['ni-number', 'meeting', 'restricted-item', 'named-resident', 'predetermination', 'political', 'threat'])(
    '%s: the same findings at the same spans as in English, every word changed',
    (id) => {
      const request = firstExample(id);
      const english = check(request).findings;
      const welsh = check(request, { texts: RULE_TEXTS.cy }).findings;
      expect(only(english, id).length).toBeGreaterThan(0);
      expect(welsh.map(shape)).toEqual(english.map(shape));
      welsh.forEach((finding, index) => {
        expect(finding.message).not.toBe(english[index]!.message);
        expect(finding.explanation).not.toBe(english[index]!.explanation);
        expect(finding.source).not.toBe(english[index]!.source);
        expect(`${finding.message} ${finding.explanation}`, 'every placeholder filled').not.toMatch(/\{\w+\}/);
      });
    },
  );

  it('keeps English for a rule with no Welsh entry', () => {
    const { 'ni-number': _left, ...withoutNi } = RULE_TEXTS.cy;
    const [finding] = only(check(firstExample('ni-number'), { texts: withoutNi }).findings, 'ni-number');
    expect(finding!.message).toBe(rule('ni-number').messages.found!.message);
    expect(finding!.source).toBe(rule('ni-number').source);
  });

  it('keeps the English message but takes the Welsh source when only the source is translated', () => {
    const texts = { 'ni-number': { source: 'Ffynhonnell brawf' } };
    const [finding] = only(check(firstExample('ni-number'), { texts }).findings, 'ni-number');
    expect(finding!.message).toBe('This looks like a National Insurance number.');
    expect(finding!.source).toBe('Ffynhonnell brawf');
  });
});
