/**
 * What the "probability of a benefit above the MCID" rests on, in plain words for a patient and a clinician. The model
 * is in bayes.ts: pair differences normal with an unknown spread, p(sigma^2) ∝ 1/sigma^2 integrated out (a t kernel
 * with k - 1 df), times a normal prior on the mean difference. The web report page, the HTML report and the PDF all
 * print this one text.
 */
export const MODEL_EXPLAINED =
  'it comes from a statistical (Bayesian) model of the difference within each pair of periods, which allows for not knowing in ' +
  'advance how much the scores vary. It assumes that the pairs do not affect one another and that nothing carries over from one ' +
  'period to the next once the wash-out days are over.';

/** Where the method is set out: the normal model with unknown variance and its t kernel, BDA3 section 3.2. */
export const MODEL_METHOD = {
  citation: 'Gelman A, et al. Bayesian Data Analysis, 3rd ed. CRC, 2013, section 3.2',
  doi: '10.1201/b16018',
} as const;
