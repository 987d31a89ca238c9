import { defineRule } from '../utils/engine/define';
import { committeeKinds } from '../utils/context/committees';
import { heldToHint, modelFindings } from './model/findings';
import { decisionsIn, matterOf } from './detect/matter';
import { contrastBetween, openMindsIn } from './detect/open-mind';

/**
 * The trained tier's judgement of a closed mind ("won't get my vote", "will
 * NOT get its licence"), only for an author who sits on a planning or
 * licensing committee: anyone else may campaign freely (Localism Act s.25).
 */
export default defineRule({
  id: 'model-predetermination',
  category: 'predetermination',
  severity: 'medium',
  defers: true,
  description: 'Wording a trained model reads as a closed mind on a planning or licensing matter, from a member of the committee that decides it.',
  source: 'Localism Act 2011 s.25; R (Lewis) v Redcar & Cleveland BC [2008] EWCA Civ 746; the council’s planning code of good practice',
  url: 'https://www.legislation.gov.uk/ukpga/2011/20/section/25',
  messages: {
    model: {
      message: 'This may show a closed mind on a matter your committee decides: “{words}”.',
      explanation:
        'You sit on a planning or licensing committee. A trained model reads this sentence as pledging a vote or declaring the outcome before the committee has heard the report and the debate, which can make the decision open to challenge for predetermination and may mean you cannot take part. You may share a view (Localism Act 2011 s.25) but must keep an open mind. The model can be wrong: if it is, post anyway.',
    },
  },
  examples: {
    flagged: [
      // Medium or high as the threshold for 'high' (precision 0.98 out of fold) moves with each round's data.
      { text: '[[No way will I vote for the Brook Farm incinerator when it comes to committee]].', severity: 'high', request: { profile: { role: 'councillor', name: 'Cllr Ann Lee', committees: ['Planning Committee'] } } },
      // The terse pledge from issue 9: a quiet hint before the natural drafts were trained on out of fold, a finding since.
      { text: '[[The Brook Farm incinerator won’t get my vote]].', severity: 'high', request: { profile: { role: 'councillor', name: 'Cllr Ann Lee', committees: ['Planning Committee'] } } },
      // The same words from the committee that decides the item.
      {
        text: '[[The Eastgate Social Club flats must be refused and I’ll be opposing them tooth and nail]].',
        severity: 'high',
        request: {
          now: '2026-05-20T12:00:00Z',
          profile: { role: 'councillor', committees: ['Area Planning Committee (East)'] },
          meetings: [{ committee: 'Area Planning Committee (East)', start: '2026-06-10T17:00:00Z', end: '2026-06-10T20:00:00Z', items: [{ title: 'Demolition of Eastgate Social Club and erection of 24 flats', reference: '26/00345/FUL', restricted: false }] }],
        },
      },
      { text: '[[The Red Lion will not get its licence renewed while I’m on the committee]].', severity: 'high', request: { profile: { role: 'councillor', name: 'Cllr Ann Lee', committees: ['Planning Committee'] } } },
      // An open mind stated after the words: the model reads this at medium, held to a hint.
      { text: 'Drive-thru on Mill Road? [[Not a chance I\'d eat there, I\'m vegan \u{1F331} (Committee on the 14th, open mind as always]]!)', severity: 'low', request: { profile: { role: 'councillor', name: 'Cllr Ann Lee', committees: ['Planning Committee'] } } },
      // A decision already made, reported: the model reads it at medium, held to a hint. An outcome foretold is still flagged.
      { text: '[[Planning refused the Mill Road drive-thru last night, 9 votes to 2]]. The applicant can appeal.', severity: 'low', request: { profile: { role: 'councillor', committees: ['Planning Committee'] } } },
      // An appeal decided leaves the committee's decision standing; a mind said not to be made up is open.
      { text: 'Appeal decision is in: the inspector dismissed the Saltwick Road appeal. [[The committee\u2019s refusal stands]].', severity: 'low', request: { profile: { role: 'councillor', committees: ['Planning Committee'] } } },
      { text: 'I have concerns about traffic on Saltwick Road and I\u2019ll raise them at committee. [[My mind isn\u2019t made up]].', severity: 'low', request: { profile: { role: 'councillor', committees: ['Planning Committee'] } } },
      { text: '[[The Mill Road drive-thru will be refused, 9 votes to 2, mark my words]].', severity: 'high', request: { profile: { role: 'councillor', committees: ['Planning Committee'] } } },
    ],
    clean: [
      'The Brook Farm incinerator won’t get my vote.',
      { text: 'I will keep an open mind on the Brook Farm application until I have heard the evidence.', request: { profile: { role: 'councillor', committees: ['Planning Committee'] } } },
      // A West area member on an item the East area committee decides: theirs to campaign on.
      {
        text: 'The Eastgate Social Club flats must be refused and I’ll be opposing them tooth and nail.',
        request: {
          now: '2026-05-20T12:00:00Z',
          profile: { role: 'councillor', committees: ['Area Planning Committee (West)'] },
          meetings: [{ committee: 'Area Planning Committee (East)', start: '2026-06-10T17:00:00Z', end: '2026-06-10T20:00:00Z', items: [{ title: 'Demolition of Eastgate Social Club and erection of 24 flats', reference: '26/00345/FUL', restricted: false }] }],
        },
      },
    ],
  },
  check({ input, doc, quotedDoc }) {
    if (input.account === 'council' || input.profile?.role === 'officer') return [];
    const deciding = (input.profile?.committees ?? []).filter((c) => committeeKinds(c).some((k) => k === 'planning' || k === 'licensing'));
    if (deciding.length === 0) return [];
    // The draft names an agenda item another committee decides: the member may campaign on it.
    if ('elsewhere' in matterOf(input, doc, quotedDoc, deciding)) return [];
    // An open mind stated after the words, as the predetermination rule reads it ("...not a chance, open mind as always!"),
    // or a decision already made ("refused last night"), reported, not pre-judged: a hint at most.
    return heldToHint(modelFindings(doc, 'predetermination', { messageId: 'model' }), ({ start, end }) =>
      openMindsIn(doc).some((o) => o.start >= start && o.end <= end + 2 && !contrastBetween(doc, o.end, end)) || decisionsIn(doc).some((d) => d.start >= start && d.end <= end));
  },
});
