import { describe, expect, it } from 'vitest';
import { modelTokens } from '../../utils/model/normalise';
import { encodeModel, LinearModel, type QuantisedHead } from '../../utils/model/linear';
import { decodeSymbols, encodeSymbols, unzigzag, zigzag } from '../../utils/model/symbols';
import { featureValue, judgeable, MIN_UNIT_FEATURES, wordsOf } from '../../utils/model/units';
import { MODEL_VOCABULARY } from '../../rules/model/vocabulary';
import { UNIT_CONDITIONS } from '../../rules/model/targets';
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

});

describe('the model file encoding', () => {
  it('writes symbol text that JSON leaves unescaped, and reads it back exactly', () => {
    const values = [0, 1, 85, 86, 87, 86 + 85, 86 + 86, 7481, 262143, 300001, 2 ** 40];
    const text = encodeSymbols(values);
    expect(text).toMatch(/^[ -~]*$/);
    expect(text).not.toMatch(/["\\]/);
    expect(text.slice(0, 3)).toBe(' !w'); // 0, 1 and 85 are one character each
    expect(decodeSymbols(text)).toEqual(values);
    expect([-128, -1, 0, 1, 127].map(zigzag)).toEqual([255, 1, 0, 2, 254]);
    expect([255, 1, 0, 2, 254].map(unzigzag)).toEqual([-128, -1, 0, 1, 127]);
  });

  it('refuses text that is not its own, rather than reading wrong weights', () => {
    expect(() => decodeSymbols('ab"c')).toThrow(/alphabet/);
    expect(() => decodeSymbols(encodeSymbols([100000]).slice(0, 2))).toThrow(/ends inside/);
    expect(() => encodeSymbols([-1])).toThrow(/non-negative/);
  });

  it('stores each head\u2019s weights on the buckets it keeps, shared buckets once, and loads them as trained', () => {
    const head = (category: string, kept: Array<[number, number]>, scale: number): QuantisedHead => ({
      category, bias: 0.5, scale, kept, platt: { a: 1, b: 0 }, thresholds: { low: 0.3, medium: 0.5, high: 0.7 },
    });
    const encoded = encodeModel(18, [head('a', [[3, 127], [200, -5]], 0.5), head('b', [[3, -128], [70000, 42]], 0.25)]);
    expect(decodeSymbols(encoded.buckets)).toEqual([3, 197, 69800]);
    expect(decodeSymbols(encoded.kept)).toEqual([0b11, 0b01, 0b10]);
    const model = new LinearModel(encoded);
    const sum = (bucket: number) => {
      const into = new Float64Array(2);
      model.addInto(bucket, into, 0);
      return [...into];
    };
    expect(sum(3)).toEqual([63.5, -32]);
    expect(sum(200)).toEqual([-2.5, 0]);
    expect(sum(70000)).toEqual([0, 10.5]);
    expect(sum(4)).toEqual([0, 0]);
    expect(() => new LinearModel({ ...encoded, kept: encodeSymbols([3, 3, 3]) })).toThrow(/head a: fewer weights/);
    expect(() => new LinearModel({ ...encoded, kept: encodeSymbols([1, 1, 2]) })).toThrow(/head b: 2 weights for 1 buckets/);
  });
});

describe('the model\u2019s weight lookup', () => {
  it('finds every kept bucket, however they crowd the table, and nothing for the rest', () => {
    // Buckets a multiple of 2^12 apart share their low bits: the table's probing has to walk past each other.
    const kept = Array.from({ length: 500 }, (_, i) => [i * 4096 + (i % 3), (i % 250) - 125 || 1] as [number, number]);
    const model = new LinearModel(encodeModel(30, [{ category: 'a', bias: 0, scale: 1, kept, platt: { a: 1, b: 0 }, thresholds: { low: 0.3, medium: 0.5, high: 0.7 } }]));
    const weight = (bucket: number) => {
      const into = new Float64Array(1);
      model.addInto(bucket, into, 0);
      return into[0];
    };
    expect(kept.every(([bucket, w]) => weight(bucket) === w)).toBe(true);
    expect([1, 4095, 4096 * 500, 2 ** 29].map(weight)).toEqual([0, 0, 0, 0]);
  });
});

describe('what the model judges', () => {
  it('counts a short unit\u2019s features as if it had MIN_UNIT_FEATURES, a long one by its own number', () => {
    expect(featureValue(12)).toBe(1 / Math.sqrt(MIN_UNIT_FEATURES));
    expect(featureValue(MIN_UNIT_FEATURES * 4)).toBe(1 / Math.sqrt(MIN_UNIT_FEATURES * 4));
  });

  it('judges units of three words or more, numbers not counted', () => {
    const w = wordsOf('Cllr Drummond 2026 thanks everyone', MODEL_VOCABULARY);
    expect(judgeable(w, 0, 3)).toBe(false);
    expect(judgeable(w, 0, 4)).toBe(true);
  });

  it('reads respect only where a person is named, also as a possessive', () => {
    const respect = (text: string) => UNIT_CONDITIONS.respect!(wordsOf(text, MODEL_VOCABULARY).map((w) => w.text));
    expect(respect('The Leader\u2019s nephew got the job with no interview')).toBe(true);
    expect(respect('Honestly the head of planning makes my skin crawl')).toBe(true);
    expect(respect('The budget is a shambles and a disgrace')).toBe(false);
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
