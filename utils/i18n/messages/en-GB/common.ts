/** Strings shared by the panel, options page and popup. */
export const common = {
  productName: 'Councillor Post Check',
  privacy: 'Checked on this device. Nothing was sent anywhere.',
  settingsUnreadable: 'Your saved settings could not be read ({error}); defaults are in use until you save or import settings.',
  'category.personal-data': 'Personal data',
  'category.special-category': 'Sensitive personal information',
  'category.confidential': 'Confidential business',
  'category.predetermination': 'Predetermination',
  'category.discrimination': 'Discrimination',
  'category.respect': 'Respect',
  'category.political': 'Political content',
  'category.imprint': 'Election imprint',
  'category.meeting': 'Posting during a meeting',
  'severity.high': 'High',
  'severity.medium': 'Medium',
  'severity.low': 'Low',
} as const;
