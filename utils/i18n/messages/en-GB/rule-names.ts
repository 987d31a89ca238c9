/**
 * Each rule's name as a person would say it, keyed by rule id: the options page heads each rule
 * with it (the id is for policy files and the CLI). tests/unit/rule-names.test.ts checks every
 * registered rule has one.
 */
export const ruleNames = {
  'ni-number': 'National Insurance numbers',
  'phone-number': 'Private phone numbers',
  'email-address': 'Private email addresses',
  'nhs-number': 'NHS numbers',
  'date-of-birth': 'Dates of birth',
  'vehicle-registration': 'Vehicle registration numbers',
  'home-address': 'Home addresses',
  'named-resident': 'Residents named with their circumstances',
  'special-category-data': 'Health, beliefs and other sensitive details',
  'dm-sensitive-details': 'Sensitive details in direct messages',
  'case-reference': 'Case and account references',
  'exempt-business': 'Exempt and confidential business',
  'in-confidence': 'Information given in confidence',
  'derogatory-term': 'Slurs and derogatory terms',
  'group-generalisation': 'Generalisations about protected groups',
  'personal-attack': 'Personal attacks and insults',
  'unfounded-allegation': 'Allegations of wrongdoing',
  threat: 'Threats and violent “jokes”',
  'watch-term': 'Your watch list',
  political: 'Party politics on council accounts',
  imprint: 'Election material without an imprint',
  predetermination: 'A closed mind on an application',
  meeting: 'Posting during your committee’s meeting',
  'restricted-item': 'Restricted agenda items',
  'model-discrimination': 'Discriminatory wording (trained model)',
  'model-respect': 'Insults, threats and allegations (trained model)',
  'model-predetermination': 'A closed mind on an application (trained model)',
  'model-confidential': 'Confidential business (trained model)',
  'model-special-category': 'Sensitive details (trained model)',
} as const;
