import { describe, expect, it } from 'vitest';
import { platformForUrl, uncheckedSurface } from '../../components/popup/tab-site';
import { meetingEnd, pauseUntil, suggestedEnd } from '../../components/popup/switch-times';

describe('platformForUrl', () => {
  it.each([
    ['https://x.com/home', 'x'],
    ['https://twitter.com/CllrJane/status/1', 'x'],
    ['https://www.facebook.com/groups/anytown', 'facebook'],
    ['https://pro.x.com/i/decks/1', 'x'],
    ['https://mobile.x.com/home', 'x'],
  ] as const)('%s is checked as %s', (url, platform) => {
    expect(platformForUrl(url)).toBe(platform);
    expect(uncheckedSurface(url)).toBeNull();
  });

  it.each([
    ['https://business.facebook.com/latest/composer', 'businessSuite'],
    ['https://www.messenger.com/t/123', 'messenger'],
    ['https://m.facebook.com/', 'mobileFacebook'],
  ] as const)('%s is named as not checked (%s), not claimed as checked', (url, surface) => {
    expect(platformForUrl(url)).toBeNull();
    expect(uncheckedSurface(url)).toBe(surface);
  });

  it.each([
    'https://x.com.evil.example/home',
    'https://notx.com/',
    'http://x.com/home',
    'chrome://extensions',
    'not a url',
    undefined,
  ])('%s is not checked', (url) => {
    expect(platformForUrl(url)).toBeNull();
  });
});

describe('popup switch times', () => {
  // Local wall-clock times: the popup works in the browser's own zone.
  const at = (hours: number, minutes: number) => new Date(2026, 2, 11, hours, minutes);

  it('pauses for exactly one hour', () => {
    expect(pauseUntil(new Date('2026-03-11T18:00:00Z'))).toBe('2026-03-11T19:00:00.000Z');
  });

  it('ends a meeting later today, or after midnight when the time has passed', () => {
    expect(meetingEnd('21:30', at(18, 0))).toEqual({ until: at(21, 30).toISOString() });
    expect(meetingEnd('00:30', at(22, 0))).toEqual({ until: new Date(2026, 2, 12, 0, 30).toISOString() });
  });

  it('refuses unreadable times and ends more than 12 hours away', () => {
    expect(meetingEnd('9pm', at(18, 0))).toEqual({ error: 'format' });
    expect(meetingEnd('25:00', at(18, 0))).toEqual({ error: 'format' });
    expect(meetingEnd('17:59', at(18, 0))).toEqual({ error: 'too-far' });
  });

  it('suggests three hours ahead on the quarter hour', () => {
    expect(suggestedEnd(at(18, 5))).toBe('21:15');
    expect(suggestedEnd(at(18, 0))).toBe('21:00');
    expect(suggestedEnd(at(22, 50))).toBe('02:00');
  });
});
