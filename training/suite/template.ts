import type { Rng } from './rng';

// Template syntax, kept tiny so a template reads as the sentence it makes:
//   [a|b|]   one option at random (an empty option drops the words)
//   {slot}   a filler, the same value everywhere in one case and its contrasts
//   <words>  the span a spelling variation disguises; plain cases just drop the brackets
// The patterns below have no nested quantifiers, so they cannot backtrack.
const CHOICE = /\[([^[\]]*)\]/g;
const SLOT = /\{([A-Za-z0-9]+)\}/g;

const slotCache = new Map<string, string[]>();

export function slotsOf(template: string): string[] {
  let slots = slotCache.get(template);
  if (!slots) {
    slots = [...template.matchAll(SLOT)].map((match) => match[1] as string);
    slotCache.set(template, slots);
  }
  return slots;
}

export function render(template: string, resolve: (slot: string) => string, rng: Rng): string {
  const chosen = template.replace(CHOICE, (_all, options: string) => rng.pick(options.split('|')));
  const filled = chosen.replace(SLOT, (_all, slot: string) => resolve(slot));
  return tidy(filled);
}

// "a" before a vowel sound becomes "an"; words that start with a "y" or "w" sound keep "a".
const ARTICLE = /\b([Aa]) ([AEIOaeio]\w*)/g;
const CONSONANT_SOUND = /^(one|eu|uni|use)/i;

function tidy(text: string): string {
  const spaced = text.replace(/ {2,}/g, ' ').replace(/\b([Tt]he) the /g, '$1 ').replace(/(\w)s's\b/g, "$1s'").replace(/ ([,.!?])/g, '$1').trim();
  const articled = spaced.replace(ARTICLE, (all, a: string, word: string) => (CONSONANT_SOUND.test(word) ? all : `${a}n ${word}`));
  const sentences = articled.replace(/([.!?] )([a-z])/g, (_all, stop: string, letter: string) => stop + letter.toUpperCase());
  return sentences.charAt(0).toUpperCase() + sentences.slice(1);
}

const MARK = /<([^<>]*)>/g;

export function unmark(text: string): string {
  return text.replace(MARK, '$1');
}

export function disguiseMarked(text: string, disguise: (span: string) => string): string {
  return text.replace(MARK, (_all, span: string) => disguise(span));
}
