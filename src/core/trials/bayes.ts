/**
 * Posterior of the mean pair difference delta = A - B, with the sd of the pair
 * differences unknown.
 *
 * Model. Pair differences d_1..d_k ~ iid N(delta, sigma^2), k >= 2; independent
 * priors delta ~ N(m0, s0^2) (`Prior`) and p(sigma^2) ∝ 1/sigma^2 (the usual
 * reference prior, flat in log sigma). With dbar and s the mean and sample sd
 * (n - 1) of the d_i, the likelihood is
 *   sigma^-k exp(-[(k-1)s^2 + k(dbar - delta)^2] / (2 sigma^2)),
 * and integrating it against 1/sigma^2 over sigma^2 leaves
 *   p(delta | d) ∝ N(delta; m0, s0^2) × [(k-1)s^2 + k(dbar - delta)^2]^(-k/2):
 * the normal prior times the kernel of a Student t with k - 1 df, location dbar
 * and scale s/sqrt(k). That integral is the one in Gelman et al., Bayesian Data
 * Analysis, 3rd ed., 2013, section 3.2 (normal data with the noninformative prior
 * p(mu, sigma^2) ∝ 1/sigma^2, where a flat prior on the mean makes this t kernel
 * the whole posterior); a normal prior on delta independent of sigma has no
 * closed form, so the posterior is integrated numerically here.
 *
 * Why not a plug-in: treating s as the known sigma (the normal-normal update
 * used before) ignores that with 3 to 6 pairs s is itself a rough estimate; the
 * t kernel carries that uncertainty, so the posterior is wider and
 * P(benefit > MCID) less extreme, approaching the plug-in answer as k grows.
 *
 * Computation. The same posterior is a scale mixture of normals (averaging over
 * the nuisance sigma, BDA3 section 3.1):
 *   p(delta | d) = ∫ N(delta; mu(sigma), v(sigma)) p(sigma | d) d log sigma,
 * where given sigma the update is the conjugate normal one (BDA3 section 2.5,
 * the data entering as dbar ~ N(delta, sigma^2/k)) and
 *   p(log sigma | d) ∝ sigma^-(k-1) exp(-(k-1)s^2 / (2 sigma^2)) N(dbar; m0, s0^2 + sigma^2/k).
 * In t = log(sigma/s) this weight is smooth with thin tails on both sides
 * (exp(-(k-1)e^(-2t)/2) to the left, e^(-kt) to the right), whereas in delta the
 * k = 2 kernel has Cauchy tails that only the prior cuts off. The trapezoid rule
 * on an even grid in t therefore converges geometrically (Trefethen & Weideman,
 * SIAM Review 2014;56:385-458, doi:10.1137/130932132). The grid is walked out
 * from t = 0 until both the weight and its share of the second moment are below
 * e^-40 of their peaks, past the points beyond which they can only fall, and
 * halved until mean and sd stop changing.
 * Mean, variance, CDF and P(benefit > MCID) are then exact normal formulas
 * summed over the grid; the 2.5% and 97.5% quantiles come from a safeguarded
 * Newton iteration on the mixture CDF. __vectors__/reference.py computes the
 * same posterior in delta with SciPy's quad and brentq; the two agree to 1e-10.
 */
import { normalCdf, normalQuantile } from '../shared/stats.js';
import { DomainError } from '../shared/errors.js';

export interface Prior {
  /** On the A - B scale of the outcome, not the benefit scale. */
  readonly mean: number;
  readonly sd: number;
  /** Where the prior comes from: "default", or a citation such as an atlas estimate with its PMID. */
  readonly source: string;
}

export interface Posterior {
  readonly mean: number;
  readonly sd: number;
  /** Equal-tailed: the 2.5% and 97.5% posterior quantiles. */
  readonly ci95: readonly [number, number];
}

/** What the posterior needs from the data: k, mean and sample sd (n - 1) of the pair differences. */
export interface PairDifferences {
  readonly count: number;
  readonly mean: number;
  readonly sd: number;
}

export interface DeltaPosterior {
  readonly summary: Posterior;
  /** P(delta < x). */
  below(x: number): number;
  /** P(delta > x), summed directly so that a small upper tail keeps its digits. */
  above(x: number): number;
}

/**
 * Default prior: N(0, (4 x MCID)^2). Centred on no effect, it puts 95% of its
 * mass within about +/- 8 MCIDs and 1% beyond +/- 10, so it rules out only
 * effects far larger than any plausible within-person LDN effect and barely
 * moves an estimate from a few pairs. The multiplier is a judgement, stated
 * here and in the output so a reader can disagree.
 */
export const DEFAULT_PRIOR_SD_IN_MCIDS = 4;

export function defaultPrior(mcid: number): Prior {
  return {
    mean: 0,
    sd: DEFAULT_PRIOR_SD_IN_MCIDS * mcid,
    source: `default weakly-informative N(0, (${DEFAULT_PRIOR_SD_IN_MCIDS} x MCID)^2) on A - B`,
  };
}

