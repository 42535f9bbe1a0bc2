/**
 * Analysis of a finished (or interim) n-of-1 crossover; the model is explained
 * in README.md. The unit of analysis is the period mean: days within a period
 * are correlated, so they are summarised first and only the k pair differences
 * (A - B) enter the t interval, the randomisation test and the Bayesian update.
 */
import { addDays, daysBetween, parseLocalDate, type LocalDate } from '../shared/dates.js';
import { DomainError } from '../shared/errors.js';
import { mean, sampleSd, tQuantile } from '../shared/stats.js';
import { assertPrior, defaultPrior, posteriorOfDelta, probabilityOfBenefitAbove, type Posterior, type Prior } from './bayes.js';
import { MAX_PERIOD_DAYS, MIN_PAIRS, minimumPairsForSignificance, validateTrialPeriods, type Arm, type PeriodWindow } from './design.js';
import { randomizationTest } from './randomization.js';
import { TOO_UNWELL, type TrialRow, type TrialRowInput } from './rows.js';

export interface AnalyzeOptions {
  /** Minimal important difference, in outcome units (> 0). */
  readonly mcid: number;
  /** Direction of improvement for the outcome (pain: false; mood: true). */
  readonly higherIsBetter: boolean;
  /** Days at the start of each period left out; ignored when `design` is given (its analysisStart rules). */
  readonly washoutDays?: number;
  /** On the A - B scale; defaults to `defaultPrior(mcid)`. */
  readonly prior?: Prior;
  /** Period windows from the design; without it, each period spans its first to last row. */
  readonly design?: { readonly periods: readonly PeriodWindow[] };
}

export interface PeriodSummary {
  readonly period: number;
  readonly pair: number;
  readonly arm: Arm | null;
  readonly start: LocalDate | null;
  readonly end: LocalDate | null;
  readonly analysisStart: LocalDate | null;
  /** Days from analysisStart to end: the days that should have been logged. */
  readonly analysableDays: number;
  readonly logged: number;
  readonly tooUnwell: number;
  /** Analysable days with no value and no "too unwell" mark (blank or absent rows). */
  readonly missing: number;
  /** Rows on washout days, left out of every figure. */
  readonly washoutRowsExcluded: number;
  readonly mean: number | null;
  readonly sd: number | null;
}

export interface PairSummary {
  readonly pair: number;
  readonly periodA: number | null;
  readonly periodB: number | null;
  /** mean(A) - mean(B), or null when either period has no data (the pair is then left out). */
  readonly difference: number | null;
}

export type WarningCode =
  'low_adherence' | 'empty_period' | 'too_unwell_days' | 'cannot_reach_significance' | 'no_spread' | 'few_pairs' | 'monte_carlo';

export interface TrialWarning {
  readonly code: WarningCode;
  readonly message: string;
  readonly period?: number;
}

export type ScenarioName = 'too_unwell_as_worst' | 'worst_case_for_a' | 'best_case_for_a';

export interface SensitivityScenario {
  readonly name: ScenarioName;
  readonly description: string;
  readonly imputedDays: number;
  readonly meanDifference: number;
  readonly ci95: readonly [number, number];
  readonly randomizationP: number;
}

export interface TrialAnalysis {
  readonly direction: 'higher_is_better' | 'lower_is_better';
  readonly mcid: number;
  readonly periods: readonly PeriodSummary[];
  readonly pairs: readonly PairSummary[];
  /** Pairs with data in both periods: k. */
  readonly pairsAnalysed: number;
  /** Mean over pairs of mean(A) - mean(B), in outcome units. */
  readonly meanDifference: number;
  /** Improvement of A over B: meanDifference, or its negative when lower is better. */
  readonly benefitOfA: number;
  readonly sdDifference: number;
  readonly df: number;
  /** t interval on the pair differences (df = k - 1). */
  readonly ci95: readonly [number, number];
  readonly randomizationP: number;
  readonly randomizationMethod: 'exact' | 'monte-carlo';
  readonly smallestAttainableP: number;
  readonly prior: Prior;
  readonly posterior: Posterior;
  /** Posterior probability that A improves the outcome by more than the MCID. */
  readonly posteriorProbAboveMcid: number;
  readonly sensitivity: {
    readonly worstValue: number;
    readonly bestValue: number;
    readonly scenarios: readonly SensitivityScenario[];
  };
  readonly warnings: readonly TrialWarning[];
}

