/**
 * Normal-normal conjugate update on the mean pair difference delta = A - B.
 *
 * Likelihood: the observed mean difference dbar ~ N(delta, se^2) with
 * se = sd(d) / sqrt(k), the sample sd treated as known (a plug-in; with few
 * pairs this understates uncertainty, which the t interval beside it does not).
 * Prior: delta ~ N(m0, s0^2). Posterior precision = 1/s0^2 + 1/se^2 and the
 * posterior mean is the precision-weighted average of m0 and dbar
 * (Gelman et al., Bayesian Data Analysis, 3rd ed., section 2.5).
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
  readonly ci95: readonly [number, number];
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

/**
 * With se = 0 (every pair difference identical) the likelihood is a point mass:
 * the posterior collapses onto dbar with sd 0. The caller warns about it.
 */
export function normalPosterior(prior: Prior, estimate: number, se: number): Posterior {
  if (se === 0) return { mean: estimate, sd: 0, ci95: [estimate, estimate] };
  const w0 = 1 / prior.sd ** 2;
  const w1 = 1 / se ** 2;
  const variance = 1 / (w0 + w1);
  const mean = variance * (w0 * prior.mean + w1 * estimate);
  const sd = Math.sqrt(variance);
  const z = normalQuantile(0.975);
  return { mean, sd, ci95: [mean - z * sd, mean + z * sd] };
}

/**
 * P(benefit > mcid) where benefit is the improvement of A over B: A - B when a
 * higher outcome is better, B - A when lower is better.
 */
export function probabilityOfBenefitAbove(posterior: Posterior, mcid: number, higherIsBetter: boolean): number {
  const benefitMean = higherIsBetter ? posterior.mean : -posterior.mean;
  if (posterior.sd === 0) return benefitMean > mcid ? 1 : 0;
  return normalCdf((benefitMean - mcid) / posterior.sd);
}
