/**
 * Known answers for the unknown-sd posterior. Every `scipy` vector below was printed by
 * `posterior_unknown_sd(k, dbar, s, m0, s0)` in __vectors__/reference.py (scipy.integrate.quad
 * over delta, scipy.optimize.brentq for the quantiles), with `above(c)` = P(delta > c) and
 * `below(-c)` = P(delta < -c); the means and sds were also checked against a 30-digit mpmath
 * integration. The `knownSd` vectors are the old plug-in (normal-normal) answer for the same
 * data, from scipy.stats.norm: precision 1/s0^2 + k/s^2, mean and interval in closed form.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.js';
import { posteriorOfDelta, probabilityOfBenefitAbove, type DeltaPosterior, type Prior } from './bayes.js';

interface Vector {
  readonly k: number;
  readonly dbar: number;
  readonly s: number;
  readonly m0: number;
  readonly s0: number;
  /** MCID-like threshold for the tail probabilities. */
  readonly c: number;
  readonly scipy: Answer;
  readonly knownSd: Answer;
}

interface Answer {
  readonly mean: number;
  readonly sd: number;
  readonly ci95: readonly [number, number];
  readonly above: number;
  readonly below: number;
}

const V = {
  // k = 2: df 1, a Cauchy kernel whose tails only the prior N(0, 8^2) cuts off.
  k2Wide: {
    k: 2,
    dbar: 1.0,
    s: 2.0,
    m0: 0,
    s0: 8,
    c: 1,
    scipy: {
      mean: 0.869446796892145,
      sd: 2.8967296046609126,
      ci95: [-5.640895022034736, 6.882594007460949],
      above: 0.48527936307111463,
      below: 0.16502520712926652,
    },
    knownSd: {
      mean: 0.9696969696969697,
      sd: 1.3926212476455826,
      ci95: [-1.759790519793608, 3.6991844591875473],
      above: 0.49131981786528756,
      below: 0.07862503949798134,
    },
  },
  // k = 2 with two nearly equal differences: the likelihood peak is 80 times narrower than the prior, its tails are not.
  k2NarrowData: {
    k: 2,
    dbar: 3.0,
    s: 0.05,
    m0: 0,
    s0: 4,
    c: 1,
    scipy: {
      mean: 2.9767981685058924,
      sd: 0.3852814173741875,
      ci95: [2.5018821094722523, 3.3416442485007334],
      above: 0.9946254150545227,
      below: 0.0016716887837498978,
    },
    knownSd: {
      mean: 2.999765643309116,
      sd: 0.03535395807231205,
      ci95: [2.9304731587764454, 3.069058127841787],
      above: 1.0,
      below: 0.0,
    },
  },
  k4: {
    k: 4,
    dbar: -1.5,
    s: 0.8,
    m0: 0,
    s0: 4,
    c: 1,
    scipy: {
      mean: -1.465042393002982,
      sd: 0.6134461975906544,
      ci95: [-2.641550598852562, -0.20114110417376183],
      above: 0.0037569648318159904,
      below: 0.8406284836146232,
    },
    knownSd: {
      mean: -1.4851485148514851,
      sd: 0.3980148760839957,
      ci95: [-2.265243337287289, -0.705053692415681],
      above: 2.134532925934176e-10,
      below: 0.8885628269671011,
    },
  },
  k400: {
    k: 400,
    dbar: -0.6,
    s: 1.5,
    m0: 0,
    s0: 4,
    c: 0.5,
    scipy: {
      mean: -0.5997880752869331,
      sd: 0.07517530119008627,
      ci95: [-0.74720481909767, -0.4523683033283223],
      above: 1.4663665276756589e-39,
      below: 0.9079824477589218,
    },
    knownSd: {
      mean: -0.5997891366316529,
      sd: 0.0749868198813748,
      ci95: [-0.7467606029143397, -0.4528176703489662],
      above: 5.288060552964698e-49,
      below: 0.9083652926349174,
    },
  },
  // Prior N(0, 0.25^2) eight prior sds from dbar = 2.
  strongPrior: {
    k: 5,
    dbar: 2.0,
    s: 1.0,
    m0: 0,
    s0: 0.25,
    c: 0.5,
    scipy: {
      mean: 0.13675709590810342,
      sd: 0.2557916461796101,
      ci95: [-0.36415650513086417, 0.6384646332548105],
      above: 0.07790720443895616,
      below: 0.0063392196146395945,
    },
    knownSd: {
      mean: 0.47619047619047616,
      sd: 0.21821789023599236,
      ci95: [0.048491270545616416, 0.9038896818353359],
      above: 0.45655804003618716,
      below: 3.848076514260658e-6,
    },
  },
} satisfies Record<string, Vector>;

