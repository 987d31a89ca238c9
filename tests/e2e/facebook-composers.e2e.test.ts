/**
 * Facebook's compose boxes in real Chromium with the built extension, on the facebook.com replica
 * (real Lexical editors) served at https://www.facebook.com: the shared composer contract for the
 * create-post dialog (en-GB and Welsh), a comment (Enter), a reply (the Comment arrow) and
 * Messenger at both of its addresses. What went out and what the editor holds are read from the
 * replica's own state.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { chromiumPath, launchWithExtension, MISSING_CHROMIUM, type BrowserSession } from '../support/chromium';
import { describeComposerContract } from '../support/composer-contract';
import { FACEBOOK_SITE } from '../support/facebook-site';
import { commentSurface, createPostSurface, messengerSurface, replySurface } from '../fixtures/facebook/driver';

const available = chromiumPath() !== null;
if (!available && process.env.CI === 'true') throw new Error(`CI=true and ${MISSING_CHROMIUM}`);

describe.skipIf(!available)('Facebook composers in Chromium', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchWithExtension({ sites: [FACEBOOK_SITE] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const surface of [
    createPostSurface('en-GB'),
    createPostSurface('cy'),
    commentSurface('en-GB'),
    commentSurface('cy'),
    replySurface(),
    messengerSurface('/messages/t/100000000000002', 'enter'),
    messengerSurface('/messages/e2ee/t/100000000000002', 'button'),
  ]) {
    describeComposerContract(surface, () => browser);
  }
});
