import { defineRule } from '../utils/engine/define';
import type { CheckInput, RawFinding } from '../utils/engine/types';
import { findElectionCalls } from './detect/election-calls';
import { findImprints, hasCompleteImprint } from './detect/imprint';

// An own contact that is a postal address: a house number and a word, or a postcode.
const LOOKS_LIKE_ADDRESS = /\d{1,4}[A-Za-z]?,? [A-Z][a-z]|\b[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}\b/;
const ADDRESS_PLACEHOLDER = '[your address]';

/** The promoter's name from the profile, without a "Cllr" title (an imprint names the person). */
function promoterName(input: CheckInput): string {
  const name = (input.profile?.name ?? '').trim().replace(/^(?:cllr\.?|councillor)\s+/i, '');
  return name || '[your name]';
}

/** The imprint to suggest: the profile's own, completed if it lacks the address; else one built from the name. */
function suggestedImprint(input: CheckInput): string {
  const recorded = (input.profile?.imprint ?? '').trim().replace(/[.\s]+$/, '');
  const address = input.profile?.ownContacts?.find((contact) => LOOKS_LIKE_ADDRESS.test(contact))?.trim();
  if (recorded && /^(?:(?:printed and )?promoted|(?:argraffwyd a )?hyrwyddwyd)\b/i.test(recorded)) return `${recorded}, ${address ?? ADDRESS_PLACEHOLDER}`;
  return `Promoted by ${promoterName(input)}, ${address ?? ADDRESS_PLACEHOLDER}`;
}

