import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { COMPROMISE_LISTS } from '../../utils/text/lexicon/compromise.generated';
import { listsFromCompromise } from '../../utils/text/lexicon/from-compromise';
import { unpackWords } from '../../utils/text/word-list';

describe('name lexicon generated from compromise', () => {
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
  const lists = listsFromCompromise(model.one.lexicon);

  it('matches the installed compromise (run `npm run generate:lexicon` after upgrading it)', () => {
    for (const key of ['given', 'surname', 'place', 'common'] as const) expect(unpackWords(COMPROMISE_LISTS[key], ' ')).toEqual(lists[key]);
  });

  it('classifies as compromise does: names, surnames, places and ordinary words', () => {
    expect(lists.given).toContain('doreen');
    expect(lists.surname).toContain('smith');
    expect(lists.place).toContain('london');
    expect(lists.common).toContain('running');
    expect(lists.common).not.toContain('doreen');
  });
});
