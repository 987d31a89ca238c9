import type { Rng } from './rng';
import type { Group } from './fillers/groups';
import * as people from './fillers/people';
import * as places from './fillers/places';
import * as council from './fillers/council';

// One case's fillers. Values are chosen on first use and then fixed, so a hateful case and its
// contrasts share their vocabulary (the same group form, name, site or committee).
export type Resolver = (slot: string) => string;

const JOKE_EMOJI = ['😂', '🤣', '🙄', '😆', '😉', '😂😂', '🤔', '😬', '🙈', '😅'];

function withArticle(noun: string): string {
  const lower = noun.toLowerCase();
  const soundsLikeVowel = /^[aeio]/.test(lower) || (/^u/.test(lower) && !/^u(ni|se|k)/.test(lower)) || /^(lgbt|oap|mp)/.test(lower);
  return `${soundsLikeVowel ? 'an' : 'a'} ${noun}`;
}

function digits(rng: Rng, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += String(rng.int(10));
  return out;
}

/** Slots a group must offer for a template to be usable with it. */
export function groupCanFill(group: Group | undefined, slot: string): boolean {
  if (['G', 'G1', 'aG1'].includes(slot)) return group !== undefined;
  if (slot === 'Gadj') return (group?.adjective.length ?? 0) > 0;
  if (slot === 'S' || slot === 'S1') return (group?.slurs.length ?? 0) > 0;
  return true;
}

export function createResolver(rng: Rng, group: Group | undefined): Resolver {
  const memo = new Map<string, string>();
  const application = (wanted: 'planning' | 'licensing' | undefined): void => {
    if (memo.has('com')) return;
    const yy = String(21 + rng.int(6));
    if (wanted === 'planning' || (wanted === undefined && rng.chance(0.6))) {
      const site = rng.pick(places.sites);
      const dev = rng.pick(council.developments);
      memo.set('site', site);
      memo.set('dev', dev);
      memo.set('com', rng.pick(council.planningCommittees));
      memo.set('app', rng.pick([`the ${site} ${dev}`, `the ${dev} at ${site}`, `the ${dev} on ${rng.pick(places.streets)}`]).replace(/^the the /, 'the '));
      memo.set('ref', `${yy}/${digits(rng, 5)}/${rng.pick(council.planningSuffixes)}`);
      memo.set('applicant', rng.pick(['the developer', 'the applicant', rng.pick(council.companies)]));
      memo.set('appeal', 'the Planning Inspectorate');
    } else {
      const venue = rng.pick(places.venues);
      const licence = rng.pick(council.licences);
      memo.set('venue', venue);
      memo.set('dev', licence);
      memo.set('com', rng.pick(council.licensingCommittees));
      memo.set('app', rng.pick([`${venue}'s ${licence}`, `the ${licence} for ${venue}`, `${venue}'s application for a ${licence}`]));
      memo.set('ref', `LIC/${yy}/${digits(rng, 4)}`);
      memo.set('applicant', rng.pick(['the owner', 'the applicant', 'the licensee', 'the landlord']));
      memo.set('appeal', 'the magistrates\' court');
    }
  };
  const groupForm = (forms: readonly string[], slot: string): string => {
    if (forms.length === 0) throw new Error(`group ${group?.id ?? '(none)'} has no form for {${slot}}`);
    return rng.pick(forms);
  };
  const fresh = (slot: string): string => {
    switch (slot) {
      case 'G': return groupForm(group?.plural ?? [], slot);
      case 'G1': return groupForm(group?.singular ?? [], slot);
      case 'aG1': return withArticle(resolve('G1'));
      case 'Gadj': return groupForm(group?.adjective ?? [], slot);
      case 'S': case 'S1': {
        const slur = rng.pick(group?.slurs ?? []);
        memo.set('S1', slur[0]);
        memo.set('S', slur[1]);
        return slot === 'S' ? slur[1] : slur[0];
      }
      case 'first': return rng.pick(people.firstNames);
      case 'last': return rng.pick(people.lastNames);
      case 'name': return `${resolve('first')} ${resolve('last')}`;
      case 'cllr': return rng.chance(0.3) ? `${rng.pick(people.councillorTitles)} ${resolve('first')} ${resolve('last')}` : `${rng.pick(people.councillorTitles)} ${resolve('last')}`;
      case 'officer': return rng.pick(people.officerRoles);
      case 'resident': return rng.pick(people.residentRoles);
      case 'who': return rng.pick([resolve('cllr'), rng.pick(people.officerRoles), `${resolve('name')} from ${resolve('street')}`, rng.pick(people.residentRoles)]);
      case 'topic': return rng.pick(council.topics);
      case 'figure': return rng.pick(people.publicFigures);
      case 'party': return rng.pick(people.parties);
      case 'town': return rng.pick(places.towns);
      case 'street': return rng.pick(places.streets);
      case 'ward': return rng.pick(places.wards);
      case 'amenity': return rng.pick(places.amenities);
      case 'site': case 'venue': case 'dev': case 'com': case 'app': case 'ref': case 'applicant': case 'appeal':
        application(slot === 'site' ? 'planning' : slot === 'venue' ? 'licensing' : undefined);
        return memo.get(slot) ?? (slot === 'site' ? rng.pick(places.sites) : rng.pick(places.venues));
      case 'pcom': return rng.pick(council.planningCommittees);
      case 'lcom': return rng.pick(council.licensingCommittees);
      case 'ocom': return rng.pick(council.otherCommittees);
      case 'exempt': return rng.pick(council.exemptBusiness);
      case 'paper': return rng.pick(council.exemptPapers);
      case 'company': return rng.pick(council.companies);
      case 'sum': return rng.pick(council.sums);
      case 'day': return rng.pick(council.days);
      case 'np': return rng.pick(council.nonProtected);
      case 'e': return rng.pick(JOKE_EMOJI);
      default: throw new Error(`unknown slot {${slot}}`);
    }
  };
  const resolve: Resolver = (slot) => {
    const known = memo.get(slot);
    if (known !== undefined) return known;
    const value = fresh(slot);
    if (!memo.has(slot)) memo.set(slot, value);
    return memo.get(slot) as string;
  };
  return resolve;
}
