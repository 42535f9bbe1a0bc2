import { describe, expect, it } from 'vitest';
import { MAX_EXACT_PAIRS, randomizationTest } from './randomization.js';

/** Plain O(2^k) enumeration, the textbook definition, for cross-checking. */
function bruteForce(d: readonly number[]): number {
  const k = d.length;
  const scale = d.reduce((s, x) => s + Math.abs(x), 0);
  const threshold = Math.abs(d.reduce((s, x) => s + x, 0)) - 1e-9 * scale;
  if (threshold <= 0) return 1;
  let hits = 0;
  for (let mask = 0; mask < 2 ** k; mask++) {
    let s = 0;
    for (let i = 0; i < k; i++) s += mask & (1 << i) ? -(d[i] ?? 0) : (d[i] ?? 0);
    if (Math.abs(s) >= threshold) hits++;
  }
  return hits / 2 ** k;
}

describe('randomizationTest', () => {
  it('gives the textbook smallest p when every pair favours one arm', () => {
    expect(randomizationTest([1, 2, 3]).p).toBe(0.25); // 2 of 8
    expect(randomizationTest([1, 2, 3, 4, 5, 6]).p).toBe(0.03125); // 2 of 64
    expect(randomizationTest([-1, -2, -3, -4, -5, -6]).p).toBe(0.03125);
  });

  it('counts ties as at least as extreme', () => {
    // [1,1,1,1]: flips with |sum| >= 4 are ++++ and ----: 2/16.
    expect(randomizationTest([1, 1, 1, 1]).p).toBe(0.125);
    // [1,1,-1,1] sums to 2: |sum| >= 2 for 10 of 16 flips (those with 0, 1, 3 or 4 minus signs).
    expect(randomizationTest([1, 1, -1, 1]).p).toBe(10 / 16);
    // Thirds: 0.1 + 0.2 style float noise must not break ties.
    expect(randomizationTest([1 / 3, 2 / 3 - 1 / 3, 1 - 2 / 3]).p).toBe(0.25);
  });

  it('returns 1 when the differences sum to zero or are all zero', () => {
    expect(randomizationTest([0, 0, 0]).p).toBe(1);
    expect(randomizationTest([1, -1, 2, -2]).p).toBe(1);
  });

  it('agrees with brute-force enumeration on awkward values', () => {
    const cases = [
      [0.5, -1.25, 2.75, 0.1, 0.2, -0.3, 1.7],
      [3, -2, 1, 0, 0.5, -0.5, 2, 1.5, -1, 0.25, 0.75],
      [2 / 7, -3 / 7, 5 / 7, 1 / 7, 4 / 7, -6 / 7, 2 / 7, 3 / 7, -1 / 7],
    ];
    for (const d of cases) expect(randomizationTest(d).p).toBe(bruteForce(d));
  });

  it('stays exact past 20 pairs (meet-in-the-middle) and agrees with enumeration', () => {
    const d = Array.from({ length: 21 }, (_, i) => ((i * 37) % 11) / 4 - 0.9);
    const t = randomizationTest(d);
    expect(t.method).toBe('exact');
    expect(t.p).toBe(bruteForce(d));
  });

  it('never gives p outside (0, 1]', () => {
    const t = randomizationTest([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(t.p).toBe(2 / 1024);
  });

  it('switches to a seeded Monte Carlo beyond the exact limit, reproducibly', () => {
    const d = Array.from({ length: MAX_EXACT_PAIRS + 2 }, (_, i) => (i % 3) - 0.8);
    const t = randomizationTest(d);
    expect(t.method).toBe('monte-carlo');
    expect(t.p).toBeGreaterThan(0);
    expect(t.p).toBeLessThanOrEqual(1);
    expect(randomizationTest(d).p).toBe(t.p);
  });
});