/** Below this share of analysable days logged, a period mean rests on too few days. A judgement, not a published cut-off. */
export const LOW_ADHERENCE_SHARE = 0.5;

interface Window {
  period: number;
  start: LocalDate | null;
  end: LocalDate | null;
  analysisStart: LocalDate | null;
  arm: Arm | null;
}

interface PeriodData {
  window: Window;
  values: number[];
  tooUnwell: number;
  washout: number;
  analysableDays: number;
}

function validateRows(rows: readonly TrialRowInput[]): TrialRow[] {
  const seen = new Map<string, number>();
  return rows.map((r, i) => {
    const field = `rows[${i}]`;
    const date = parseLocalDate(r.date, `${field}.date`);
    if (!Number.isSafeInteger(r.period) || r.period < 1) {
      throw new DomainError('LDN_VALIDATION_FAILED', `${field}.period must be a whole number from 1; got ${String(r.period)}.`, {
        field: `${field}.period`,
      });
    }
    const arm = typeof r.arm === 'string' ? r.arm.trim().toUpperCase() : '';
    if (arm !== 'A' && arm !== 'B') {
      throw new DomainError('LDN_TRIAL_MISSING_ARM', `${field}.arm must be A or B; got "${String(r.arm)}".`, { field: `${field}.arm` });
    }
    const o = r.outcome;
    if (!(o === null || o === TOO_UNWELL || (typeof o === 'number' && Number.isFinite(o)))) {
      throw new DomainError('LDN_VALIDATION_FAILED', `${field}.outcome must be a finite number, null (not logged) or "too_unwell".`, {
        field: `${field}.outcome`,
      });
    }
    const earlier = seen.get(date);
    if (earlier !== undefined) {
      throw new DomainError(
        'LDN_TRIAL_OVERLAP',
        `${field}.date ${date} already appears in rows[${earlier}]; each day belongs to one period only.`,
        {
          field: `${field}.date`,
        },
      );
    }
    seen.set(date, i);
    return { date, period: r.period, arm, outcome: o };
  });
}

function windowsFromDesign(periods: readonly PeriodWindow[], byPeriod: Map<number, TrialRow[]>): Window[] {
  validateTrialPeriods(periods);
  if (periods.length % 2 !== 0) {
    throw new DomainError('LDN_VALIDATION_FAILED', 'design.periods must come in pairs (an even number of periods).', {
      field: 'design.periods',
    });
  }
  for (const [period, rows] of byPeriod) {
    const w = periods[period - 1];
    if (!w)
      throw new DomainError('LDN_VALIDATION_FAILED', `Data name period ${period}, which the design does not have.`, {
        field: 'rows.period',
      });
    for (const r of rows) {
      if (daysBetween(w.start, r.date) < 0 || daysBetween(r.date, w.end) < 0) {
        throw new DomainError('LDN_TRIAL_OVERLAP', `${r.date} is marked period ${period}, but that period runs ${w.start} to ${w.end}.`, {
          field: 'rows.date',
        });
      }
      if (w.arm !== undefined && w.arm !== r.arm) {
        throw new DomainError('LDN_VALIDATION_FAILED', `Period ${period} is arm ${w.arm} in the design but ${r.arm} in the data.`, {
          field: 'rows.arm',
        });
      }
    }
  }
  return periods.map((w) => ({
    period: w.period,
    start: w.start,
    end: w.end,
    analysisStart: w.analysisStart,
    arm: w.arm ?? byPeriod.get(w.period)?.[0]?.arm ?? null,
  }));
}

function windowsFromRows(byPeriod: Map<number, TrialRow[]>, washoutDays: number): Window[] {
  const last = Math.max(...byPeriod.keys());
  const count = last + (last % 2); // a trailing unpaired period still makes a (half-empty) pair
  const windows: Window[] = [];
  let previous: Window | null = null;
  for (let period = 1; period <= count; period++) {
    const rows = byPeriod.get(period);
    if (!rows || rows.length === 0) {
      windows.push({ period, start: null, end: null, analysisStart: null, arm: null });
      continue;
    }
    let start = rows[0]?.date as LocalDate;
    let end = start;
    for (const r of rows) {
      if (r.date < start) start = r.date;
      if (r.date > end) end = r.date;
    }
    if (previous?.end && daysBetween(previous.end, start) <= 0) {
      throw new DomainError(
        'LDN_TRIAL_OVERLAP',
        `Period ${period} starts on ${start}, before period ${previous.period} ends on ${previous.end}.`,
        {
          field: 'rows.date',
        },
      );
    }
    const w: Window = { period, start, end, analysisStart: addDays(start, washoutDays), arm: rows[0]?.arm ?? null };
    windows.push(w);
    previous = w;
  }
  return windows;
}

