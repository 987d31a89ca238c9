/** Errors from the background script (the Modern.gov fetch) and the managed policy, shown on the options page. */
export const background = {
  'error.badMessage': 'The extension received a request it does not understand ({detail}).',
  'error.notAllowed': 'Only the extension’s own pages may ask for this.',
  'error.badSite': 'The Modern.gov site address “{site}” cannot be used: enter an address such as https://democracy.example.gov.uk.',
  'error.noSite': 'No Modern.gov site is set. Enter your council’s site address first.',
  'error.permission':
    'The extension does not have permission to contact {host}. Press Import again and choose Allow when the browser asks.',
  'error.unreachable': 'Could not reach {host}. Check the address and your internet connection, then try again.',
  'error.timeout': {
    one: '{host} did not answer within {count} second. The site may be busy; try again later.',
    other: '{host} did not answer within {count} seconds. The site may be busy; try again later.',
  },
  'error.http': '{host} answered with an error (HTTP {status}) when asked for {what}. The site may be down; try again later.',
  'error.redirect': '{host} sent the request on to another address. Enter the address your browser ends up at when you open the council’s committee pages.',
  'error.notModernGov':
    '{host} sent a web page instead of Modern.gov data. Check that this is your council’s Modern.gov site (the address of its committee pages), or the site may be blocking the request.',
  'error.badData': '{host} sent data that could not be read ({what}): {detail}',
  'error.tooMany': '{host} lists more than {limit} meetings in the next 60 days; only this many can be imported at once.',
  'error.tooManyCommittees': '{host} lists more than {limit} committees; only this many can be imported at once.',
  'error.saveFailed': 'The meetings were fetched but could not be saved: {detail}',
  'error.unexpected': 'Something went wrong while fetching meetings ({detail}). Your saved meetings are unchanged.',
  'error.noAnswer': 'The extension’s background script did not answer ({detail}). Reload the page and try again.',
  'error.badReply': 'The extension’s background script sent a reply that could not be read ({detail}). Reload the page and try again.',
  'what.committees': 'the list of committees',
  'what.meetings': 'the meetings of {committee}',
  'what.meeting': 'the agenda of a {committee} meeting',
  'policy.invalid': 'Your council’s managed policy could not be used, so none of it is applied ({detail}). Please tell your IT team.',
} as const;
