/**
 * What the profile forms hand to saveSettings: boxes the user left empty are dropped and text is
 * trimmed, so an added-then-abandoned row never becomes a committee called "".
 */
import type { Settings } from '../../utils/context/settings';

const tidyList = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== '');

/**
 * "council.gov.uk/policy" → "https://council.gov.uk/policy": people type web addresses without the
 * scheme. Anything that does not look like a host name is left alone for validation to explain.
 */
export function completeUrl(value: string): string {
  const typed = value.trim();
  // A scheme is "name://" ("host:8443/" is a host and port, not a scheme).
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(typed)) return typed;
  return /^[\w-]+(?:\.[\w-]+)+(?:[/:?#]|$)/.test(typed) ? `https://${typed}` : typed;
}

const completeCouncil = (council: Settings['council']): Settings['council'] => ({
  ...council,
  ...(council.policyUrl ? { policyUrl: completeUrl(council.policyUrl) } : {}),
  ...(council.modernGovSite ? { modernGovSite: completeUrl(council.modernGovSite) } : {}),
});

export function tidyProfile(settings: Settings): Settings {
  return {
    ...settings,
    council: completeCouncil(settings.council),
    profile: {
      ...settings.profile,
      name: settings.profile.name.trim(),
      imprint: settings.profile.imprint.trim(),
      committees: tidyList(settings.profile.committees),
      ownContacts: tidyList(settings.profile.ownContacts),
    },
    accounts: settings.accounts.filter((account) => account.handle.trim() !== ''),
  };
}

/** "one\n two \n\n" → ["one", "two"]: for boxes that take one entry per line. */
export const linesOf = (text: string): string[] => tidyList(text.split('\n'));
