/**
 * After the extension is reloaded or updated under an open page, the content script already in it
 * is orphaned: its listeners still fire, but the extension behind it is gone, and Chrome injects
 * the new one only when the page reloads. WXT's context notices only when something asks
 * `ctx.isValid`, so until then an orphan would still hold sends with a panel it can no longer back
 * (settings, mutes). Wrapped handlers instead hand every event to `orphaned`, untouched.
 */
export function whileConnected(
  connected: () => boolean,
  orphaned: (event: Event) => void,
): (handler: (event: Event) => void) => (event: Event) => void {
  return (handler) => (event) => {
    // Only a click or Enter can send: other keys skip the check (a native call on every key press).
    if (event.type === 'keydown' && (event as KeyboardEvent).key !== 'Enter') return handler(event);
    let alive = false;
    try {
      alive = connected();
    } catch {
      alive = false; // touching a dead extension's API can throw: that is an answer too
    }
    if (alive) handler(event);
    else orphaned(event);
  };
}
