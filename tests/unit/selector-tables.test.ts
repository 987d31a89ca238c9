/**
 * Selectors are data (issue 10): every alternative in the X and Facebook tables names the anchor it
 * came from and is CSS a browser accepts, and the adapters query exactly what the tables say.
 */
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { anchorsOf } from '../../utils/platforms/selector-table';
import { X_ANCHORS, X_SELECTORS } from '../../utils/platforms/x-selectors';
import { FACEBOOK_ANCHORS, FACEBOOK_SELECTORS } from '../../utils/platforms/facebook-selectors';

const document = new Window().document;

describe.each([
  ['X', X_ANCHORS, X_SELECTORS],
  ['Facebook', FACEBOOK_ANCHORS, FACEBOOK_SELECTORS],
] as const)('%s selector table', (_site, anchors, selectors) => {
  const all = anchorsOf(anchors);

  it('names a source for every alternative, and lists no alternative twice in a part', () => {
    for (const { part, anchor } of all) expect(anchor.source.trim(), `${part}: ${anchor.css}`).not.toBe('');
    const keys = all.map(({ part, anchor }) => `${part} ${anchor.css}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('holds only CSS a browser accepts', () => {
    for (const { part, anchor } of all) expect(() => document.querySelector(anchor.css), `${part}: ${anchor.css}`).not.toThrow();
  });

  it('is what the adapters query, part by part and in order', () => {
    for (const { part } of all) {
      const path = part.split('.');
      const list = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], selectors) as readonly string[];
      const fromTable = all.filter((entry) => entry.part === part).map((entry) => entry.anchor.css);
      expect(list).toEqual(fromTable);
    }
  });
});
