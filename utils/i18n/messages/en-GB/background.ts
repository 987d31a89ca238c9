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
  'error.pageRedirect':
    '{host} answered with a page that only moves on with JavaScript (a redirect or a bot check), not with meeting data. Open the address in your browser and use the address it ends up at; if it keeps happening, the site is blocking automatic requests.',
  'error.pageLogin':
    '{host} asked for a sign-in instead of sending meeting data. The extension only reads the council’s public pages and never signs in: use the address of the public committee pages, not a members’ area.',
  'error.pageError': '{host} answered with an error page (“{title}”) instead of meeting data. The site may be down, or the address is not the right one; try again later.',
  'error.notCalendar':
    '{host} sent a web page instead of a calendar. Use the calendar (iCal, .ics) link from the council’s meetings pages, or the address of a CMIS meetings list.',
  'error.noCommittees': '{host} answered, but lists no committees. Check that this is your council’s Modern.gov site.',
  'error.emptyCalendar': 'The calendar at {host} has no meetings in the next {days} days. Check that this is the council’s committee calendar.',
  'error.badFeed': 'The calendar address “{feed}” cannot be used: enter a web address starting https://.',
  'error.noFeed': 'No calendar address is set. Paste your council’s calendar link first.',
  'error.tooManyFeed': 'The calendar at {host} has more than {limit} meetings in the next {days} days; only this many can be imported at once.',
  'error.badData': '{host} sent data that could not be read ({what}): {detail}',
  'error.tooMany': '{host} lists more than {limit} meetings in the next 60 days; only this many can be imported at once.',
  'error.tooManyCommittees': '{host} lists more than {limit} committees; only this many can be imported at once.',
  'error.saveFailed': 'The meetings were fetched but could not be saved: {detail}',
  'error.unexpected': 'Something went wrong while fetching meetings ({detail}). Your saved meetings are unchanged.',
  'error.noAnswer': 'The extension’s background script did not answer ({detail}). Reload the page and try again.',
  'error.badReply': 'The extension’s background script sent a reply that could not be read ({detail}). Reload the page and try again.',
  'what.calendar': 'the calendar',
  'what.committees': 'the list of committees',
  'what.meetings': 'the meetings of {committee}',
  'what.meeting': 'the agenda of a {committee} meeting',
  'policy.invalid': 'Your council’s managed policy could not be used, so none of it is applied ({detail}). Please tell your IT team.',
} as const;
