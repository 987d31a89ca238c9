/** An orphaned content script (extension reloaded under the page) hands every event on untouched. */
import { describe, expect, it, vi } from 'vitest';
import { whileConnected } from '../../utils/guard/orphan';

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

  it('treats an API that throws as gone', () => {
    const orphaned = vi.fn();
    const handler = vi.fn();
    whileConnected(() => { throw new Error('Extension context invalidated.'); }, orphaned)(handler)(new Event('keydown'));
    expect(handler).not.toHaveBeenCalled();
    expect(orphaned).toHaveBeenCalledTimes(1);
  });
});
