/**
 * The trained special-category head in the engine: which sentences it may judge (someone
 * identifiable), where its findings sit, the DM rewrite, and that it gives way to the
 * hand-written rules on the same words.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/model-special-category';
import { UNIT_CONDITIONS } from '../../rules/model/targets';
import { MODEL_VOCABULARY } from '../../rules/model/vocabulary';
import { check } from '../../utils/engine/engine';
import { wordsOf } from '../../utils/model/units';

const aboutSomeone = (text: string, surface?: string) => UNIT_CONDITIONS['special-category']!(wordsOf(text, MODEL_VOCABULARY).map((w) => w.text), surface);
const modelOnly = (text: string, request: object = {}) => check({ ...request, text }, { rules: [rule] }).findings;
const spans = (text: string, findings: Array<{ start: number; end: number }>) => findings.map((f) => text.slice(f.start, f.end));

describe('what the special-category head judges', () => {
  it('reads sentences naming or describing someone, and households placed by their home', () => {
    expect(aboutSomeone('Mrs Hale has been in the hospice since Friday')).toBe(true);
    expect(aboutSomeone('The couple at number 14 are struggling')).toBe(true);
    expect(aboutSomeone('Her son is out on licence')).toBe(true);
  });

  it('leaves policy talk and the author\u2019s own news alone', () => {
    expect(aboutSomeone('Mental health services need more money')).toBe(false);
    expect(aboutSomeone('Back at work after my own diabetes diagnosis')).toBe(false);
  });

  it('counts "you" only where the draft is addressed to someone, and every sentence of a DM', () => {
    const text = 'If you are struggling with your mental health, call 116 123';
    expect(aboutSomeone(text, 'post')).toBe(false);
    expect(aboutSomeone(text, 'reply')).toBe(true);
    expect(aboutSomeone('Glad the chemo is finished', 'post')).toBe(false);
    expect(aboutSomeone('Glad the chemo is finished', 'dm')).toBe(true);
  });
});

describe('model-special-category', () => {
  it('marks the sentence about the person, not the one beside it', () => {
    const text = 'Spoke to Mrs Ahmed today. Her son has been in and out of prison since he was 18. I will raise the housing side at cabinet.';
    const findings = modelOnly(text);
    expect(spans(text, findings)).toEqual(['Her son has been in and out of prison since he was 18']);
    expect(['medium', 'high']).toContain(findings[0]!.severity);
  });

  it('keeps a clean health-policy post clean, in the whole engine', () => {
    const text = 'Waiting lists for autism assessments in the borough are far too long, and mental health services need more money.';
    expect(check({ text }).findings).toEqual([]);
  });

  it('fires on a DM to the recipient, keeps the greeting and offers the "please call me" message', () => {
    const text = 'Hi Jo, the social worker says your dad is in the hospice now and the family can visit any time.';
    const findings = modelOnly(text, { surface: 'dm', platform: 'facebook', profile: { role: 'councillor', name: 'Cllr Ann Lee', ownContacts: ['07700 900123'] } });
    expect(findings.map((f) => [f.category, text.slice(f.start, f.end)])).toEqual([
      ['special-category', 'the social worker says your dad is in the hospice now and the family can visit any time'],
    ]);
    expect(findings[0]!.suggestions).toEqual(['I have an update on your case; please call me on 07700 900123.']);
  });

  it('gives way to the hand-written rules where they found the same words', () => {
    const text = 'Hi Sue, the hospital says your mum has dementia and needs a care home place.';
    expect(modelOnly(text, { surface: 'dm' }).map((f) => f.ruleId)).toEqual(['model-special-category']);
    const findings = check({ text, surface: 'dm' }).findings.filter((f) => f.category === 'special-category');
    expect(findings.map((f) => f.ruleId)).toEqual(['dm-sensitive-details']);
  });
});
