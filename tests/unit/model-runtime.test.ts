import { describe, expect, it } from 'vitest';
import { modelTokens } from '../../utils/model/normalise';
import { decodeBuckets, encodeBuckets } from '../../utils/model/linear';
import { wordsOf } from '../../utils/model/units';
import { MODEL_VOCABULARY } from '../../rules/model/vocabulary';
import { check } from '../../utils/engine/engine';

const words = (text: string) => modelTokens(text).map((t) => t.text);

describe('the model normaliser', () => {
  it('undoes leet, homoglyphs, repeated letters, starred letters and spaced-out letters', () => {
    expect(words('M0zzies')).toEqual(['mozzies']);
    expect(words('p@ki')).toEqual(['paki']);
    expect(words('Тravellers')).toEqual(['travellers']); // Cyrillic Т
    expect(words('sooooo')).toEqual(['soo']);
    expect(words('f*cking')).toEqual(['fcking']);
    expect(words('the m u s l i m s again')).toEqual(['the', 'muslims', 'again']);
    expect(words('p.a.k.i')).toEqual(['paki']);
  });

  it('keeps numbers as numbers and handles as a placeholder, with spans into the original', () => {
    const tokens = modelTokens('Call @CllrBrown on 2026');
    expect(tokens.map((t) => t.text)).toEqual(['call', '<user>', 'on', '<num>']);
    expect(tokens[1]).toMatchObject({ start: 5, end: 15 });
  });

  it('leaves ordinary words and two single letters alone', () => {
    expect(words('I am a fan of the U K')).toEqual(['i', 'am', 'a', 'fan', 'of', 'the', 'u', 'k']);
  });
});

describe('the model featuriser', () => {
  it('replaces group mentions with one placeholder spanning the mention', () => {
    const w = wordsOf('The asylum seekers at the hotel', MODEL_VOCABULARY);
    expect(w.map((x) => x.text)).toEqual(['the', '<grp>', 'at', 'the', 'hotel']);
    expect(w[1]).toMatchObject({ start: 4, end: 18 });
  });

  it('reads black people as a group and black bags as bags', () => {
    expect(wordsOf('black people', MODEL_VOCABULARY).map((x) => x.text)).toEqual(['<grp>']);
    expect(wordsOf('black bags', MODEL_VOCABULARY).map((x) => x.text)).toEqual(['black', 'bags']);
  });

  it('encodes and decodes bucket lists exactly', () => {
    const buckets = [0, 1, 127, 128, 300000, 300001];
    expect(decodeBuckets(encodeBuckets(buckets))).toEqual(buckets);
  });
});

describe('the trained tier in the engine', () => {
  it('never flags predetermination for an author on no deciding committee', () => {
    const { findings } = check({ text: 'The Brook Farm incinerator won’t get my vote.', profile: { role: 'councillor', name: 'Cllr A', committees: ['Scrutiny Committee'] } });
    expect(findings.filter((f) => f.category === 'predetermination')).toEqual([]);
  });

  it('gives way to a rule that already found the same category on the same words', () => {
    const { findings } = check({ text: 'The pikeys are back on the rec.' });
    const discrimination = findings.filter((f) => f.category === 'discrimination');
    expect(discrimination.map((f) => f.ruleId)).toEqual(['derogatory-term']);
  });
});