export default defineRule({
  id: 'imprint',
  category: 'imprint',
  severity: 'medium',
  description: 'Election material ("vote for me", "re-elect…", "vote Labour on 7 May") from a councillor or candidate with no "Promoted by NAME, ADDRESS" digital imprint in the post or recorded for the profile.',
  source: 'Elections Act 2022, Part 6 (digital imprints), s.41 and s.48; Electoral Commission, Statutory guidance on digital imprints (2023)',
  url: 'https://www.electoralcommission.org.uk/statutory-guidance-digital-imprints',
  messages: {
    missing: {
      message: 'This may be election material without a digital imprint.',
      explanation:
        'Digital election material that promotes a candidate or party must carry an imprint with the name and postal address of the promoter (and of anyone it is published on behalf of), e.g. "Promoted by Jo Marsh, 1 High St, Riverton RT1 1AA". Failing to include one can be an offence. If your imprint is in your bio or pinned where readers can see it, record it in your profile here and this warning stops.',
    },
    incomplete: {
      message: 'The imprint may be missing the promoter\u2019s postal address.',
      explanation:
        'A digital imprint needs the promoter\u2019s name and postal address (and the name and address of anyone the material is published on behalf of). "{imprint}" has no address: add the address where the promoter can be contacted.',
    },
  },
  examples: {
    flagged: [
      { text: 'Will you [[vote for me on Thursday]]? Polls open at 7am.' },
      // A surname alone, where the appeal ends or goes on to the ward or the day.
      { text: 'Three promises for Mill Ward: fix the roads, save the bus, cap parking. [[Vote Okonjo]].' },
      { text: 'Every vote counts, so please [[vote Hartley for Mill Ward!]]' },
      { text: '[[Vote Hartley on the 7th]] and keep Riverton moving!' },
      { text: 'Leaflets done, one week to go. Don\u2019t forget to [[vote Green]] in Mill Ward!' },
      { text: '[[Back me on 7 May]] and I\u2019ll get the crossing built.' },
      { text: 'I\u2019m on the ballot paper as HARTLEY, Sam. [[Cross next to my name]] please!' },
      {
        text: '[[Vote for me on 7 May]] and I\u2019ll keep fighting for Northgate!',
        suggestion: 'Vote for me on 7 May (Promoted by Jo Marsh, 4 Bridge St, Riverton RT1 2AB)',
        request: { account: 'councillor', profile: { role: 'councillor', name: 'Cllr Jo Marsh', ownContacts: ['4 Bridge St, Riverton RT1 2AB'] } },
      },
      {
        text: '[[Re-elect Sarah Idris]] \u2013 a strong voice for Riverside.',
        suggestion: 'Re-elect Sarah Idris (Promoted by Sarah Idris, 4 Bridge St, Riverton RT1 2AB)',
        request: { account: 'councillor', profile: { role: 'councillor', name: 'Sarah Idris', ownContacts: ['07700 900123', '4 Bridge St, Riverton RT1 2AB'] } },
      },
      { text: 'Don\u2019t split the vote. [[Vote Labour on Thursday!]]', request: { account: 'councillor', profile: { name: 'Cllr Ali Hassan' } } },
      { text: 'Polls open at 7am. [[Put your cross next to Dev Singh]] \u2013 Conservative \u2013 in Westfield!', request: { account: 'personal', profile: { name: 'Dev Singh' } } },
      { text: 'Happy to help \u2013 [[I\u2019d really appreciate your vote on Thursday]].', request: { surface: 'comment', platform: 'facebook', account: 'councillor' } },
      { text: 'Selected as the Green candidate for Hillside. [[I\u2019d be grateful for your support on 7 May]].' },
      { text: '[[Back Helen Ward for Police and Crime Commissioner on 7 May]] \u2013 more officers on our streets.' },
      { text: '[[#VoteIndependent]] \u2013 your Independent candidates for Eastfield: Jan Kowalski and Ruth Bell.' },
      { text: 'Postal votes are landing \u2013 please [[use yours for me]], Sarah Idris, Labour, Riverside.' },
      { text: '[[Vote for Sarah Idris on 7 May]]. Promoted by Sarah Idris.', request: { profile: { name: 'Sarah Idris' } } },
      { text: '[[Vote Lib Dem on 7 May]]. Printed by Riverprint Ltd.' },
      {
        text: '[[Vote for me!]]',
        suggestion: 'Vote for me! (Promoted by Gary Pike, 2 Mill Rd, Riverton RT5 1AB)',
        request: { profile: { name: 'Gary Pike', imprint: 'Promoted by Gary Pike', ownContacts: ['2 Mill Rd, Riverton RT5 1AB'] } },
      },
    ],
    clean: [
      // Asked and answered no: a retiring councillor is not appealing for votes.
      'Re-elect Cllr Sandhu? That\u2019s up to the Mill Ward voters, not me. I\u2019m standing down after 12 years.',
      'Vote Early: polls open at 7am on Thursday.',
      'Register to vote by 20 April, and read how to vote Green, Labour or anyone else by post.',
      'Volunteers: put a cross next to my name on the litter-pick rota sheet.',
      'Vote Here: find your polling station on the council website.',
      // An imprint on behalf of a candidate, at a Scottish street; and one in Welsh.
      { text: 'Vote Tam Dunsyre, SNP, Drumkeld. Promoted by Ailsa Grier for Tam Dunsyre, 5 Mill Wynd, Drumkeld.' },
      { text: 'Pleidleisiwch dros Gethin Pryce! Hyrwyddwyd gan Gethin Pryce, 2 Stryd y Bont, Pontgarreg.' },
      'Vote Labour in Riverside ward on Thursday. Promoted by R. Jones on behalf of Riverton Labour, 10 Union St, Riverton RT2 3CD.',
      'Promoted by Kate Lowe on behalf of the Liberal Democrats, 8 Church Lane, Riverton RT1 5GH. Vote Lib Dem on 7 May!',
      // A Welsh imprint is as good as an English one (Elections Act 2022 applies in Wales too).
      'Vote for Sarah Idris on 7 May. Hyrwyddwyd gan Sarah Idris, 4 Stryd y Bont, Riverton RT1 2AB.',
      { text: 'Re-elect Sarah Idris on 7 May.', request: { profile: { imprint: 'Promoted by A. Khan on behalf of S. Idris, both at 4 Bridge St, Riverton RT1 2AB' } } },
      { text: '', request: { surface: 'repost', quoted: 'Vote Green in Hillside on 7 May. Promoted by M. Rahman, 22 Park View, Riverton RT3 4EF.' } },
      { text: 'Vote Labour on 7 May!', request: { account: 'council', profile: { role: 'officer' } } },
      'Thank you to everyone in Riverside who voted for me. I\u2019m honoured to serve another four years.',
      'Don\u2019t forget \u2013 polls are open 7am to 10pm on Thursday. Whoever you support, please vote!',
      'Not registered? You have until 20 April to register to vote in the 7 May elections.',
      'Vote for Riverton Park in the Green Flag People\u2019s Choice award!',
      'I voted for the free school meals motion at Full Council tonight. Proud it passed.',
      'Labour councillors voted for the budget last night; the Conservatives voted against.',
      'Sign our petition to save Eastfield library \u2013 link below.',
      'Full Council voted to re-elect Cllr Jones as Chair for another year.',
      'Great to have Helen Ward back at the Riverton Show this year.',
      'I\u2019d be grateful for your support for the Eastfield library petition.',
      'Young people: voting is open in the Riverton Youth Council elections until Friday!',
    ],
  },
  check({ input, doc }) {
    // Council accounts are the political rule's job; a plain repost carries the original's imprint.
    if (input.account === 'council' || doc.text.trim() === '') return [];
    const calls = findElectionCalls(doc);
    if (calls.length === 0) return [];
    const imprints = findImprints(doc.text);
    if (imprints.some((imprint) => imprint.complete) || hasCompleteImprint(input.profile?.imprint)) return [];
    const partial = imprints[0] ?? findImprints(input.profile?.imprint ?? '')[0];
    const suggestion = suggestedImprint(input);
    const findings: RawFinding[] = [];
    for (const call of calls) {
      if (imprints.some((imprint) => imprint.start <= call.start && imprint.end >= call.end)) continue;
      findings.push({
        start: call.start,
        end: call.end,
        messageId: partial ? 'incomplete' : 'missing',
        data: partial ? { imprint: partial.promoter ? `Promoted by ${partial.promoter}` : 'Promoted by' } : undefined,
        suggestions: [`${call.text} (${suggestion})`],
      });
    }
    return findings;
  },
});
