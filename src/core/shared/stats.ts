/** Small, exact-as-possible statistics shared by insights and trials. Never returns NaN. */
import jstat from 'jstat';

const { jStat } = jstat;

export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  // Kahan-free: inputs are short integer-valued ratings, so plain summation is exact enough.
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Sample standard deviation (n - 1); 0 for fewer than two values. */
export function sampleSd(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  let ss = 0;
  for (const x of xs) ss += (x - m) ** 2;
  return Math.sqrt(ss / (xs.length - 1));
}

/** Student t quantile (jstat, within 1e-8 of SciPy's t.ppf for df >= 1). */
export function tQuantile(p: number, df: number): number {
  if (!(df > 0)) return Infinity;
  return jStat.studentt.inv(p, df);
}

export function normalQuantile(p: number): number {
  return jStat.normal.inv(p, 0, 1);
}

export function normalCdf(x: number): number {
  return jStat.normal.cdf(x, 0, 1);
}

export interface Interval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

/**
 * Difference of means (b - a) with a Welch 95% interval. With fewer than two
 * values on a side, or no spread at all, the interval is null: there is no
 * honest width to give.
 */
export function welchDifference(a: readonly number[], b: readonly number[]): (Interval & { df: number }) | null {
  if (a.length < 2 || b.length < 2) return null;
  const va = sampleSd(a) ** 2 / a.length;
  const vb = sampleSd(b) ** 2 / b.length;
  const se = Math.sqrt(va + vb);
  const estimate = mean(b) - mean(a);
  if (se === 0) return { estimate, low: estimate, high: estimate, df: a.length + b.length - 2 };
  // Welch-Satterthwaite degrees of freedom.
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  const half = tQuantile(0.975, df) * se;
  return { estimate, low: estimate - half, high: estimate + half, df };
}
