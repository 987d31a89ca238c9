/**
 * Which settings section is showing, kept in the address's #fragment so links, Back and a reload
 * land on the same section. Addresses from before the sections were regrouped still work.
 */
import { useEffect, useState } from 'preact/hooks';

export const OPTION_SECTIONS = ['setup', 'accounts', 'committees', 'meetings', 'elections', 'rules', 'privacy'] as const;
export type SectionId = (typeof OPTION_SECTIONS)[number];

/** Old fragments, and parts of a section, to the section that now holds them. */
const HOLDER: ReadonlyMap<string, SectionId> = new Map([
  ...OPTION_SECTIONS.map((id) => [id, id] as const),
  ['profile', 'setup'],
  ['language', 'setup'],
  ['transfer', 'privacy'],
  ['decision-log', 'privacy'],
]);

/** The fragment is typed by hand or pasted, so anything unknown shows the first section. */
export function sectionFor(hash: string): SectionId {
  return HOLDER.get(hash.replace(/^#/, '')) ?? 'setup';
}

/** The current section, and whether the user moved to it (so its heading should take focus). */
export function useSection(): { current: SectionId; moved: boolean } {
  const [state, setState] = useState({ current: sectionFor(location.hash), moved: false });
  useEffect(() => {
    const follow = () => setState({ current: sectionFor(location.hash), moved: true });
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return state;
}
