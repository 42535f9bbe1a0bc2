/**
 * Known answers for extractNumbers: a fraction of a group is a share in percent, never a head-count, and an
 * ordinal ("a third trial") is no number at all. The mixed sentence in references.test.ts covers the other units.
 */
import { describe, expect, it } from 'vitest';
import { extractNumbers } from './numbers.js';

const read = (text: string): [number, string, string][] => extractNumbers(text).map((n) => [n.value, n.unit, n.text]);

describe('numbers: fractions of a group are shares, not counts', () => {
  it.each([
    ['Two thirds of the patients improved.', 66.7, 'Two thirds'],
    ['one third of participants', 33.3, 'one third'],
    ['half of the women', 50, 'half'],
    ['three quarters of patients', 75, 'three quarters'],
    ['2/3 of patients', 66.7, '2/3'],
    ['1/3 of the women', 33.3, '1/3'],
    ['one quarter of the women', 25, 'one quarter'],
    ['one half of the patients', 50, 'one half'],
    ['one fifth of patients', 20, 'one fifth'],
    ['a third of patients', 33.3, 'a third'],
    ['one in three patients', 33.3, 'one in three'],
    ['about 1/10 of those normally used', 10, 'about 1/10'],
  ] as const)('"%s" is %d percent', (text, value, quoted) => {
    expect(read(text)).toEqual([[value, 'percent', quoted]]);
  });

  it('keeps the group size when it is given beside the fraction', () => {
    expect(read('two thirds of the 12 patients')).toEqual([
      [66.7, 'percent', 'two thirds'],
      [12, 'people', '12 patients'],
    ]);
    expect(read('Nearly two-thirds of 17 patients')).toEqual([
      [66.7, 'percent', 'Nearly two-thirds'],
      [17, 'people', '17 patients'],
    ]);
    // "out of" gives the group's size: 17 is a count.
    expect(read('1 out of 17 patients')).toEqual([[17, 'people', '17 patients']]);
  });

  it('never reads a fraction of a group as people', () => {
    const phrases = [
      'Two thirds of the patients',
      'one third of participants',
      'three quarters of patients',
      '2/3 of patients',
      'one in five women',
    ];
    for (const p of phrases) expect([p, extractNumbers(p).filter((n) => n.unit === 'people')]).toEqual([p, []]);
  });
});

describe('numbers: counts and ordinals stay as they were', () => {
  it.each([
    ['two patients', [[2, 'people', 'two patients']]],
    ['12 women', [[12, 'people', '12 women']]],
    ['two of the patients', [[2, 'people', 'two of the patients']]],
    ['ten women', [[10, 'people', 'ten women']]],
  ] as const)('"%s"', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('an ordinal is not a fraction', () => {
    expect(read('a third trial')).toEqual([]);
    expect(read('A third patient could breathe better.')).toEqual([]);
    expect(read('the fourth one is scheduled')).toEqual([]);
    expect(read('two third-year students')).toEqual([]);
  });

  it('a strength or a date with a slash is not a fraction', () => {
    expect(read('Percocet 5/325')).toEqual([]);
    expect(read('on 12/3/2020 of all days')).toEqual([]);
  });
});

describe('numbers: review repros', () => {
  it.each([
    ['2/3 patients improved', []],
    ['one in two hundred patients', [[0.5, 'percent', 'one in two hundred']]],
    ['one in ten thousand users', [[0.01, 'percent', 'one in ten thousand']]],
    ['nine in ten patients', [[90, 'percent', 'nine in ten']]],
  ] as const)('"%s"', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
