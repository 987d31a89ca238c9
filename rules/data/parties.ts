/**
 * UK political parties, party groups and party slogans, for the `political`
 * rule (a corporate council account naming, crediting or attacking a party)
 * and the election-call finder (rules/detect/election-calls.ts: "vote Labour").
 *
 * Kinds:
 * - `party`: a party or a party group on the council ("the Labour group",
 *   "Riverton Independents");
 * - `slogan`: a party slogan or campaign hashtag ("#LabourDelivers",
 *   "promise kept").
 *
 * `capitalised`: the hit must start with a capital letter as typed ("Green
 * Party" is a party, "green waste" is not; "Labour" the party, "labour" work).
 * `afterName`: the hit counts only after a capitalised word ("Riverton
 * Independents"), so "support our local independents" (shops) stays clean.
 */
import type { LexiconEntry } from './lexicon';

export type PartyKind = 'party' | 'slogan';

export interface PartyEntry extends LexiconEntry<PartyKind> {
  capitalised?: boolean;
  afterName?: boolean;
  /** The party's name as the stem of a campaign hashtag ("#LabourDelivers", "#VoteLabour"). */
  hashtagStems?: string[];
}

const LGA86 = 'Local Government Act 1986, s.2 (publicity of a party-political nature); Code of Recommended Practice on Local Authority Publicity (2011), paras 15-16';
const EC = 'Electoral Commission, Party registration: registered party names (GB and NI registers)';

