/** Severity → icon and colours (labels are in the message catalogues): the one place the panel's severity look is defined. */
import type { Severity } from '../utils/engine/types';

export interface SeverityLook {
  /** A plain glyph (no emoji font needed); always shown with the label, never alone. */
  icon: string;
  /** Text and tint on X's light theme and on its dark themes; each pair meets WCAG AA. */
  light: { fg: string; bg: string };
  dark: { fg: string; bg: string };
}

export const SEVERITY_LOOK = {
  high: { icon: '▲', light: { fg: '#a3190f', bg: '#fde7e4' }, dark: { fg: '#ff9c8f', bg: '#3d1712' } },
  medium: { icon: '◆', light: { fg: '#7a4500', bg: '#fff0d4' }, dark: { fg: '#ffc46b', bg: '#3a2a0c' } },
  low: { icon: '●', light: { fg: '#1d4fa8', bg: '#e3edff' }, dark: { fg: '#9cbcff', bg: '#14264a' } },
} as const satisfies Record<Severity, SeverityLook>;
