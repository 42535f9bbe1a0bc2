/**
 * What the "probability of a benefit above the MCID" rests on, in plain words for a patient and a clinician. The model
 * is in bayes.ts: pair differences normal with an unknown spread, p(sigma^2) ∝ 1/sigma^2 integrated out (a t kernel
 * with k - 1 df), times a normal prior on the mean difference. The web report page, the HTML report and the PDF all
 * print this one text.
 */
export const MODEL_EXPLAINED =
  'it comes from a statistical (Bayesian) model of the difference within each pair of periods. The model allows for not ' +
  'knowing in advance how much the scores vary and treats those differences as roughly bell-shaped. It assumes that the ' +
  'pairs do not affect one another and that nothing carries over from one period into the next (any wash-out days at the ' +
  'start of a period are left out for that reason).';

/** The starting assumption about the effect (the prior: a normal distribution on A - B), in words, then its technical form. */
export const priorExplained = (prior: { readonly mean: number; readonly source: string }): string =>
  `Before your data, the model takes ${prior.mean === 0 ? 'no difference' : `a difference of ${prior.mean} points`} as the most likely outcome (prior: ${prior.source}).`;

/** Where the method is set out: the normal model with unknown variance and its t kernel, BDA3 section 3.2. */
export const MODEL_METHOD = {
  citation: 'Gelman A, et al. Bayesian Data Analysis, 3rd ed. CRC, 2013, section 3.2',
  doi: '10.1201/b16018',
} as const;
