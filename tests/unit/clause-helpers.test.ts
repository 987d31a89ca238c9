/** The helpers behind the respect and confidential rules: clause words, targets, aim, endorsement, disclosure. */
import { describe, expect, it } from 'vitest';
import { Doc } from '../../utils/engine/doc';
import { toInput } from '../../utils/engine/engine';
import { checkRequestSchema } from '../../utils/engine/request';
import { aim } from '../../rules/detect/aim';
import { assessSignal } from '../../rules/detect/disclosure';
import { endorsesQuoted } from '../../utils/text/endorse';
import { subjectEndingAt, targetEndingAt, targetOptionsFor, targetStartingAt } from '../../rules/detect/targets';
import { brokenBetween, wordsOf } from '../../utils/text/words';

const YOU = { allowYou: true };
const NO_YOU = { allowYou: false };
const indexOf = (doc: Doc, word: string) => wordsOf(doc).findIndex((w) => w.text === word);
const spanOf = (doc: Doc, found: { start: number; end: number } | null) => (found ? doc.text.slice(found.start, found.end) : null);

describe('wordsOf', () => {
  it('splits contractions and keeps their spans', () => {
    const doc = new Doc('He\u2019s not and she isn\u2019t');
    expect(wordsOf(doc).map((w) => w.text)).toEqual(['he', 'is', 'not', 'and', 'she', 'is', 'not']);
    expect(wordsOf(doc).map((w) => doc.text.slice(w.start, w.end))).toEqual(['He', '\u2019s', 'not', 'and', 'she', 'is', 'n\u2019t']);
  });
  it('keeps an @handle whole', () => {
    const words = wordsOf(new Doc('@Cllr_Brown you lied'));
    expect(words[0]).toMatchObject({ text: 'cllr_brown', handle: true });
    expect(words[1]!.text).toBe('you');
  });
  it('sees sentence and comma breaks', () => {
    const words = wordsOf(new Doc('Brown, frankly. Is'));
    expect(brokenBetween(words, 0, 1)).toBe(true);
    expect(brokenBetween(words, 0, 1, { commas: false })).toBe(false);
    expect(brokenBetween(words, 1, 2)).toBe(true);
  });
});

describe('targets', () => {
  it('finds a named person, a role and a pronoun before a verb', () => {
    const named = new Doc('Cllr Brown is');
    expect(spanOf(named, targetEndingAt(named, 1, NO_YOU))).toBe('Cllr Brown');
    const role = new Doc('the head of housing is');
    expect(spanOf(role, targetEndingAt(role, 3, NO_YOU))).toBe('the head of housing');
    const pronoun = new Doc('she is');
    expect(targetEndingAt(pronoun, 0, NO_YOU)?.kind).toBe('pronoun');
  });
  it('does not treat parties, the council or the administration as people', () => {
    for (const text of ['Labour are', 'the council is', 'this administration is', 'the Tories are']) {
      const doc = new Doc(text);
      expect(targetEndingAt(doc, wordsOf(doc).length - 2, NO_YOU), text).toBeNull();
    }
  });
  it('counts "you" only when someone is addressed', () => {
    const doc = new Doc('you are');
    expect(targetEndingAt(doc, 0, NO_YOU)).toBeNull();
    expect(targetEndingAt(doc, 0, YOU)?.kind).toBe('you');
    expect(targetOptionsFor('reply', new Doc('x')).allowYou).toBe(true);
    expect(targetOptionsFor('post', new Doc('If you vote for it')).allowYou).toBe(false);
    expect(targetOptionsFor('post', new Doc('@CllrBrown you should know')).allowYou).toBe(true);
  });
  it('finds a role after an attributive insult', () => {
    const doc = new Doc('the useless planning officer');
    expect(spanOf(doc, targetStartingAt(doc, 2, NO_YOU))).toBe('planning officer');
  });
  it('reaches a subject across a post-modifier but not across a preposition', () => {
    const after = new Doc('Gareth Lloyd from Highways is');
    expect(spanOf(after, subjectEndingAt(after, indexOf(after, 'highways'), NO_YOU))).toBe('Gareth Lloyd');
    const report = new Doc('the report by Cllr Brown is');
    expect(subjectEndingAt(report, indexOf(report, 'brown'), NO_YOU)).toBeNull();
  });
});

