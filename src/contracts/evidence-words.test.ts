import { describe, expect, it } from 'vitest';
import { alsoCalled, BEST_DIRECTION, GRADE_ORDER, GRADE_WORDS } from './evidence-words.js';

describe('evidence words', () => {
  it('lists other names once each, case-insensitively, without the name itself', () => {
    expect(
      alsoCalled({
        name: 'Autism spectrum disorder',
        abbreviations: ['ASD'],
        synonyms: ['ASD', 'autism', 'Autism spectrum disorder', 'Autism'],
      }),
    ).toEqual(['ASD', 'autism']);
  });

  it('has words for every grade and direction, so no label is a bare letter or colour', () => {
    for (const g of GRADE_ORDER) expect(GRADE_WORDS[g].length).toBeGreaterThan(5);
    for (const d of Object.values(BEST_DIRECTION)) expect(d.symbol).not.toBe(d.words);
  });
});
