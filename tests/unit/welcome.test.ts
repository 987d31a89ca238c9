/** The welcome page opens on a fresh install only, not on every update or browser update. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openWelcomeOnInstall } from '../../utils/background/welcome';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('openWelcomeOnInstall', () => {
  it('opens the welcome page in a new tab on install', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openWelcomeOnInstall({ reason: 'install' } as Parameters<typeof openWelcomeOnInstall>[0]);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toMatch(/\/welcome\.html$/);
  });

  it.each(['update', 'chrome_update', 'shared_module_update'])('does nothing on %s', async (reason) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openWelcomeOnInstall({ reason } as Parameters<typeof openWelcomeOnInstall>[0]);
    expect(create).not.toHaveBeenCalled();
  });
});
