import { describe, expect, it } from 'vitest';
import { londonToInstant, parseClockTime } from '../../utils/context/london-time';
import { decodeHtmlEntities, plainText } from '../../utils/context/html-text';

describe('londonToInstant', () => {
  it.each([
    ['2025-12-10', '19:00:00', '2025-12-10T19:00:00Z'], // GMT
    ['2026-06-10', '19:00:00', '2026-06-10T18:00:00Z'], // BST
    ['2026-03-29', '00:30:00', '2026-03-29T00:30:00Z'], // just before clocks go forward
    ['2026-03-29', '01:30:00', '2026-03-29T01:30:00Z'], // does not exist: read as 02:30 BST
    ['2026-03-29', '02:00:00', '2026-03-29T01:00:00Z'],
    ['2026-10-25', '01:30:00', '2026-10-25T00:30:00Z'], // happens twice: the first (BST)
    ['2026-10-25', '02:00:00', '2026-10-25T02:00:00Z'],
  ])('%s %s in London is %s', (date, time, instant) => {
    expect(londonToInstant(date, time)).toBe(instant);
  });
});

describe('parseClockTime', () => {
  it.each([
    ['19:00', '19:00:00'],
    ['19:00:00', '19:00:00'],
    ['7.00 pm', '19:00:00'],
    ['7pm', '19:00:00'],
    ['10.30am', '10:30:00'],
    ['12.00 pm', '12:00:00'],
    ['12:15 a.m.', '00:15:00'],
    ['12 noon', '12:00:00'],
  ])('%s → %s', (text, time) => {
    expect(parseClockTime(text)).toBe(time);
  });

  it.each(['', 'TBC', '7', '25:00', '19:75'])('%s is not a time', (text) => {
    expect(parseClockTime(text)).toBeUndefined();
  });
});

describe('html text', () => {
  it('undoes one layer of escaping, not two', () => {
    expect(decodeHtmlEntities('Smith&#39;s Farm &amp; Mill&nbsp;Lane &#x2013; &pound;5')).toBe('Smith\'s Farm & Mill Lane – £5');
    expect(decodeHtmlEntities('&amp;amp; &bogus;')).toBe('&amp; &bogus;');
  });

  it('drops tags and collapses spaces', () => {
    expect(plainText('<p>Land at <b>Wheatfield</b>\n Farm</p>')).toBe('Land at Wheatfield Farm');
  });
});