describe('aim', () => {
  const at = (text: string, term: string, form: Parameters<typeof aim>[3], options = NO_YOU) => {
    const doc = new Doc(text);
    const start = text.indexOf(term);
    return spanOf(doc, aim(doc, start, start + term.length, form, options));
  };
  it('covers the copula in a copular insult', () => expect(at('Cllr Brown is a moron.', 'moron', 'noun')).toBe('is a moron'));
  it('covers only the term before a person', () => expect(at('the useless planning officer', 'useless', 'adjective')).toBe('useless'));
  it('covers the auxiliary of an allegation verb', () => expect(at('The Leader has lied again.', 'lied', 'verb')).toBe('has lied'));
  it('is silent on a negation', () => expect(at('Cllr Brown is not corrupt.', 'corrupt', 'adjective')).toBeNull());
  it('is silent on a withdrawn allegation', () =>
    expect(at('Cllr Smith withdrew the claim that Cllr Brown was corrupt.', 'corrupt', 'adjective')).toBeNull());
  it('is silent inside quotes', () => expect(at("'Lying Eyes' by the Eagles", 'Lying', 'adjective')).toBeNull());
  it('is silent on an institution', () => expect(at('This administration lied about the budget.', 'lied', 'verb')).toBeNull());
  it('takes a fragment with a person next to it', () => expect(at('Cllr Singh voted for it. Parasite.', 'Parasite', 'noun')).toBe('Parasite'));
  it('takes a vocative "you" when someone is addressed', () => expect(at('Thanks, you absolute clown', 'clown', 'noun', YOU)).toBe('you absolute clown'));
});

describe('endorsesQuoted', () => {
  const input = (text: string, surface: string) =>
    toInput(checkRequestSchema.parse({ text, surface, quoted: 'Cllr Hughes has his snout in the trough.' }));
  it('adopts a quote with agreement or no words', () => {
    expect(endorsesQuoted(input('This. 100%.', 'quote'))).toBe(true);
    expect(endorsesQuoted(input('', 'repost'))).toBe(true);
  });
  it('does not adopt a quote it condemns, nor a reply', () => {
    expect(endorsesQuoted(input('Disgraceful smear. Withdraw it.', 'quote'))).toBe(false);
    expect(endorsesQuoted(input('This.', 'reply'))).toBe(false);
  });
});

describe('assessSignal', () => {
  const assess = (text: string, signal: string, kind: Parameters<typeof assessSignal>[1]['kind']) => {
    const doc = new Doc(text);
    const start = text.indexOf(signal);
    return assessSignal(doc, { start, end: start + signal.length, kind });
  };
  it('is high when the content follows', () =>
    expect(assess('The Part 2 report shows the operator wants out.', 'Part 2 report', 'exempt')).toBe('high'));
  it('is medium for a bare signal', () => expect(assess('There is a Part 2 report at Cabinet.', 'Part 2 report', 'exempt')).toBe('medium'));
  it('is silent on a procedural notice', () =>
    expect(assess('Item 9 is a Part 2 item and will be taken in private, as the published agenda says.', 'Part 2 item', 'exempt')).toBeNull());
  it('is silent on criticism of secrecy', () =>
    expect(assess('Why is the depot sale in a Part 2 report? Publish it.', 'Part 2 report', 'exempt')).toBeNull());
  it('needs council business near a hint of secrecy', () => {
    expect(assess('Between us, the depot is being sold.', 'Between us', 'secrecy')).toBe('high');
    expect(assess('Between us, what a lovely day.', 'Between us', 'secrecy')).toBeNull();
  });
  it('needs someone to have told you for "in confidence"', () => {
    expect(assess('An officer told me in confidence the library will close.', 'in confidence', 'confidence')).toBe('high');
    expect(assess('You can speak to me in confidence.', 'in confidence', 'confidence')).toBeNull();
  });
});
