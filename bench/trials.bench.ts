/**
 * n-of-1 trial figures: full analysis (period means, t interval, exact
 * randomisation test, posterior, three sensitivity scenarios, each with its own
 * randomisation test) of year-long trials. Median of repeated runs after warm-up.
 */
import { performance } from 'node:perf_hooks';
import { addDays } from '../src/core/shared/dates.js';
import { analyzeTrial } from '../src/core/trials/analysis.js';
import { designTrial } from '../src/core/trials/design.js';
import type { TrialRowInput } from '../src/core/trials/rows.js';
import { percentile, report } from './lib.js';

function trialRows(pairs: number, periodDays: number, washoutDays: number): TrialRowInput[] {
  const design = designTrial({
    comparison: { kind: 'placebo' },
    pairs,
    periodDays,
    washoutDays,
    start: '2026-01-05',
    seed: 7,
    primaryOutcome: 'pain',
    mcid: 1,
  });
  const rows: TrialRowInput[] = [];
  let i = 0;
  for (const p of design.periods) {
    for (let day = 0; day < periodDays; day++) {
      i++;
      // Deterministic pseudo-noise, some blanks and too-unwell days, so every branch is exercised.
      const outcome = i % 17 === 0 ? null : i % 23 === 0 ? 'too_unwell' : (p.arm === 'A' ? 4 : 5) + ((i * 7919) % 5) - 2;
      rows.push({ date: addDays(p.start, day), period: p.period, arm: p.arm, outcome });
    }
  }
  return rows;
}

function medianMs(pairs: number, periodDays: number, washoutDays: number): number {
  const rows = trialRows(pairs, periodDays, washoutDays);
  const run = (): void => void analyzeTrial(rows, { mcid: 1, higherIsBetter: false, washoutDays });
  for (let i = 0; i < 5; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return percentile(samples, 50);
}

report({
  area: 'trials',
  name: 'full analysis, 26 pairs x 7-day periods (364 days)',
  value: medianMs(26, 7, 2),
  unit: 'ms',
  target: '<= 50 ms',
});
report({
  area: 'trials',
  name: 'full analysis, 12 pairs x 14-day periods (336 days)',
  value: medianMs(12, 14, 4),
  unit: 'ms',
  target: '<= 50 ms',
});
