import { describe, expect, it } from 'vitest';
import { Doc } from '../../utils/engine/doc';
import { findPeople } from '../../rules/detect/people';
import { organisationSpans } from '../../utils/text/organisations';

const names = (text: string) => organisationSpans(new Doc(text)).map((span) => text.slice(span.start, span.end));
const people = (text: string) => findPeople(new Doc(text)).map((person) => person.text);

describe('organisation names', () => {
  it('finds UK brands written as names, the longest where they overlap', () => {
    expect(names('Thanks to Aldi and Caffè Nero, and to Halfords Autocentre on Mill Lane.')).toEqual(['Aldi', 'Caffè Nero', 'Halfords Autocentre']);
  });

  it('needs the capital a name has, and leaves first names and surnames to people', () => {
    expect(names('The family at number 4 and George Jones from the allotments.')).toEqual([]);
  });

  it('keeps brands, family firms and trade names out of the people found', () => {
    expect(people('Thanks to the team at Aldi on Station Road.')).toEqual([]);
    expect(people('Congratulations to Walker & Sons and to Costa Coffee on Bridge Street.')).toEqual([]);
    expect(people('Congratulations to Doreen Walker on Bridge Street.')).toEqual(['Doreen Walker']);
  });
});