function collect(windows: readonly Window[], byPeriod: Map<number, TrialRow[]>): PeriodData[] {
  return windows.map((window) => {
    const values: number[] = [];
    let tooUnwell = 0;
    let washout = 0;
    for (const r of byPeriod.get(window.period) ?? []) {
      if (window.analysisStart && r.date < window.analysisStart) {
        washout++;
        continue;
      }
      if (r.outcome === TOO_UNWELL) tooUnwell++;
      else if (typeof r.outcome === 'number') values.push(r.outcome);
    }
    const analysableDays = window.analysisStart && window.end ? Math.max(0, daysBetween(window.analysisStart, window.end) + 1) : 0;
    return { window, values, tooUnwell, washout, analysableDays };
  });
}

interface PairedEstimate {
  meanDifference: number;
  sd: number;
  ci95: [number, number];
  p: number;
  method: 'exact' | 'monte-carlo';
}

/** -0 would print as "-0" in some places and is never a meaningful answer. */
const plain = (x: number): number => (x === 0 ? 0 : x);

function pairedEstimate(differences: readonly number[]): PairedEstimate {
  const k = differences.length;
  const m = plain(mean(differences));
  const sd = sampleSd(differences);
  const se = sd / Math.sqrt(k);
  const half = se === 0 ? 0 : tQuantile(0.975, k - 1) * se;
  const test = randomizationTest(differences);
  return { meanDifference: m, sd, ci95: [plain(m - half), plain(m + half)], p: test.p, method: test.method };
}

/** Pair differences from per-period means; `meanOf` may impute. Pairs lacking a mean in either period are skipped. */
function differencesOf(
  data: readonly PeriodData[],
  meanOf: (p: PeriodData) => number | null,
): { pair: number; a: number | null; b: number | null; d: number | null }[] {
  const out = [];
  for (let i = 0; i + 1 < data.length; i += 2) {
    const first = data[i] as PeriodData;
    const second = data[i + 1] as PeriodData;
    const [pa, pb] = first.window.arm === 'A' || second.window.arm === 'B' ? [first, second] : [second, first];
    const ma = meanOf(pa);
    const mb = meanOf(pb);
    out.push({
      pair: i / 2 + 1,
      a: pa.window.arm === null ? null : pa.window.period,
      b: pb.window.arm === null ? null : pb.window.period,
      d: ma === null || mb === null ? null : ma - mb,
    });
  }
  return out;
}

function assertOptions(options: AnalyzeOptions): { washoutDays: number; prior: Prior } {
  if (!Number.isFinite(options.mcid) || options.mcid <= 0) {
    throw new DomainError('LDN_VALIDATION_FAILED', `mcid must be a positive number in the outcome's units; got ${String(options.mcid)}.`, {
      field: 'mcid',
    });
  }
  const washoutDays = options.washoutDays ?? 0;
  if (!Number.isSafeInteger(washoutDays) || washoutDays < 0 || washoutDays > MAX_PERIOD_DAYS) {
    throw new DomainError('LDN_VALIDATION_FAILED', `washoutDays must be a whole number from 0 to ${MAX_PERIOD_DAYS}.`, {
      field: 'washoutDays',
    });
  }
  return { washoutDays, prior: assertPrior(options.prior ?? defaultPrior(options.mcid)) };
}