export function assertPrior(prior: Prior): Prior {
  if (!Number.isFinite(prior.mean))
    throw new DomainError('LDN_VALIDATION_FAILED', 'prior.mean must be a finite number.', { field: 'prior.mean' });
  if (!Number.isFinite(prior.sd) || prior.sd <= 0) {
    throw new DomainError('LDN_VALIDATION_FAILED', `prior.sd must be a positive number; got ${String(prior.sd)}.`, { field: 'prior.sd' });
  }
  return prior;
}

/** The walk stops once a node's weight and moment are below e^-40 (4e-18) of the largest seen: far below any digit reported. */
const LOG_WEIGHT_FLOOR = 40;
/** Guards the walk against runaway inputs; real trials need a few hundred nodes. */
const MAX_NODES_PER_SIDE = 20_000;
const MAX_HALVINGS = 10;
/** Components lighter than this share of the mass are left out of probabilities and quantiles (not of mean and sd). */
const CDF_WEIGHT_FLOOR = 1e-18;
/** Successive grids agreeing to this share of the posterior sd: the trapezoid rule has converged. */
const CONVERGED = 1e-11;

/** The posterior as normal components N(means[j], sds[j]^2), weights summing to 1 (less the crumbs pruned). */
interface Mixture {
  readonly weights: Float64Array;
  readonly means: Float64Array;
  readonly sds: Float64Array;
  readonly mean: number;
  readonly sd: number;
  /** log of the trapezoid sum, comparable between grids. */
  readonly logMass: number;
}

const logistic = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
/** log(1 + e^z) without overflow. */
const softplus = (z: number): number => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));

/** Trapezoid rule with step h in t = log(sigma / s). */
function mixtureOnGrid(data: PairDifferences, prior: Prior, h: number): Mixture {
  const k = data.count;
  const nu = k - 1;
  const gap = data.mean - prior.mean;
  // L(t) = log(v / s0^2) with v = sigma^2 / k; logs keep every scale ratio finite.
  const logRatio0 = 2 * (Math.log(data.sd) - Math.log(prior.sd)) - Math.log(k);
  const logGap2 = gap === 0 ? -Infinity : 2 * (Math.log(Math.abs(gap)) - Math.log(prior.sd));
  const logWeight = (t: number): number => {
    const lse = softplus(logRatio0 + 2 * t); // log((s0^2 + v) / s0^2)
    return -nu * t - (nu * Math.exp(-2 * t)) / 2 - lse / 2 - Math.exp(logGap2 - lse) / 2;
  };
  // A node's share of the second moment about dbar, sd^2 + (mu - dbar)^2 = s0^2 (share + (gap/s0)^2 share^2),
  // grows with t until the prior takes over: the walk must also see that fall.
  const logMoment = (t: number): number => {
    const logShare = -softplus(-(logRatio0 + 2 * t));
    return logShare + Math.log1p(Math.exp(logGap2 + logShare));
  };
  // Beyond these points both logs only fall as the walk goes on: to the left of the first the
  // weight rises with t; to the right of the second it falls (there v > gap^2) and the prior
  // has taken over (v > e^4 s0^2), so the moment factor is nearly flat.
  const leftEnd = -0.5 * Math.log1p(1 / nu);
  const rightEnd = Math.max(0, 2 - logRatio0 / 2, gap === 0 ? 0 : Math.log(Math.abs(gap)) - Math.log(data.sd) + 0.5 * Math.log(k));

  const ts: number[] = [];
  const lws: number[] = [];
  let top = -Infinity;
  let topMoment = -Infinity;
  const visit = (t: number): boolean => {
    const lw = logWeight(t);
    const lm = lw + logMoment(t);
    ts.push(t);
    lws.push(lw);
    if (lw > top) top = lw;
    if (lm > topMoment) topMoment = lm;
    return lw < top - LOG_WEIGHT_FLOOR && lm < topMoment - LOG_WEIGHT_FLOOR;
  };
  visit(0);
  for (let j = 1; j <= MAX_NODES_PER_SIDE; j++) if (visit(-j * h) && -j * h <= leftEnd) break;
  for (let j = 1; j <= MAX_NODES_PER_SIDE; j++) if (visit(j * h) && j * h >= rightEnd) break;

  const weights: number[] = [];
  const means: number[] = [];
  const sds: number[] = [];
  let mass = 0;
  let first = 0;
  for (let j = 0; j < ts.length; j++) {
    const w = Math.exp((lws[j] as number) - top);
    if (w === 0) continue;
    // Given sigma: precision-weighted average of m0 and dbar; share = v / (s0^2 + v) goes to the prior.
    const share = logistic(logRatio0 + 2 * (ts[j] as number));
    const mu = data.mean - gap * share;
    weights.push(w);
    means.push(mu);
    sds.push(prior.sd * Math.sqrt(share));
    mass += w;
    first += w * mu;
  }
  const mean = first / mass;
  let second = 0;
  for (let j = 0; j < weights.length; j++) {
    second += (weights[j] as number) * ((sds[j] as number) ** 2 + ((means[j] as number) - mean) ** 2);
  }
  // The moments above need the far nodes (small weight, wide component); probabilities do not:
  // dropping components under 1e-18 of the mass moves any of them by less than 1e-14.
  const kept = weights.flatMap((w, j) => (w >= CDF_WEIGHT_FLOOR * mass ? [j] : []));
  return {
    weights: Float64Array.from(kept, (j) => (weights[j] as number) / mass),
    means: Float64Array.from(kept, (j) => means[j] as number),
    sds: Float64Array.from(kept, (j) => sds[j] as number),
    mean,
    sd: Math.sqrt(second / mass),
    logMass: Math.log(h * mass) + top,
  };
}

