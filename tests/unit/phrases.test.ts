import { describe, expect, it } from 'vitest';
import { Doc } from '../../utils/engine/doc';
import { PhraseMatcher } from '../../utils/text/phrases';

const spans = (matcher: PhraseMatcher<string>, text: string) => matcher.find(new Doc(text)).map((h) => [h.text, h.value]);

describe('PhraseMatcher', () => {
  it('finds single and multi-word phrases with their original spans, longest first', () => {
    const m = new PhraseMatcher<string>([
      ['part 2', 'short'],
      ['part 2 report', 'long'],
      ['legal advice', 'advice'],
    ]);
    expect(spans(m, 'The PART 2 Report and the Legal\u00A0Advice.')).toEqual([
      ['PART 2 Report', 'long'],
      ['PART 2', 'short'],
      ['Legal\u00A0Advice', 'advice'],
    ]);
  });

  it('matches stems marked with * at any depth, and only at word starts', () => {
    const m = new PhraseMatcher<string>([
      ['insult*', 'stem'],
      ['very insult*', 'deep'],
    ]);
    expect(spans(m, 'insulting, very insulted; uninsulted')).toEqual([
      ['insulting', 'stem'],
      ['very insulted', 'deep'],
      ['insulted', 'stem'],
    ]);
  });

  it('folds the text: accents and zero-width characters do not hide a phrase', () => {
    const m = new PhraseMatcher<string>([['cafe society', 'x']]);
    expect(spans(m, 'Caf\u00E9 so\u200Bciety')).toEqual([['Caf\u00E9 so\u200Bciety', 'x']]);
  });

  it('rejects a lone * and an empty phrase', () => {
    expect(() => new PhraseMatcher([['*', 'x']])).toThrow(/every word/);
    expect(() => new PhraseMatcher([['  ', 'x']])).toThrow(/empty/);
  });
});
