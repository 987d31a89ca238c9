/** People detection: exact spans, roles and the traps (places, streets, organisations, ordinary words). */
import { describe, expect, it } from 'vitest';
import { Doc } from '../../utils/engine/doc';
import { peopleIn } from '../../rules/detect/people';

const people = (text: string) => peopleIn(new Doc(text)).map((p) => `${p.text}|${p.role}`);
const spans = (text: string) => peopleIn(new Doc(text)).map((p) => [p.start, p.end]);

describe('findPeople', () => {
  it.each([
    ['Spoke to Mrs Doreen Price at 14 Maple Close this morning.', ['Mrs Doreen Price|private']],
    ["Tom's landlord is evicting him.", ['Tom|private']],
    ['Gurpreet Sandhu\u2019s eviction is a disgrace.', ['Gurpreet Sandhu|private']],
    ['My constituent Oluwaseun Adeyemi, 74, has been waiting.', ['Oluwaseun Adeyemi|private']],
    ['Great to see Priya with Kacper Nowak and Ioana Popescu.', ['Priya|private', 'Kacper Nowak|private', 'Ioana Popescu|private']],
    ['Visited Siobhan O\'Neill and Rhys ap Gwilym today.', ["Siobhan O'Neill|private", 'Rhys ap Gwilym|private']],
    ['Halima Warsame and Mehmet Yilmaz joined the committee.', ['Halima Warsame|private', 'Mehmet Yilmaz|private']],
    ['Spoke to Zbyszek about the bins.', ['Zbyszek|private']],
    ['The redundancy list has Dawn, Pete and Shaheen on it.', ['Dawn|private', 'Pete|private', 'Shaheen|private']],
    ['Mr Wong, Ms Achieng and Mx Taylor came along.', ['Mr Wong|private', 'Ms Achieng|private', 'Mx Taylor|private']],
    // A given name that is also a word ("Ray", "Ruby") inside a sentence, and "Young"/"little" before a name.
    ['Fair play to Ray Colquhoun, Unite rep at the depot.', ['Ray Colquhoun|private']],
    ['It was little Ruby Ainsworth, 6, from the primary.', ['Ruby Ainsworth|private']],
    ['Young Ellis Dunne out of Mistlebridge got 18 months.', ['Ellis Dunne|private']],
    ['Tyler (Year 11, Kestrel Rise High) has been excluded.', ['Tyler|private']],
  ])('finds private people: %s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['Cllr Jane Smith spoke. Smith said later that Labour would act.', ['Cllr Jane Smith|public', 'Smith|public']],
    ['Thanks to the planning officer Sarah Jenkins and Chief Executive John Smith.', ['Sarah Jenkins|public', 'John Smith|public']],
    ['Sarah Jenkins, Head of Planning, said no.', ['Sarah Jenkins|public']],
    ['Jane Smith MP visited the school.', ['Jane Smith|public']],
    ['Councillor Amrit Gill and Mayor Andy Burnham', ['Councillor Amrit Gill|public', 'Mayor Andy Burnham|public']],
  ])('finds public figures in their role: %s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    'Flooding in Stoke-on-Trent and Bury St Edmunds, also Chelsea and Ashton and Hampton Wick.',
    'Riverside Primary School and Khan Ltd on Jenkins Road.',
    'Potholes on Maple Close reported again today.',
    'Will you come on Monday? May is busy. Grace period ends in June.',
    'Young Labour and the Big Society met on May Day.',
    'Sky News and the Rose Garden were packed.',
    'Parking (Year 2 of the scheme) is still a mess.',
    'The Labour group and the Conservatives voted together on Tuesday.',
    "St Patrick's Day parade through the town centre this Sunday.",
    'The Post Office on Church Street is staying open.',
    'Thanks to everyone who came. Brilliant turnout!',
    "I've had a word with housing and I'm chasing it.",
    'NHS and DWP staff met the PCC at Preston.',
  ])('finds nobody in: %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('gives exact UTF-16 spans, without the possessive', () => {
    expect(spans("Hi Tom, Gurpreet Sandhu's case")).toEqual([
      [3, 6],
      [8, 23],
    ]);
    expect(spans('\u{1F44B} Mrs Khan')).toEqual([[3, 11]]);
  });

  it('marks the person greeted at the top of a message as addressed', () => {
    const [tom] = peopleIn(new Doc('Hi Tom, your claim is back.'));
    expect(tom).toMatchObject({ text: 'Tom', addressed: true });
    const [price] = peopleIn(new Doc('I met Doreen Price yesterday.'));
    expect(price?.addressed).toBeUndefined();
  });

  it('keeps a place that is also a name a person only with a strong cue', () => {
    expect(people('My constituent Chelsea, 19, needs help.')).toEqual(['Chelsea|private']);
    expect(people('Chelsea Harbour flooding again.')).toEqual([]);
  });
});