export const PARTIES: readonly PartyEntry[] = [
  {
    id: 'labour',
    kind: 'party',
    terms: ['labour|labour\'s|labour-led|labour-run|labour-controlled', 'labour party|group|councillor|councillors|candidate|candidates|team|administration|council|government|cabinet|leader', 'labour and co-operative|co-op'],
    capitalised: true,
    hashtagStems: ['labour', 'labourparty'],
    note: 'The Labour Party (and Labour and Co-operative). Capitalised only: lower-case "labour" is work.',
    source: EC,
    falsePositives: [
      { context: 'the labour market and labour costs', clean: 'Labour market figures show local unemployment falling to 3.1%.', unless: ['labour market|markets|costs|cost|shortage|shortages|force|supply|rates|intensive|saving|relations|law|laws|mobility|productivity'] },
      { context: 'childbirth: labour wards and being in labour', clean: 'The new Labour Ward at Riverton Hospital opens to expectant mothers in June.', unless: ['labour ward|wards|suite', 'in labour', 'maternity labour'] },
      { context: 'manual, forced or child labour', clean: 'Our procurement code bans suppliers who use forced labour.', unless: ['child|forced|manual|skilled|unskilled|cheap|slave|casual labour'] },
    ],
  },
  {
    id: 'conservative',
    kind: 'party',
    terms: ['conservative|conservatives|conservative\'s|conservative-led|conservative-run|conservative-controlled', 'tory|tories|tory-led|tory-run|tory-controlled'],
    capitalised: true,
    hashtagStems: ['tory', 'tories', 'conservative', 'conservatives'],
    note: 'The Conservative and Unionist Party ("Tory", "Tories"). Capitalised only: "a conservative estimate" is not the party.',
    source: EC,
    falsePositives: [
      { context: 'a conservative estimate or approach', clean: 'Conservative estimates put the repair bill at £40,000.', unless: ['conservative estimate|estimates|figure|figures|approach|assumption|assumptions|forecast|treatment|management'] },
      { context: 'conservation areas (a different word)', clean: 'The Old Town Conservation Area appraisal is open for comments until 30 June.' },
    ],
  },
  {
    id: 'lib-dem',
    kind: 'party',
    terms: ['liberal democrat|democrats|democrat\'s', 'lib dem|dems|dem\'s|dem-led', 'libdem|libdems', 'liberal democrat-led', 'the liberal party'],
    hashtagStems: ['libdem', 'libdems', 'liberaldemocrats'],
    note: 'The Liberal Democrats. "Liberal" alone is an ordinary word ("liberal use of grit") and is not a term.',
    source: EC,
    falsePositives: [
      { context: '"liberal" in its ordinary sense', clean: 'Our crews are making liberal use of grit on the hills tonight.' },
    ],
  },
  {
    id: 'green',
    kind: 'party',
    terms: [
      'green party|party\'s|group|councillor|councillors|candidate|candidates|administration|cllr|mp|mps',
      'green-led|green-run',
      'greens',
      'green party of england and wales',
      'scottish greens',
    ],
    capitalised: true,
    hashtagStems: ['greenparty', 'greens'],
    note: 'The Green Party (of England and Wales; Scottish Greens). "Green" alone is a colour, a bin, a flag award and a place name, so only "Green Party", "Green candidate", "the Greens" and similar count.',
    source: EC,
    falsePositives: [
      { context: 'green bins, green waste and going green', clean: 'Green bins are back from Monday. Go green and recycle more!' },
      { context: 'the Green Flag award', clean: 'Riverton Park has kept its Green Flag award for the fifth year.' },
      { context: 'bowling greens and village greens', clean: 'The bowling greens at Victoria Park reopen on Saturday.', unless: ['bowling|village|spring|putting greens'] },
      { context: 'a council team called the Green Team', clean: 'Our Green Team are out litter picking on Saturday. Our parks green team planted 2,000 bulbs.' },
    ],
  },
  {
    id: 'reform-uk',
    kind: 'party',
    terms: ['reform uk|uk\'s', 'reform party|group|councillor|councillors|candidate|candidates|administration', 'reform-led|reform-run'],
    capitalised: true,
    hashtagStems: ['reformuk', 'reform'],
    note: 'Reform UK. "Reform" and "reforms" alone are ordinary words ("reform of the planning system").',
    source: EC,
    falsePositives: [
      { context: 'reform of something, reforms', clean: 'Our reforms to parking permits start on 1 June. Reform of the planning system is coming too.' },
    ],
  },
  {
    id: 'snp',
    kind: 'party',
    terms: ['snp|snp\'s|snp-led', 'scottish national party'],
    hashtagStems: ['snp'],
    note: 'The Scottish National Party.',
    source: EC,
    falsePositives: [{ context: 'none known; SNP is not an ordinary word', clean: 'Scottish Government funding for school meals has been confirmed.' }],
  },
  {
    id: 'plaid',
    kind: 'party',
    terms: ['plaid cymru|cymru\'s', 'plaid group|councillor|councillors|candidate|candidates|administration', 'plaid-led'],
    capitalised: true,
    hashtagStems: ['plaidcymru', 'plaid'],
    note: 'Plaid Cymru. "Plaid" alone is also a cloth pattern, so only "Plaid Cymru" and "Plaid group/councillor…" count.',
    source: EC,
    falsePositives: [{ context: 'plaid the pattern', clean: 'Lost property: a red plaid scarf left in the library.' }],
  },
  {
    id: 'ni-parties',
    kind: 'party',
    terms: ['dup|dup\'s', 'sinn fein|fein\'s', 'sdlp|sdlp\'s', 'uup|uup\'s', 'alliance party', 'ulster unionist|unionists', 'democratic unionist|unionists'],
    note: 'Northern Ireland parties on the Electoral Commission NI register.',
    source: EC,
    falsePositives: [{ context: 'an alliance that is not the Alliance Party', clean: 'We have joined the Riverton Climate Alliance of local businesses.' }],
  },
  {
    id: 'other-parties',
    kind: 'party',
    terms: ['ukip|ukip\'s', 'workers party', 'co-operative party', 'yorkshire party', 'social democratic party', 'heritage party', 'women\'s equality party'],
    capitalised: true,
    note: 'Smaller registered parties that stand in local elections.',
    source: EC,
    falsePositives: [{ context: 'co-operative as a business', clean: 'The Riverton Co-operative food store on High St has reopened.' }],
  },
  {
    id: 'independent-group',
    kind: 'party',
    terms: ['independent group|groups|candidate|candidates|councillor|councillors|alliance|team|administration', 'independent-led', 'independents'],
    capitalised: true,
    afterName: true,
    hashtagStems: ['independents', 'independent'],
    note: 'Independents\' groups and residents\' associations that stand candidates ("Riverton Independents", "the Independent group"). "Independent" in its ordinary sense is not a party.',
    source: EC,
    falsePositives: [
      { context: 'an independent review, panel or person', clean: 'Independent review of children\'s services published today: read the report and our response.' },
      { context: 'independent shops', clean: 'Support our local independents this Christmas: Small Business Saturday is on 6 December.' },
    ],
  },
  {
    id: 'party-generic',
    kind: 'party',
    terms: ['opposition group|groups|parties|councillors|leader', 'ruling group|party', 'our manifesto|manifesto\'s', 'manifesto pledge|pledges|promise|promises|commitment|commitments', 'leader of the opposition'],
    note: 'Party groups named without a party ("the opposition", "the ruling group") and manifestos: a council speaks for the whole council.',
    source: LGA86,
    falsePositives: [{ context: 'opposition to a proposal', clean: 'The consultation found strong opposition to the parking charges; the report goes to Cabinet on 4 March.' }],
  },
  {
    id: 'slogans',
    kind: 'slogan',
    terms: ['promise kept|kept', 'promises kept', 'another promise kept', 'delivering for|on our manifesto', 'get brexit done', 'stop the chaos', 'labour delivers|delivering', 'strong and stable', 'take back control'],
    note: 'Party and campaign slogans: they make council publicity look like a party\'s.',
    source: LGA86,
    falsePositives: [{ context: 'the council keeping a service promise', clean: 'We promised the play area would reopen by Easter, and it did. Thank you for your patience.' }],
  },
];
