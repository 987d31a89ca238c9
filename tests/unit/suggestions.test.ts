/**
 * Issue 11, problem 2: applying a suggestion must leave a sentence. Each broken result the issue
 * quotes is a case here, through the generic review (utils/engine/suggestions.ts) and, where a
 * rule produces it, through the engine.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../utils/engine/engine';
import { readsWell, reviewSuggestions } from '../../utils/engine/suggestions';

const OPEN_MIND = 'I will listen to all the evidence at committee before deciding';
const at = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe('the review of suggestions', () => {
  it('rewrites the sentence when a whole clause would land mid-sentence', () => {
    const text = 'The incinerator plan for Brook Farm is dead in the water as far as I\u2019m concerned. Sign the petition.';
    const reviewed = reviewSuggestions(text, at(text, 'dead in the water'), [OPEN_MIND]);
    expect(reviewed.suggestions).toEqual([]);
    expect(reviewed.rewrite).toEqual({ ...at(text, 'The incinerator plan for Brook Farm is dead in the water as far as I\u2019m concerned.'), text: `${OPEN_MIND}.` });
  });

  it('does not put a predicate in front of a prepositional phrase', () => {
    const text = 'Our planning officer Dave Smith is a useless jobsworth who couldn\u2019t organise a piss-up in a brewery.';
    const reviewed = reviewSuggestions(text, at(text, 'couldn\u2019t organise a piss-up'), ['got this wrong']);
    expect(reviewed.suggestions).toEqual([]);
    expect(reviewed.rewrite?.text).not.toContain('in a brewery');
  });

  it('does not put a noun phrase after a noun', () => {
    const text = 'Whoever owns the silver Audi AB12 CDE that parks across the dropped kerb, please move it.';
    expect(reviewSuggestions(text, at(text, 'AB12 CDE'), ['[registration removed]', 'a vehicle']).suggestions).toEqual(['[registration removed]']);
  });

  it('removes a sentence rather than leave an empty clause', () => {
    const text = 'Someone should give Mr Jones a good kicking, the way he treats his tenants. Rant over.';
    const reviewed = reviewSuggestions(text, at(text, 'Someone should give Mr Jones a good kicking'), ['']);
    expect(reviewed.suggestions).toEqual([]);
    const fixed = text.slice(0, reviewed.rewrite!.start) + reviewed.rewrite!.text + text.slice(reviewed.rewrite!.end);
    expect(fixed).toBe('Rant over.');
  });

  it('drops a trailing clause with the dash before it', () => {
    const text = 'Our new skate park for Eastfield is open \u2013 another promise kept!';
    const reviewed = reviewSuggestions(text, at(text, 'another promise kept'), ['']);
    expect(reviewed.rewrite?.text).toBe('Our new skate park for Eastfield is open!');
  });

  it('keeps a replacement that reads well in place', () => {
    const text = 'Spoke to Mrs Price at 14 Maple Close about the flooding.';
    expect(reviewSuggestions(text, at(text, '14 Maple Close'), ['Maple Close'])).toEqual({ suggestions: ['Maple Close'] });
  });

  it.each([
    ['a doubled function word', 'We met the the family.', 7, 14],
    ['a separator left before a full stop', 'It was him, .', 11, 11],
    ['a dangling article', 'He lives at the.', 12, 15],
    ['a dangling preposition', 'Fly-tipping outside.', 12, 19],
    ['an empty pair of brackets', 'The tenant () called.', 11, 13],
    ['an article that no longer agrees', 'You cannot call it a Asian shop.', 19, 26],
    ['a sentence that starts with a comma', ', the way he treats his tenants.', 0, 0],
  ])('fails %s', (_label, sentence, from, to) => {
    expect(readsWell(sentence, from, to)).toBe(false);
  });

  it('passes ordinary sentences', () => {
    expect(readsWell('The head of housing is wrong about this.', 20, 39)).toBe(true);
    expect(readsWell('Spoke to a resident at Maple Close.', 9, 19)).toBe(true);
  });
});

describe('the rules behind the issue\u2019s examples', () => {
  it('offers the street name, not "outside the street"', () => {
    const [finding] = check({ text: 'Whoever keeps dumping mattresses outside 14 Elm Road, we know it\u2019s you.' }).findings;
    expect(finding?.ruleId).toBe('home-address');
    expect(finding?.suggestions).toEqual(['Elm Road']);
  });

  it('offers no replacement that leaves "…, the way he treats his tenants."', () => {
    const text = 'Someone should give Mr Jones a good kicking, the way he treats his tenants.';
    const threat = check({ text }).findings.find((f) => f.ruleId === 'threat');
    expect(threat?.suggestions).toEqual([]);
    expect(threat?.rewrite).toEqual({ start: 0, end: text.length, text: '' });
  });

  it('still flags a named resident\u2019s benefits appeal once the NI numbers are removed', () => {
    const text = 'Update on Mrs Price\u2019s appeal: I\u2019ve passed her NI number AB123456C and her husband\u2019s (JT123456C) to the benefits team.';
    const findings = check({ text }).findings;
    const ni = findings.filter((f) => f.ruleId === 'ni-number');
    expect(ni).toHaveLength(2);
    // Apply every NI suggestion, last first so the offsets stay valid.
    const fixed = [...ni].reverse().reduce((draft, f) => draft.slice(0, f.start) + f.suggestions[0] + draft.slice(f.end), text);
    const after = check({ text: fixed }).findings;
    expect(after.filter((f) => f.category === 'personal-data')).toEqual([]);
    expect(after.map((f) => [f.ruleId, f.category, fixed.slice(f.start, f.end)])).toEqual([['special-category-data', 'special-category', 'to the benefits team']]);
  });
});