function converged(a: Mixture, b: Mixture): boolean {
  const tol = CONVERGED * b.sd + 1e-14 * Math.abs(b.mean);
  return Math.abs(a.mean - b.mean) <= tol && Math.abs(a.sd - b.sd) <= tol && Math.abs(a.logMass - b.logMass) <= CONVERGED;
}

/** P(delta < x) (side -1) or P(delta > x) (side +1); a component with sd 0 is a point mass. */
function tail(m: Mixture, x: number, side: 1 | -1): number {
  let p = 0;
  for (let j = 0; j < m.weights.length; j++) {
    const sd = m.sds[j] as number;
    const ahead = side * ((m.means[j] as number) - x);
    p += (m.weights[j] as number) * (sd > 0 ? normalCdf(ahead / sd) : ahead > 0 ? 1 : 0);
  }
  return Math.min(1, Math.max(0, p));
}

function density(m: Mixture, x: number): number {
  let f = 0;
  for (let j = 0; j < m.weights.length; j++) {
    const sd = m.sds[j] as number;
    if (sd > 0) f += ((m.weights[j] as number) * Math.exp(-0.5 * ((x - (m.means[j] as number)) / sd) ** 2)) / sd;
  }
  return f / Math.sqrt(2 * Math.PI);
}

function quantile(m: Mixture, p: number): number {
  // The mixture's p-quantile lies between the smallest and largest component p-quantiles.
  const z = normalQuantile(p);
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < m.weights.length; j++) {
    const q = (m.means[j] as number) + z * (m.sds[j] as number);
    if (q < lo) lo = q;
    if (q > hi) hi = q;
  }
  let x = Math.min(hi, Math.max(lo, m.mean + z * m.sd));
  for (let i = 0; i < 100 && hi > lo; i++) {
    const f = tail(m, x, -1) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const step = f / density(m, x);
    let next = x - step;
    if (!(next > lo && next < hi)) next = lo + (hi - lo) / 2; // Newton left the bracket: bisect
    // Far below the 1e-7 the vectors ask for, and above the rounding of x itself.
    if (Math.abs(next - x) <= 1e-13 * m.sd + 1e-15 * Math.abs(x)) return next;
    x = next;
  }
  return x;
}

/**
 * The posterior of delta under the unknown-sd model above. With sd 0 (every pair
 * difference identical) there is no spread to scale a likelihood: the posterior
 * collapses onto dbar with sd 0, as before, and the caller warns about it.
 */
export function posteriorOfDelta(prior: Prior, data: PairDifferences): DeltaPosterior {
  if (!Number.isSafeInteger(data.count) || data.count < 2) {
    throw new DomainError('LDN_VALIDATION_FAILED', `The posterior needs at least 2 pair differences; got ${String(data.count)}.`, {
      field: 'pairs',
    });
  }
  if (!Number.isFinite(data.mean) || !Number.isFinite(data.sd) || data.sd < 0) {
    throw new DomainError('LDN_VALIDATION_FAILED', 'The pair differences must have a finite mean and a finite, non-negative sd.', {
      field: 'pairs',
    });
  }
  assertPrior(prior);
  const dbar = data.mean;
  if (data.sd === 0) {
    return {
      summary: { mean: dbar, sd: 0, ci95: [dbar, dbar] },
      below: (x) => (dbar < x ? 1 : 0),
      above: (x) => (dbar > x ? 1 : 0),
    };
  }
  // About half the narrowest width the weight can have at a mode: its curvature in t there is at most 4k + 1/2.
  let h = Math.min(0.25, 0.5 / Math.sqrt(4 * data.count + 1));
  let m = mixtureOnGrid(data, prior, h);
  for (let i = 0; i < MAX_HALVINGS; i++) {
    h /= 2;
    const finer = mixtureOnGrid(data, prior, h);
    const done = converged(m, finer);
    m = finer;
    if (done) break;
  }
  const mixture = m;
  return {
    summary: { mean: mixture.mean, sd: mixture.sd, ci95: [quantile(mixture, 0.025), quantile(mixture, 0.975)] },
    below: (x) => tail(mixture, x, -1),
    above: (x) => tail(mixture, x, 1),
  };
}

/**
 * P(benefit > mcid) where benefit is the improvement of A over B: A - B when a
 * higher outcome is better, B - A when lower is better.
 */
export function probabilityOfBenefitAbove(posterior: DeltaPosterior, mcid: number, higherIsBetter: boolean): number {
  return higherIsBetter ? posterior.above(mcid) : posterior.below(-mcid);
}
