import { describe, expect, it } from 'vitest';
import { allocate } from './design.js';
import { mulberry32, seedToState } from './prng.js';
import expected from './__vectors__/expected.json';

const { streams, allocation } = expected._prng;

describe('mulberry32', () => {
  it('matches the independent Python implementation for small, large and maximal seeds', () => {
    for (const [seed, want] of Object.entries(streams)) {
      const next = mulberry32(Number(seed));
      expect(
        want.map(() => next()),
        `seed ${seed}`,
      ).toEqual(want);
    }
  });

  it('matches the widely published first draw for seed 0 (0.26642920868471265 as a fraction of 2^32)', () => {
    expect(mulberry32(0)() / 2 ** 32).toBeCloseTo(0.26642920868471265, 15);
  });

  it('uses seeds below 2^32 as they are and folds the high bits of larger ones', () => {
    expect(seedToState(123)).toBe(123);
    expect(seedToState(2 ** 32 + 5)).not.toBe(5);
  });
});

describe('allocate', () => {
  it('reproduces the Python allocation (orders and pharmacist codes) for the same seed', () => {
    expect(allocate(allocation.seed, allocation.pairs)).toEqual({ orders: allocation.orders, codes: allocation.codes });
  });

  it('gives the same allocation on every call and a different one for another seed', () => {
    expect(allocate(7, 12)).toEqual(allocate(7, 12));
    expect(allocate(8, 12)).not.toEqual(allocate(7, 12));
  });

  it('is close to balanced over many pairs (top bit of each draw)', () => {
    const { orders } = allocate(99, 4000);
    const ab = orders.filter((o) => o === 'AB').length;
    // 4000 fair coin flips: sd 31.6; 5 sd either side.
    expect(Math.abs(ab - 2000)).toBeLessThan(160);
  });
});