const prior = (v: Vector): Prior => ({ mean: v.m0, sd: v.s0, source: 'test' });
const posterior = (v: Vector): DeltaPosterior => posteriorOfDelta(prior(v), { count: v.k, mean: v.dbar, sd: v.s });
const width = (ci: readonly [number, number]): number => ci[1] - ci[0];

/** The task asks for 1e-7; the integration gives about 1e-12, so 1e-9 leaves room for platform rounding only. */
const TOL = 1e-9;

function expectMatches(v: Vector): void {
  const p = posterior(v);
  const want = v.scipy;
  expect(Math.abs(p.summary.mean - want.mean), 'mean').toBeLessThanOrEqual(TOL);
  expect(Math.abs(p.summary.sd - want.sd), 'sd').toBeLessThanOrEqual(TOL);
  expect(Math.abs(p.summary.ci95[0] - want.ci95[0]), 'ci low').toBeLessThanOrEqual(TOL);
  expect(Math.abs(p.summary.ci95[1] - want.ci95[1]), 'ci high').toBeLessThanOrEqual(TOL);
  expect(Math.abs(p.above(v.c) - want.above), 'P(delta > c)').toBeLessThanOrEqual(TOL);
  expect(Math.abs(p.below(-v.c) - want.below), 'P(delta < -c)').toBeLessThanOrEqual(TOL);
}

describe('posteriorOfDelta: known answers from SciPy', () => {
  for (const [name, v] of Object.entries(V)) it(name, () => expectMatches(v));
});

