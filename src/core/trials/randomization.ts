/**
 * Exact two-sided randomisation test for an n-of-1 crossover (Edgington &
 * Onghena, Randomization Tests, 4th ed., 2007). The design randomised the order
 * within each pair, so under the sharp null hypothesis (the treatment changes
 * nothing) each pair difference A - B was equally likely to have come out with
 * the opposite sign. The reference distribution is therefore the 2^k sign flips
 * of the observed differences, and
 *
 *   p = #{ flips s : |sum s_i d_i| >= |sum d_i| } / 2^k.
 *
 * The observed arrangement is one of the flips, so p >= 1/2^k > 0 (and >= 2/2^k
 * whenever the sum is non-zero, since its mirror image ties it).
 *
 * Floating point: period means are ratios, so sums that are equal on paper can
 * differ in the last bit. A flip counts as "at least as extreme" when
 * |sum| >= |observed| - 1e-9 * sum|d_i| (the same rule as the Python reference).
 *
 * Up to MAX_EXACT_PAIRS the count is exact, by meet-in-the-middle: the 2^h sums
 * of each half are listed (each built from at most h additions, so no drift),
 * one half is sorted, and for every sum of the other half two binary searches
 * count the partners that land in the tails. That is O(2^(k/2) * k) instead of
 * O(2^k): 26 pairs cost 2 x 8192 sums, not 67 million.
 * Beyond that, a seeded Monte Carlo with MONTE_CARLO_DRAWS draws is used and
 * p = (hits + 1) / (draws + 1), which keeps the test valid (never anti-conservative)
 * (Phipson & Smyth 2010, doi:10.2202/1544-6115.1585).
 */
import { mulberry32 } from './prng.js';

export const MAX_EXACT_PAIRS = 40;
export const MONTE_CARLO_DRAWS = 200_000;
const MONTE_CARLO_SEED = 20_140_201;
const RELATIVE_TOLERANCE = 1e-9;

export interface RandomizationTest {
  readonly p: number;
  readonly method: 'exact' | 'monte-carlo';
  /** 2^k for the exact test, the number of draws for Monte Carlo. */
  readonly arrangements: number;
}

function halfSums(values: readonly number[]): Float64Array {
  let sums = new Float64Array([0]);
  for (const v of values) {
    const next = new Float64Array(sums.length * 2);
    for (let i = 0; i < sums.length; i++) {
      const s = sums[i] ?? 0;
      next[2 * i] = s + v;
      next[2 * i + 1] = s - v;
    }
    sums = next;
  }
  return sums;
}

/** Index of the first element >= x in a sorted array. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element > x in a sorted array. */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function randomizationTest(differences: readonly number[]): RandomizationTest {
  const k = differences.length;
  let observed = 0;
  let scale = 0;
  for (const d of differences) {
    observed += d;
    scale += Math.abs(d);
  }
  const threshold = Math.abs(observed) - RELATIVE_TOLERANCE * scale;
  // Every arrangement is at least as extreme as a zero sum.
  if (k === 0 || threshold <= 0) return { p: 1, method: 'exact', arrangements: 2 ** k };

  if (k > MAX_EXACT_PAIRS) {
    const next = mulberry32(MONTE_CARLO_SEED);
    let hits = 0;
    for (let draw = 0; draw < MONTE_CARLO_DRAWS; draw++) {
      let s = 0;
      let bits = 0;
      for (let i = 0; i < k; i++) {
        if (i % 32 === 0) bits = next();
        const d = differences[i] ?? 0;
        s += (bits >>> (i % 32)) & 1 ? -d : d;
      }
      if (Math.abs(s) >= threshold) hits++;
    }
    return { p: (hits + 1) / (MONTE_CARLO_DRAWS + 1), method: 'monte-carlo', arrangements: MONTE_CARLO_DRAWS };
  }

  const h = k >> 1;
  const left = halfSums(differences.slice(0, h));
  const right = halfSums(differences.slice(h)).sort();
  let count = 0;
  for (const a of left) {
    count += right.length - lowerBound(right, threshold - a); // a + b >= threshold
    count += upperBound(right, -threshold - a); // a + b <= -threshold
  }
  return { p: count / 2 ** k, method: 'exact', arrangements: 2 ** k };
}
