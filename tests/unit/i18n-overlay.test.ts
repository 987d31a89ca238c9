/**
 * The content scripts' translator carries only the panel's, hints' and shared areas; for those it
 * must say exactly what the pages' full translator says, in both languages and every plural form.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator, LOCALES } from '../../utils/i18n';
import { createOverlayTranslator, OVERLAY_ENGLISH, type OverlayKey } from '../../utils/i18n/overlay';

const KEYS = Object.entries(OVERLAY_ENGLISH).flatMap(([area, messages]) => Object.keys(messages).map((key) => `${area}.${key}` as OverlayKey));

describe('createOverlayTranslator', () => {
  it.each(LOCALES)('in %s, says what the full translator says for every panel, hint and shared key', (locale) => {
    const overlay = createOverlayTranslator(locale);
    const full = createTranslator(locale);
    expect(KEYS.length).toBeGreaterThan(50);
    for (const key of KEYS) {
      for (const count of [0, 1, 2, 3, 6, 11]) {
        const params = { count, anyway: 'X', name: 'N', rule: 'R', surface: 'S' };
        expect(overlay(key, params), key).toBe(full(key, params));
      }
    }
  });

  it('answers the key itself for a key no catalogue has (only a bad cast can ask), and Welsh where Welsh exists', () => {
    const cy = createOverlayTranslator('cy');
    expect(cy('panel.nonexistent' as OverlayKey)).toBe('panel.nonexistent');
    expect(cy('panel.edit')).not.toBe(createOverlayTranslator('en-GB')('panel.edit'));
  });
});
