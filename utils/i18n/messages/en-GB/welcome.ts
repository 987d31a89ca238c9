/** The page that opens once, when the extension is installed: what it does, then into setup. */
export const welcome = {
  title: 'Welcome to Councillor Post Check',
  lead: 'Before a post, reply or message goes out on X or Facebook, this checks it for the mistakes behind most complaints: a resident’s personal details, confidential council business, a committee member pledging a vote, a council account sharing party politics. If it finds one, it shows you what, where and why, and a safer wording. You always decide.',
  'setup.title': 'Set up in two minutes',
  'setup.body': 'Tell it who you are, which accounts you post from (an @handle or a page address is fine), and your committees. Everything can be changed later.',
  'setup.start': 'Start setup',
  'never.title': 'What it never does',
  'never.send': 'It never sends your drafts, findings or settings anywhere: all checking happens in this browser.',
  'never.block': 'It never stops you posting: you can always post anyway.',
  'never.track': 'No account, no tracking, no analytics.',
  'pin.title': 'Find it in the toolbar',
  'pin.body': 'Pin the speech bubble with a tick to see whether a tab is checked, pause checking, or check any text.',
} as const;
