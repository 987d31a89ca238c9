import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { britishVariant, buildVocab, plural, renderOrganisations, renderSensitive, withoutContainedTerms } from '../../scripts/vocab/build';

const committed = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('generated vocabularies', () => {
  const vocab = buildVocab();

  it('are what the installed sources build today (run `npm run build:vocab` after changing a source or the script)', () => {
    expect(committed('rules/data/vocab/sensitive.generated.ts')).toBe(renderSensitive(vocab));
    expect(committed('utils/text/lexicon/organisations.generated.ts')).toBe(renderOrganisations(vocab));
  });

  it('take conditions, adherents and offenders from WordNet, and leave out what its roots do not mean', () => {
    expect(vocab.sensitive.health).toEqual(expect.arrayContaining(['leukaemia', 'leukemia', 'tuberculosis', 'stillbirth', 'chemotherapy']));
    expect(vocab.sensitive.health).not.toContain('attack'); // its everyday sense is elsewhere
    expect(vocab.sensitive.health).not.toContain('scrapie'); // an animal disease
    expect(vocab.sensitive['mental-health']).toContain('schizophrenia');
    expect(vocab.sensitive.religion).toEqual(expect.arrayContaining(['muslim', 'muslims', 'sikh', 'quaker']));
    expect(vocab.sensitive.religion).not.toContain('imam'); // a public role
    expect(vocab.sensitive.criminal).toEqual(expect.arrayContaining(['burglar', 'thieves', 'sex offenders']));
    expect(vocab.sensitive.criminal).not.toContain('butcher');
    expect(vocab.sensitive.health).toEqual(expect.arrayContaining(["crohn's", "hodgkin's"])); // the eponym alone
    expect(vocab.sensitive.health).not.toContain("still's"); // an ordinary word first
  });

  it('leave out a longer name holding a term of its own family, except in weak families', () => {
    expect(withoutContainedTerms(['leukaemia', 'acute lymphoblastic leukaemia', 'colour vision deficiency', 'heart attack'])).toEqual([
      'leukaemia',
      'colour vision deficiency',
      'heart attack',
    ]);
    expect(vocab.sensitive.health).toContain('leukaemia');
    expect(vocab.sensitive.health).not.toContain('acute lymphoblastic leukaemia');
    // "Christian" before a capital is skipped as part of a name, so the longer name stays.
    expect(vocab.sensitive.religion).toContain('christian scientist');
  });

  it('keeps demonyms and drops territories from the nationality list', () => {
    expect(vocab.nationalities).toEqual(expect.arrayContaining(['eritrean', 'eritreans', 'somali', 'somalis']));
    expect(vocab.nationalities).not.toContain('jersey');
    expect(vocab.nationalities).not.toContain('welsh');
  });

  it('lists UK brands that read like names', () => {
    expect(vocab.organisations).toEqual(expect.arrayContaining(['aldi', 'halfords autocentre', 'caffe nero']));
  });
});

describe('spelling and plurals', () => {
  it('gives the British spelling of WordNet\u2019s American', () => {
    expect(britishVariant('leukemia')).toBe('leukaemia');
    expect(britishVariant('hemophilia')).toBe('haemophilia');
    expect(britishVariant('esophageal cancer')).toBe('oesophageal cancer');
    expect(britishVariant('anemia')).toBe('anaemia');
    expect(britishVariant('asthma')).toBe('asthma');
  });

  it('makes plurals of the last word, and none where the head noun comes first', () => {
    expect(plural('sneak thief')).toBe('sneak thieves');
    expect(plural('hit man')).toBe('hit men');
    expect(plural('jehovah\u2019s witness'.replace('\u2019', "'"))).toBe("jehovah's witnesses");
    expect(plural('accessory after the fact')).toBeUndefined();
  });
});
