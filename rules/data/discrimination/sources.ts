/**
 * The sources the discrimination lexicon relies on, cited by entries and rules.
 * Only what was actually relied on: the statute for the characteristic and for
 * harassment, and the guidance of the organisation that speaks for the group.
 */
export const EQA = {
  age: 'Equality Act 2010 s.5 (age) and s.26 (harassment)',
  disability: 'Equality Act 2010 s.6 (disability) and s.26 (harassment)',
  genderReassignment: 'Equality Act 2010 s.7 (gender reassignment) and s.26 (harassment)',
  marriage: 'Equality Act 2010 s.8 (marriage and civil partnership)',
  pregnancy: 'Equality Act 2010 s.4 and s.18 (pregnancy and maternity)',
  race: 'Equality Act 2010 s.9 (race: colour, nationality, ethnic or national origins) and s.26 (harassment)',
  religion: 'Equality Act 2010 s.10 (religion or belief) and s.26 (harassment)',
  sex: 'Equality Act 2010 s.11 (sex) and s.26 (harassment)',
  sexualOrientation: 'Equality Act 2010 s.12 (sexual orientation) and s.26 (harassment)',
} as const;

export const GUIDANCE = {
  ofcom: 'Ofcom, Attitudes to potentially offensive language and gestures on TV and radio (2021)',
  travellerMovement:
    'Traveller Movement and Friends, Families and Travellers guidance on terminology; CRE v Dutton [1989] (Romany Gypsies) and O\u2019Leary v Allied Domecq (2000) (Irish Travellers) as ethnic groups',
  disabilityUnit: 'Cabinet Office Disability Unit, Inclusive language: words to use and avoid when writing about disability (GOV.UK); Scope',
  mencap: 'Mencap guidance on talking about learning disability',
  mind: 'Mind and Time to Change guidance on reporting and talking about mental health',
  rnid: 'RNID guidance on language about deafness',
  stonewall: 'Stonewall glossary of terms; Stonewall, Get Over It campaign on homophobic language',
  transLanguage: 'Stonewall glossary of terms; Trans Media Watch and IPSO guidance on reporting trans people',
  ethnicity: 'GOV.UK Race Disparity Unit, Writing about ethnicity',
  cps: 'CPS guidance on racist and religious hate crime (Crime and Disorder Act 1998 s.28-32)',
  tellMama: 'Tell MAMA guidance on anti-Muslim hate',
  cst: 'Community Security Trust and Board of Deputies guidance on antisemitic language',
  ageUk: 'Age UK and Centre for Ageing Better guidance on ageist language',
  ehrcHarassment: 'EHRC Employment Statutory Code of Practice, ch. 7 (harassment)',
  lgaCode: 'LGA Model Councillor Code of Conduct 2020, para 2 (bullying, harassment and discrimination)',
} as const;
