/**
 * On a fresh install (not an update or a browser update), the welcome page opens in a tab of its
 * own and leads into setup. An IT team installing for everyone by policy gets it too: each person
 * still has to say which accounts are theirs.
 */
import { browser, type Browser } from 'wxt/browser';

export async function openWelcomeOnInstall(details: Browser.runtime.InstalledDetails): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
