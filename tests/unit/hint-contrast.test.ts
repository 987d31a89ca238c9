/**
 * WCAG 2.2 AA for the live-hint indicator on X's three themes: its count and icon (text, 4.5:1 on
 * the severity tint) and its outline against the page (non-text, 3:1, 1.4.11), so it can be found
 * beside the editor in white, "Dim" and "Lights out".
 */
import { describe, expect, it } from 'vitest';
import { SEVERITY_LOOK } from '../../components/severity';
import { SEVERITIES } from '../../utils/engine/types';

const PAGES = { light: ['#ffffff'], dark: ['#15202b', '#000000'] } as const;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('hint indicator contrast', () => {
  it('the ratio formula matches known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  for (const severity of SEVERITIES) {
    for (const theme of ['light', 'dark'] as const) {
      const { fg, bg } = SEVERITY_LOOK[severity][theme];
      it(`${severity}, ${theme}: text on tint ≥ 4.5, outline on every page background ≥ 3`, () => {
        expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
        for (const page of PAGES[theme]) expect(contrast(fg, page)).toBeGreaterThanOrEqual(3);
      });
    }
  }
});
