import { describe, expect, it } from 'vitest';
import { allowedEdits, boundedOsaDistance, buildFuzzyIndex } from './fuzzy.js';

describe('boundedOsaDistance', () => {
  it.each([
    ['oxycodone', 'oxycodone', 0],
    ['oxycodon', 'oxycodone', 1],
    ['tramadoll', 'tramadol', 1],
    ['dilaudid', 'diluadid', 1], // adjacent transposition counts once
    ['kitten', 'sitting', 3],
  ])('%s / %s = %i', (a, b, d) => {
    expect(boundedOsaDistance(a, b, 5)).toBe(d);
  });

  it('stops early above the bound', () => {
    expect(boundedOsaDistance('oxycodone', 'metformin', 2)).toBe(3);
    expect(boundedOsaDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('fuzzy index', () => {
  it('allows more edits for longer words and none for short ones', () => {
    expect([4, 5, 7, 8, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it('finds the closest word and refuses ties', () => {
    const idx = buildFuzzyIndex(['tramadol', 'codeine', 'codeina']);
    expect(idx.lookup('tramadoll')).toBe('tramadol');
    expect(idx.lookup('codeinx')).toBeNull(); // codeine and codeina are equally close
    expect(idx.lookup('zzzzzzzz')).toBeNull();
    expect(idx.lookup('cod')).toBeNull();
  });

  it('treats equally close spellings of the same thing as one match', () => {
    const idx = buildFuzzyIndex(['codeine', 'codeina'], () => true);
    expect(idx.lookup('codeinx')).not.toBeNull();
  });
});
