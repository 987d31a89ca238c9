/**
 * Issue 11, problem 5 (the logic; tests/e2e/panel-surfaces.e2e.test.ts shows it in Chromium):
 * most severe first, then by position; identical findings grouped with what they all offer; the
 * panel's words follow the surface in both languages.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../utils/engine/engine';
import type { Finding } from '../../utils/engine/types';
import { groupItems, SURFACE_WORDS } from '../../utils/guard/panel-groups';
import type { PanelItem } from '../../utils/guard/types';
import { createTranslator } from '../../utils/i18n';

const item = (finding: Partial<Finding> & Pick<Finding, 'start' | 'end'>, box = 0): PanelItem => ({
  finding: { ruleId: 'r', category: 'personal-data', severity: 'high', message: 'm', explanation: 'e', source: 's', suggestions: [], ...finding },
  text: '',
  box,
});

describe('panel groups', () => {
  it('puts a later High before an earlier Medium', () => {
    const medium = item({ start: 0, end: 3, severity: 'medium', ruleId: 'a' });
    const highs = [item({ start: 10, end: 12, ruleId: 'b' }), item({ start: 20, end: 22, ruleId: 'c' })];
    expect(groupItems([medium, ...highs]).map((g) => g.lead.finding.ruleId)).toEqual(['b', 'c', 'a']);
  });

  it('groups two NI numbers into one card with the suggestion both offer', () => {
    const text = 'Mrs Price’s NI number is AB123456C and her husband’s is JT123456C.';
    const items = check({ text }).findings.map((finding) => ({ finding, text, box: 0 }));
    const groups = groupItems(items);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.items.map((i) => text.slice(i.finding.start, i.finding.end))).toEqual(['AB123456C', 'JT123456C']);
    expect(groups[0]!.shared).toEqual(['[NI number removed]']);
  });

  it('keeps findings that say different things apart', () => {
    const groups = groupItems([item({ start: 0, end: 2, message: 'one' }), item({ start: 5, end: 7, message: 'two' })]);
    expect(groups.map((g) => g.items.length)).toEqual([1, 1]);
  });
});

describe('the panel’s words per surface', () => {
  const en = createTranslator('en-GB');
  const cy = createTranslator('cy');
  it.each([
    ['post', 'Post anyway', 'Edit', 'Postio beth bynnag'],
    ['reply', 'Reply anyway', 'Edit', 'Ateb beth bynnag'],
    ['dm', 'Send anyway', 'Edit', 'Anfon beth bynnag'],
    ['repost', 'Repost anyway', 'Don’t repost', 'Ail-bostio beth bynnag'],
    ['quote', 'Post anyway', 'Edit', 'Postio beth bynnag'],
    ['share', 'Share anyway', 'Don’t share', 'Rhannu beth bynnag'],
    ['comment', 'Comment anyway', 'Edit', 'Rhoi sylw beth bynnag'],
  ] as const)('%s: “%s”', (surface, anyway, edit, welsh) => {
    const words = SURFACE_WORDS[surface];
    expect(en(words.anyway)).toBe(anyway);
    expect(en(words.edit)).toBe(edit);
    expect(cy(words.anyway)).toBe(welsh);
    expect(en(words.title)).not.toBe(cy(words.title));
  });

  it('gives each surface its own title', () => {
    expect(new Set(Object.values(SURFACE_WORDS).map((w) => createTranslator('en-GB')(w.title))).size).toBe(7);
  });
});
