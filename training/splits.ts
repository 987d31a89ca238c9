/**
 * Which suite cases are never trained on: whole template families and whole
 * protected groups, chosen by a fixed hash of their names so the split does
 * not move when cases are added to other families.
 */
import { hashString } from '../utils/model/hash';
import type { Sample } from './data';

export type Split = 'train' | 'held-out-family' | 'held-out-group';

export const isHeldOutFamily = (family: string): boolean => hashString(`family:${family}`) % 6 === 0;
export const isHeldOutGroup = (group: string): boolean => hashString(`group:${group}`) % 6 === 0;

export function splitOf(sample: Pick<Sample, 'family' | 'group'>): Split {
  if (sample.group && isHeldOutGroup(sample.group)) return 'held-out-group';
  if (sample.family && isHeldOutFamily(sample.family)) return 'held-out-family';
  return 'train';
}
