/**
 * The ids of every rule, for checking a managed policy's rulesForcedOn. Kept apart from the rule
 * registry so the background script, which only reads the policy, does not bundle every rule and
 * lexicon; tests/unit/managed-policy.test.ts fails when this list and rules/index.ts differ.
 */
export const RULE_IDS: readonly string[] = [
  'ni-number', 'phone-number', 'email-address', 'nhs-number', 'date-of-birth', 'vehicle-registration',
  'home-address', 'named-resident', 'special-category-data', 'dm-sensitive-details', 'case-reference',
  'exempt-business', 'in-confidence', 'derogatory-term', 'group-generalisation', 'personal-attack',
  'unfounded-allegation', 'threat', 'watch-term', 'political', 'imprint', 'predetermination', 'meeting',
  'restricted-item', 'model-discrimination', 'model-respect', 'model-predetermination', 'model-confidential',
  'model-special-category',
];
