/**
 * Words that make a remark land on an identifiable person, for the trained
 * respect head: a remark with none of these (about a policy, a decision, a
 * party, the council) is political speech and is never flagged by the model.
 * Forms as the model's normaliser writes them; "<name>" and "<user>" are its
 * placeholders for a known personal name and an @handle.
 */
export const PERSON_WORDS: ReadonlySet<string> = new Set([
  '<name>', '<user>',
  'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'you', 'your', 'yours', 'yourself', "he's", "she's", "you're", "he'll", "she'll", "you'll", "he'd", "she'd", "you'd",
  'cllr', 'councillor', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady',
  'officer', 'officers', 'exec', 'executive', 'ceo', 'leader', 'chair', 'chairman', 'chairwoman', 'mayor', 'mp', 'clerk', 'director', 'manager', 'planner',
  'bloke', 'guy', 'fella', 'fellow', 'woman', 'man', 'lad', 'chap', 'colleague', 'deputy', 'member', 'neighbour', 'landlord', 'owner', 'developer', 'whoever', 'someone', 'somebody',
  // Roles a post names someone by ("the head of planning", "the chief exec", "Labour's spokesman").
  'head', 'chief', 'boss', 'solicitor', 'consultant', 'spokesman', 'spokeswoman', 'spokesperson', 'candidate', 'inspector',
  'nephew', 'niece', 'son', 'daughter', 'wife', 'husband', 'mate',
  // People named by the job they do at a counter, a depot or a desk ("that parking warden", "the receptionist at the Civic Centre").
  'warden', 'receptionist', 'cleaner', 'caretaker', 'valuer', 'vicar', 'secretary', 'agent', 'holder', 'worker', 'treasurer', 'headteacher', 'teacher', 'auditor', 'contractor', 'builder', 'journalist', 'reporter', 'editor', 'landlady',
]);

/** A person word, also as a possessive ("the Leader's nephew", "the Cllr's expenses"). */
const isPersonWord = (word: string): boolean => PERSON_WORDS.has(word) || (word.endsWith("'s") && PERSON_WORDS.has(word.slice(0, -2)));

/** "You" names one person only where the draft is addressed to them: a DM's recipient, the author of the post replied to. */
const ADDRESSED_SURFACES: ReadonlySet<string> = new Set(['dm', 'reply', 'comment', 'quote']);
const SECOND_PERSON: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'yourself', "you're", "you'll", "you'd", "you've"]);
/** People a household is told by ("the family at number 14", "the couple in the bungalow"), beyond PERSON_WORDS. */
const HOUSEHOLD_WORDS: ReadonlySet<string> = new Set([
  'family', 'couple', 'household', 'tenant', 'resident', 'kid', 'kids', 'child', 'boy', 'girl', 'lady', 'gent', 'gentleman', 'widow', 'widower', 'pensioner',
  'mum', 'dad', 'mother', 'father', 'brother', 'sister', 'partner', 'gran', 'grandma', 'grandad', 'grandson', 'granddaughter', 'nan', 'grandparent', 'number',
]);

/**
 * Special-category details matter about someone identifiable: a person named or described, a household
 * placed by its home, or, where the draft is addressed to them, "you". "If you are struggling with your
 * mental health, call…" in a public post speaks to everyone, and policy talk names nobody. A DM goes to
 * one person, so every sentence of it is read ("Glad the chemo is finished."): out of fold, reading every
 * DM sentence rather than only those with a person word found 192 of 372 DM drafts against 180, at the same precision.
 */
function aboutSomeone(words: readonly string[], surface = 'post'): boolean {
  if (surface === 'dm') return true;
  const addressed = ADDRESSED_SURFACES.has(surface);
  return words.some((word) => {
    const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
    if (SECOND_PERSON.has(bare)) return addressed;
    return isPersonWord(word) || HOUSEHOLD_WORDS.has(bare);
  });
}

/**
 * Per head, what a unit's words (and where the draft goes) must hold before the model may judge it.
 * Shared by the rules and by training, which chooses the thresholds on exactly the units the rules would read.
 */
export const UNIT_CONDITIONS: Readonly<Record<string, (words: readonly string[], surface?: string) => boolean>> = {
  respect: (words) => words.some(isPersonWord),
  'special-category': aboutSomeone,
};
