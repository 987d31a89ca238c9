import type { Rng } from './rng';

// Template syntax, kept tiny so a template reads as the sentence it makes:
//   [a|b|]   one option at random (an empty option drops the words)
//   {slot}   a filler, the same value everywhere in one case and its contrasts
//   <words>  the span a spelling variation disguises; plain cases just drop the brackets
// The patterns below have no nested quantifiers, so they cannot backtrack.
const CHOICE = /\[([^[\]]*)\]/g;
const SLOT = /\{([A-Za-z0-9]+)\}/g;

export function slotsOf(template: string): string[] {
  return [...template.matchAll(SLOT)].map((match) => match[1] as string);
}

export function render(template: string, resolve: (slot: string) => string, rng: Rng): string {
  const chosen = template.replace(CHOICE, (_all, options: string) => rng.pick(options.split('|')));
  const filled = chosen.replace(SLOT, (_all, slot: string) => resolve(slot));
  return tidy(filled);
}

function tidy(text: string): string {
  const spaced = text.replace(/ {2,}/g, ' ').replace(/\b([Tt]he) the /g, '$1 ').replace(/ ([,.!?])/g, '$1').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const MARK = /<([^<>]*)>/g;

export function unmark(text: string): string {
  return text.replace(MARK, '$1');
}

export function disguiseMarked(text: string, disguise: (span: string) => string): string {
  return text.replace(MARK, (_all, span: string) => disguise(span));
}
