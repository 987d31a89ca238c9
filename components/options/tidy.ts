/**
 * What the profile forms hand to saveSettings: boxes the user left empty are dropped and text is
 * trimmed, so an added-then-abandoned row never becomes a committee called "".
 */
import type { Settings } from '../../utils/context/settings';

const tidyList = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== '');

export function tidyProfile(settings: Settings): Settings {
  return {
    ...settings,
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
