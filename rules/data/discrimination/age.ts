/** Age (Equality Act 2010 s.5): mocking and dehumanising terms for older (and younger) people. */
import { EQA, GUIDANCE } from './sources';
import type { LexiconEntry } from './types';

const SOURCE = `${EQA.age}; ${GUIDANCE.ageUk}`;

export const AGE: LexiconEntry[] = [
  {
    id: 'age/coffin-dodger',
    terms: ['coffin dodger', 'coffin dodgers', 'crumbly', 'crumblies', 'wrinklies', 'old fogey', 'old fogeys', 'old fogies', 'oldie', 'oldies'],
    characteristic: 'age',
    kind: 'mocking',
    severity: 'medium',
    note: 'Mocks older people for their age; Age UK and the Centre for Ageing Better identify such terms as ageist.',
    source: SOURCE,
    alternatives: ['older people'],
    alternativesByTerm: { 'coffin dodger': ['older person'], 'old fogey': ['older person'], oldie: ['older person'] },
    falsePositives: [{ context: '"golden oldies" music nights', phrases: ['golden oldie', 'golden oldies', 'oldies night', 'oldies disco'], example: 'Golden oldies disco at the community centre on Friday.' }],
    flagged: ['Another bus pass for the [[coffin dodgers]]'],
  },
  {
    id: 'age/bed-blocker',
    terms: ['bed blocker', 'bed blockers', 'bedblocker', 'bedblockers'],
    characteristic: 'age',
    kind: 'mocking',
    severity: 'medium',
    note: 'Blames older patients for delayed discharge, a system failure; Age UK asks for "people whose discharge is delayed".',
    source: SOURCE,
    alternatives: ['patients awaiting discharge'],
    alternativesByTerm: { 'bed blocker': ['patient awaiting discharge'], bedblocker: ['patient awaiting discharge'] },
    falsePositives: [{ context: 'the policy term for the problem', example: 'Delayed discharge from hospital is the biggest pressure on adult social care.' }],
    flagged: ['Hospitals full of [[bed blockers]]'],
  },
  {
    id: 'age/boomer',
    terms: ['ok boomer', 'okay boomer', 'boomer remover'],
    characteristic: 'age',
    kind: 'mocking',
    severity: 'medium',
    note: 'Dismisses a person for their age ("boomer remover" mocked the deaths of older people from Covid-19).',
    source: SOURCE,
    falsePositives: [{ context: 'generations in policy talk', example: 'Baby boomers and millennials alike need affordable homes.' }],
    flagged: ['[[OK boomer]], the world has moved on'],
  },
  {
    id: 'age/senile',
    terms: ['senile old', 'gone senile', 'doolally', 'gaga old', 'old codger', 'old codgers', 'old geezer', 'old geezers', 'old duffer', 'old duffers'],
    characteristic: 'age',
    kind: 'mocking',
    severity: 'medium',
    note: 'Links age to incompetence or dementia as a put-down.',
    source: `${SOURCE}; Alzheimer\u2019s Society guidance on dementia language`,
    flagged: ['The [[senile old]] fool opposite'],
  },
];
