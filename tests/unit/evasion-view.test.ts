/**
 * The look-alike view (utils/text/evasion.ts) reuses the draft's own words instead of tokenising
 * its rewritten text again; its words must be exactly the ones tokenising would give, whatever
 * mix of digits, symbols, hyphens and apostrophes the draft has.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Doc } from '../../utils/engine/doc';
import { matchView } from '../../utils/text/evasion';
import { tokenize } from '../../utils/text/tokens';

const viewWords = (text: string) => matchView(new Doc(text)).doc.foldedWords;
const tokenised = (text: string) => tokenize(matchView(new Doc(text)).doc.text);

describe('the look-alike view’s words', () => {
  it.each([
    ['digits read as letters keep the word’s ends', 'Cutting £1.25m, sp4stic n1gg3r 2026'],
    ['a symbol between letters joins the word', 'p@ki-bashing, sp@$tic, @handle and wow!'],
    ['hyphens and apostrophes split it', "they're half-caste O'Neill 5-a-side"],
  ])('%s', (_what, text) => {
    expect(viewWords(text)).toEqual(tokenised(text));
  });

  it('are the words of the rewritten text, for any draft', () => {
    const alphabet = fc.constantFrom(...'aZé1035@$!|-\' .,£\u2019'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join('')), (text) => {
        expect(viewWords(text)).toEqual(tokenised(text));
      }),
      { numRuns: 2000 },
    );
  });
});
