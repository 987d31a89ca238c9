/**
 * The drafts issue 9 reports passing in silence ("Tried as a new user would"). None of them,
 * nor a near copy, is in any training data: they measure whether the engine (rules and the
 * trained tier together) now catches each one, and which tier does it. Those still missed are
 * `it.fails`: they fail loudly the day they are caught, so this list is kept true.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../utils/engine/engine';
import type { Category, Severity } from '../../utils/engine/types';

interface IssueExample {
  text: string;
  committees?: string[];
  category: Category;
  /** The rule that catches it at medium or high (a `model-*` rule is the trained tier), or null: still missed. */
  caughtBy: string | null;
}

const EXAMPLES: IssueExample[] = [
  { text: 'Heard the travellers site consultation went well, at least nobody’s bike got nicked this time 😂', category: 'discrimination', caughtBy: null },
  { text: 'The new equality training was so long even the women stopped talking 😂', category: 'discrimination', caughtBy: null },
  { text: 'Good luck getting any sense out of the gypsies on the Common, they’ll be gone by Friday along with the lead off the church roof.', category: 'discrimination', caughtBy: null },
  { text: 'Apparently we now need a fourth toilet at the leisure centre for people who identify as helicopters 🙄', category: 'discrimination', caughtBy: null },
  { text: 'Full council tonight was like the day room of an old folks’ home, half of them asleep by 8pm.', category: 'discrimination', caughtBy: 'model-discrimination' },
  { text: 'If I ever find the bloke who vandalised the war memorial I’ll break his legs.', category: 'respect', caughtBy: 'threat' },
  { text: 'I’ll break his legs.', category: 'respect', caughtBy: 'threat' },
  { text: 'As a member of the licensing committee I can promise residents the Red Lion will NOT get its late licence extended.', committees: ['Licensing Committee'], category: 'predetermination', caughtBy: 'model-predetermination' },
  { text: 'The Brook Farm incinerator won’t get my vote.', committees: ['Planning Committee'], category: 'predetermination', caughtBy: 'model-predetermination' },
];

const INTERRUPTS: readonly Severity[] = ['medium', 'high'];

describe('the issue 9 drafts that passed in silence', () => {
  const caught = (example: IssueExample) => {
    const { findings } = check({ text: example.text, profile: { role: 'councillor', name: 'Cllr Ann Lee', committees: example.committees ?? [] } });
    return findings.filter((f) => f.category === example.category && INTERRUPTS.includes(f.severity)).map((f) => f.ruleId);
  };
  for (const example of EXAMPLES) {
    if (example.caughtBy) {
      const ruleId = example.caughtBy;
      it(`${ruleId} catches “${example.text}”`, () => expect(caught(example)).toContain(ruleId));
    } else {
      it.fails(`still missed (${example.category}): “${example.text}”`, () => expect(caught(example)).not.toEqual([]));
    }
  }
});