describe('posteriorOfDelta: behaviour of the model', () => {
  it('k = 2: heavy tails bounded by the prior give an interval far wider than the plug-in one', () => {
    for (const v of [V.k2Wide, V.k2NarrowData]) {
      const p = posterior(v).summary;
      expect(width(p.ci95)).toBeGreaterThan(2 * width(v.knownSd.ci95));
      expect(Number.isFinite(p.sd) && p.sd > 0).toBe(true);
    }
    // Two differences of 2.95 and 3.05: the plug-in said "certainly above 1"; with the sd unknown it is 99.5%.
    expect(posterior(V.k2NarrowData).above(1)).toBeLessThan(0.999);
  });

  it('with 4 pairs the posterior is clearly wider, and P(benefit > MCID) less extreme, than with the sd taken as known', () => {
    const p = posterior(V.k4);
    expect(p.summary.sd).toBeGreaterThan(1.5 * V.k4.knownSd.sd);
    expect(p.summary.ci95[0]).toBeLessThan(V.k4.knownSd.ci95[0]);
    expect(p.summary.ci95[1]).toBeGreaterThan(V.k4.knownSd.ci95[1]);
    // Lower is better here, benefit = B - A = -delta; the plug-in put P(benefit > 1) nearer certainty.
    const benefit = probabilityOfBenefitAbove(p, 1, false);
    expect(benefit).toBeCloseTo(V.k4.scipy.below, 9);
    expect(benefit).toBeLessThan(V.k4.knownSd.below);
  });

  it('as k grows the answer approaches the known-sd (normal-normal) one', () => {
    const p = posterior(V.k400).summary;
    const known = V.k400.knownSd;
    expect(Math.abs(p.mean - known.mean)).toBeLessThan(1e-3 * known.sd);
    expect(Math.abs(p.sd / known.sd - 1)).toBeLessThan(0.005);
    expect(Math.abs(p.ci95[0] - known.ci95[0])).toBeLessThan(0.01 * known.sd);
    expect(Math.abs(p.ci95[1] - known.ci95[1])).toBeLessThan(0.01 * known.sd);
    // ...while with 4 pairs the sd ratio is over 1.5 (above): the gap closes with k.
    const ratio = (v: Vector): number => posterior(v).summary.sd / v.knownSd.sd;
    expect(ratio(V.k400)).toBeLessThan(ratio(V.k4));
  });

  it('a strong prior pulls the mean toward m0, further than the plug-in did when prior and data disagree', () => {
    const p = posterior(V.strongPrior).summary;
    const { dbar, m0 } = V.strongPrior;
    expect(Math.abs(p.mean - m0)).toBeLessThan(0.1 * Math.abs(dbar - m0));
    // The t likelihood lets a larger sigma explain data far from the prior, so the prior wins more.
    expect(Math.abs(p.mean - m0)).toBeLessThan(Math.abs(V.strongPrior.knownSd.mean - m0));
    expect(p.ci95[0]).toBeLessThan(m0);
  });

  it('mirroring the data and the prior mirrors the posterior', () => {
    const v = V.k4;
    const p = posterior(v);
    const q = posteriorOfDelta({ mean: -v.m0, sd: v.s0, source: 'test' }, { count: v.k, mean: -v.dbar, sd: v.s });
    expect(q.summary.mean).toBeCloseTo(-p.summary.mean, 12);
    expect(q.summary.sd).toBeCloseTo(p.summary.sd, 12);
    expect(q.summary.ci95[0]).toBeCloseTo(-p.summary.ci95[1], 11);
    expect(q.summary.ci95[1]).toBeCloseTo(-p.summary.ci95[0], 11);
    expect(q.above(1)).toBeCloseTo(p.below(-1), 12);
    expect(probabilityOfBenefitAbove(q, 1, true)).toBeCloseTo(probabilityOfBenefitAbove(p, 1, false), 12);
  });

  it('sd 0 collapses onto dbar, with the old strict P(benefit > MCID)', () => {
    const p = posteriorOfDelta({ mean: 0, sd: 4, source: 'test' }, { count: 4, mean: -1, sd: 0 });
    expect(p.summary).toEqual({ mean: -1, sd: 0, ci95: [-1, -1] });
    expect(probabilityOfBenefitAbove(p, 0.5, false)).toBe(1);
    expect(probabilityOfBenefitAbove(p, 1, false)).toBe(0); // benefit exactly at the MCID is not above it
    expect(probabilityOfBenefitAbove(p, 0.5, true)).toBe(0);
  });

  it('refuses fewer than 2 differences and non-finite or negative summaries', () => {
    const code = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (e) {
        return e instanceof DomainError ? e.code : 'not a DomainError';
      }
      return undefined;
    };
    const p: Prior = { mean: 0, sd: 4, source: 'test' };
    expect(code(() => posteriorOfDelta(p, { count: 1, mean: 1, sd: 1 }))).toBe('LDN_VALIDATION_FAILED');
    expect(code(() => posteriorOfDelta(p, { count: 3, mean: Number.NaN, sd: 1 }))).toBe('LDN_VALIDATION_FAILED');
    expect(code(() => posteriorOfDelta(p, { count: 3, mean: 1, sd: -1 }))).toBe('LDN_VALIDATION_FAILED');
    expect(code(() => posteriorOfDelta({ ...p, sd: 0 }, { count: 3, mean: 1, sd: 1 }))).toBe('LDN_VALIDATION_FAILED');
  });
});
