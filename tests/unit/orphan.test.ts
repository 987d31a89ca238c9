/** An orphaned content script (extension reloaded under the page) hands every event on untouched. */
import { describe, expect, it, vi } from 'vitest';
import { whileConnected } from '../../utils/guard/orphan';

/** Node has no KeyboardEvent: an Event with the one field the wrapper reads. */
const keydown = (key: string) => Object.assign(new Event('keydown'), { key });

describe('whileConnected', () => {
  it('runs the handler while the extension is there, and only the orphan path after', () => {
    let connected = true;
    const orphaned = vi.fn();
    const handler = vi.fn();
    const wrapped = whileConnected(() => connected, orphaned)(handler);
    const first = new Event('click');
    wrapped(first);
    connected = false;
    const second = new Event('click', { cancelable: true });
    wrapped(second);
    expect(handler.mock.calls).toEqual([[first]]);
    expect(orphaned.mock.calls).toEqual([[second]]);
    expect(second.defaultPrevented).toBe(false);
  });

  it('ordinary keys skip the check (it costs a native call per key); Enter and clicks do not', () => {
    const connected = vi.fn(() => false);
    const orphaned = vi.fn();
    const handler = vi.fn();
    const wrapped = whileConnected(connected, orphaned)(handler);
    wrapped(keydown('a'));
    expect(connected).not.toHaveBeenCalled();
    expect(handler).toHaveBeenCalledTimes(1);
    wrapped(keydown('Enter'));
    wrapped(new Event('click'));
    expect(connected).toHaveBeenCalledTimes(2);
    expect(orphaned).toHaveBeenCalledTimes(2);
  });

  it('treats an API that throws as gone', () => {
    const orphaned = vi.fn();
    const handler = vi.fn();
    whileConnected(() => { throw new Error('Extension context invalidated.'); }, orphaned)(handler)(keydown('Enter'));
    expect(handler).not.toHaveBeenCalled();
    expect(orphaned).toHaveBeenCalledTimes(1);
  });
});