export function analyzeTrial(rowsInput: readonly TrialRowInput[], options: AnalyzeOptions): TrialAnalysis {
  const { washoutDays, prior } = assertOptions(options);
  const rows = validateRows(rowsInput);
  if (rows.length === 0) throw new DomainError('LDN_TRIAL_EMPTY_PERIOD', 'There are no trial data to analyse.', { field: 'rows' });

  const byPeriod = new Map<number, TrialRow[]>();
  rows.forEach((r, i) => {
    const list = byPeriod.get(r.period) ?? [];
    const first = list[0];
    if (first && first.arm !== r.arm) {
      throw new DomainError(
        'LDN_VALIDATION_FAILED',
        `rows[${i}] marks period ${r.period} as arm ${r.arm}, but earlier rows say ${first.arm}.`,
        {
          field: `rows[${i}].arm`,
        },
      );
    }
    list.push(r);
    byPeriod.set(r.period, list);
  });
  if (!rows.some((r) => r.arm === 'A') || !rows.some((r) => r.arm === 'B')) {
    const absent = rows.some((r) => r.arm === 'A') ? 'B' : 'A';
    throw new DomainError('LDN_TRIAL_MISSING_ARM', `The data have no rows for arm ${absent}; a comparison needs both arms.`, {
      field: 'arm',
    });
  }

  const windows = options.design ? windowsFromDesign(options.design.periods, byPeriod) : windowsFromRows(byPeriod, washoutDays);
  for (let i = 0; i + 1 < windows.length; i += 2) {
    const a = windows[i] as Window;
    const b = windows[i + 1] as Window;
    if (a.arm !== null && a.arm === b.arm) {
      throw new DomainError(
        'LDN_TRIAL_MISSING_ARM',
        `Pair ${i / 2 + 1} (periods ${a.period} and ${b.period}) has arm ${a.arm} twice; each pair needs one A and one B.`,
        {
          field: 'arm',
        },
      );
    }
    // An empty period's arm is the other one in its pair.
    if (a.arm === null && b.arm !== null) a.arm = b.arm === 'A' ? 'B' : 'A';
    if (b.arm === null && a.arm !== null) b.arm = a.arm === 'A' ? 'B' : 'A';
  }
  const totalPairs = windows.length / 2;
  if (totalPairs < MIN_PAIRS) {
    throw new DomainError(
      'LDN_TRIAL_TOO_FEW_PAIRS',
      `The data cover ${totalPairs} pair(s) of periods; an n-of-1 trial needs at least ${MIN_PAIRS}.`,
      {
        field: 'period',
      },
    );
  }

  const data = collect(windows, byPeriod);
  const warnings: TrialWarning[] = [];
  const periods: PeriodSummary[] = data.map((p) => {
    const logged = p.values.length;
    const missing = Math.max(0, p.analysableDays - logged - p.tooUnwell);
    if (logged === 0) {
      warnings.push({
        code: 'empty_period',
        period: p.window.period,
        message: `Period ${p.window.period} has no logged values on analysable days; its pair is left out of the analysis.`,
      });
    } else if (p.analysableDays > 0 && logged / p.analysableDays < LOW_ADHERENCE_SHARE) {
      warnings.push({
        code: 'low_adherence',
        period: p.window.period,
        message: `Period ${p.window.period}: only ${logged} of ${p.analysableDays} analysable days logged (under ${LOW_ADHERENCE_SHARE * 100}%); its mean is fragile.`,
      });
    }
    return {
      period: p.window.period,
      pair: Math.ceil(p.window.period / 2),
      arm: p.window.arm,
      start: p.window.start,
      end: p.window.end,
      analysisStart: p.window.analysisStart,
      analysableDays: p.analysableDays,
      logged,
      tooUnwell: p.tooUnwell,
      missing,
      washoutRowsExcluded: p.washout,
      mean: logged > 0 ? mean(p.values) : null,
      sd: logged > 0 ? sampleSd(p.values) : null,
    };
  });

  const primary = differencesOf(data, (p) => (p.values.length > 0 ? mean(p.values) : null));
  const included = primary.filter((x) => x.d !== null);
  const k = included.length;
  if (k < 2) {
    throw new DomainError(
      'LDN_TRIAL_EMPTY_PERIOD',
      `Only ${k} pair(s) have data in both periods; at least 2 are needed to estimate anything. Check the periods listed as empty.`,
      { field: 'period', details: { emptyPeriods: periods.filter((p) => p.logged === 0).map((p) => p.period) } },
    );
  }
  const diffs = included.map((x) => x.d as number);
  const est = pairedEstimate(diffs);
  const delta = posteriorOfDelta(prior, { count: k, mean: est.meanDifference, sd: est.sd });
  const posterior: Posterior = delta.summary;
  const posteriorProbAboveMcid = probabilityOfBenefitAbove(delta, options.mcid, options.higherIsBetter);

  const tooUnwellA = data.filter((p) => p.window.arm === 'A').reduce((s, p) => s + p.tooUnwell, 0);
  const tooUnwellB = data.filter((p) => p.window.arm === 'B').reduce((s, p) => s + p.tooUnwell, 0);
  if (tooUnwellA + tooUnwellB > 0) {
    warnings.push({
      code: 'too_unwell_days',
      message: `${tooUnwellA + tooUnwellB} analysable day(s) marked too unwell to log (${tooUnwellA} on A, ${tooUnwellB} on B); they are not in the period means, see the sensitivity analysis.`,
    });
  }
  const minPairs = minimumPairsForSignificance();
  if (k < minPairs) {
    warnings.push({
      code: 'cannot_reach_significance',
      message: `With ${k} analysable pairs the smallest possible randomisation p is ${(2 / 2 ** k).toFixed(4)}; ${minPairs} pairs are needed for p < 0.05.`,
    });
  }
  if (k < MIN_PAIRS) {
    warnings.push({
      code: 'few_pairs',
      message: `Only ${k} pairs are analysable (df = ${k - 1}); the interval is very wide or unreliable.`,
    });
  }
  if (est.sd === 0) {
    warnings.push({
      code: 'no_spread',
      message:
        'Every pair difference is identical, so the spread is 0: the interval and the posterior collapse to a point. This shows too little variation to judge uncertainty, not certainty.',
    });
  }
  if (est.method === 'monte-carlo') {
    warnings.push({
      code: 'monte_carlo',
      message: 'The randomisation p was estimated by Monte Carlo (too many pairs to enumerate); it is accurate to about 0.001.',
    });
  }

  // Sensitivity: impute unlogged analysable days with the worst or best value seen anywhere in the trial.
  const observed = data.flatMap((p) => p.values);
  const lo = Math.min(...observed);
  const hi = Math.max(...observed);
  const worst = options.higherIsBetter ? lo : hi;
  const best = options.higherIsBetter ? hi : lo;
  const includedPairs = new Set(included.map((x) => x.pair));
  const scenario = (
    name: ScenarioName,
    description: string,
    fill: (p: PeriodData) => { missing: number | null; unwell: number | null },
  ): SensitivityScenario => {
    let imputed = 0;
    const rows = differencesOf(data, (p) => {
      const f = fill(p);
      let sum = 0;
      for (const v of p.values) sum += v;
      let n = p.values.length;
      const missing = Math.max(0, p.analysableDays - p.values.length - p.tooUnwell);
      if (f.missing !== null) {
        sum += missing * f.missing;
        n += missing;
      }
      if (f.unwell !== null) {
        sum += p.tooUnwell * f.unwell;
        n += p.tooUnwell;
      }
      if (includedPairs.has(Math.ceil(p.window.period / 2))) imputed += n - p.values.length;
      return n > 0 ? sum / n : null;
    }).filter((x) => includedPairs.has(x.pair));
    const e = pairedEstimate(rows.map((x) => x.d ?? 0));
    return { name, description, imputedDays: imputed, meanDifference: e.meanDifference, ci95: e.ci95, randomizationP: e.p };
  };
  const scenarios = [
    scenario('too_unwell_as_worst', 'Days too unwell to log count as the worst value seen; unlogged days stay out.', () => ({
      missing: null,
      unwell: worst,
    })),
    scenario('worst_case_for_a', 'Every unlogged or too-unwell day counts as the worst value on A and the best on B.', (p) =>
      p.window.arm === 'A' ? { missing: worst, unwell: worst } : { missing: best, unwell: best },
    ),
    scenario('best_case_for_a', 'Every unlogged or too-unwell day counts as the best value on A and the worst on B.', (p) =>
      p.window.arm === 'A' ? { missing: best, unwell: best } : { missing: worst, unwell: worst },
    ),
  ];

  return {
    direction: options.higherIsBetter ? 'higher_is_better' : 'lower_is_better',
    mcid: options.mcid,
    periods,
    pairs: primary.map((x) => ({ pair: x.pair, periodA: x.a, periodB: x.b, difference: x.d })),
    pairsAnalysed: k,
    meanDifference: est.meanDifference,
    benefitOfA: plain(options.higherIsBetter ? est.meanDifference : -est.meanDifference),
    sdDifference: est.sd,
    df: k - 1,
    ci95: est.ci95,
    randomizationP: est.p,
    randomizationMethod: est.method,
    smallestAttainableP: Math.min(1, 2 / 2 ** k),
    prior,
    posterior,
    posteriorProbAboveMcid,
    sensitivity: { worstValue: worst, bestValue: best, scenarios },
    warnings,
  };
}
