/**
 * Design of a randomised, blinded n-of-1 crossover trial: k pairs of periods,
 * each pair holding one period of A and one of B in an order drawn from a
 * recorded seed (see prng.ts and README.md). A is LDN (against placebo) or the
 * first dose (dose against dose). The first `washoutDays` of every period are
 * taken but not analysed, so carry-over from the previous period fades first.
 */
import { addDays, daysBetween, parseLocalDate, type LocalDate } from '../shared/dates.js';
import { formatMg, mgToMcg, type DoseMcg } from '../shared/dose.js';
import { DomainError } from '../shared/errors.js';
import { mulberry32 } from './prng.js';

export type Arm = 'A' | 'B';

export type ComparisonInput =
  { readonly kind: 'placebo' } | { readonly kind: 'doses'; readonly aMg: number | string; readonly bMg: number | string };
export type Comparison = { readonly kind: 'placebo' } | { readonly kind: 'doses'; readonly aMcg: DoseMcg; readonly bMcg: DoseMcg };

export interface TrialDesignInput {
  readonly comparison: ComparisonInput;
  readonly pairs: number;
  readonly periodDays: number;
  readonly washoutDays: number;
  readonly start: LocalDate | string;
  readonly seed: number;
  /** A journal measure key such as "pain". */
  readonly primaryOutcome: string;
  /** Minimal important difference, in the outcome's own units (> 0). */
  readonly mcid: number;
}

/** One period as the pharmacist (and, after unblinding, the patient) sees it. */
export interface TrialPeriod {
  readonly period: number;
  readonly pair: number;
  readonly start: LocalDate;
  readonly end: LocalDate;
  /** Last washout day, or null when there is no washout. */
  readonly washoutEnd: LocalDate | null;
  /** First day that counts in the analysis. */
  readonly analysisStart: LocalDate;
  /** Sealed: show only to the pharmacist until unblinding. */
  readonly arm: Arm;
  readonly pharmacistCode: string;
}

/** What the patient may see while blinded: period numbers and dates, no arm, no code. */
export interface PatientSchedulePeriod {
  readonly period: number;
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly washoutEnd: LocalDate | null;
  readonly analysisStart: LocalDate;
}

export interface DesignWarning {
  readonly code: 'cannot_reach_significance' | 'no_washout' | 'long_trial';
  readonly message: string;
}

export interface TrialDesign {
  readonly prng: 'mulberry32';
  readonly seed: number;
  readonly comparison: Comparison;
  /** What each arm holds, for the pharmacist's key: "LDN" / "placebo", or "LDN 4.5 mg" / "LDN 1.5 mg". */
  readonly armLabels: Readonly<Record<Arm, string>>;
  readonly pairs: number;
  readonly periodDays: number;
  readonly washoutDays: number;
  readonly analysableDaysPerPeriod: number;
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly primaryOutcome: string;
  readonly mcid: number;
  /** Sealed allocation, in period order. */
  readonly periods: readonly TrialPeriod[];
  readonly patientSchedule: readonly PatientSchedulePeriod[];
  /** Smallest two-sided randomisation p this many pairs can ever give: 2 / 2^pairs. */
  readonly smallestAttainableP: number;
  readonly minimumPairsForSignificance: number;
  readonly warnings: readonly DesignWarning[];
}

/** Analysable days below this leave a period mean resting on one or two days. */
export const MIN_ANALYSABLE_DAYS = 3;
export const MIN_PAIRS = 3;
/** A year of weekly pairs is 26; beyond 60 pairs the exact test is no longer enumerated (README). */
export const MAX_PAIRS = 60;
export const MAX_PERIOD_DAYS = 90;

/**
 * The smallest two-sided p of the exact sign-flip test is 2 / 2^k (the observed
 * arrangement and its mirror image), reached only when every pair favours the
 * same arm. It is at most `alpha` from k = 6 on (2/64 = 0.031; 2/32 = 0.0625 at k = 5).
 */
export function smallestAttainableP(pairs: number): number {
  return Math.min(1, 2 / 2 ** pairs);
}

export function minimumPairsForSignificance(alpha = 0.05): number {
  let k = 1;
  while (smallestAttainableP(k) > alpha) k++;
  return k;
}

const OUTCOME_KEY = /^[a-z0-9_]{1,40}$/;
// Crockford's base32 (no I, L, O, U): 32 symbols = 5 bits each, and a code read over the phone is unambiguous.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function wholeNumber(value: number, field: string, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new DomainError('LDN_VALIDATION_FAILED', `${field} must be a whole number from ${min} to ${max}; got ${String(value)}.`, {
      field,
    });
  }
  return value;
}

function resolveComparison(c: ComparisonInput): Comparison {
  if (c.kind === 'placebo') return { kind: 'placebo' };
  const aMcg = mgToMcg(c.aMg, 'comparison.aMg');
  const bMcg = mgToMcg(c.bMg, 'comparison.bMg');
  if (aMcg === bMcg) {
    throw new DomainError(
      'LDN_VALIDATION_FAILED',
      'comparison.bMg must differ from comparison.aMg; a trial of a dose against itself answers nothing.',
      {
        field: 'comparison.bMg',
      },
    );
  }
  return { kind: 'doses', aMcg, bMcg };
}

export function assertSeed(seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0) {
    throw new DomainError('LDN_TRIAL_BAD_SEED', `seed must be a non-negative whole number no larger than 2^53 - 1; got ${String(seed)}.`, {
      field: 'seed',
    });
  }
  return seed;
}

/** Draws the order of each pair (AB or BA) from the seed: the top bit of one 32-bit draw per pair. */
export function allocate(seed: number, pairs: number): { orders: Array<'AB' | 'BA'>; codes: string[] } {
  const next = mulberry32(assertSeed(seed));
  const orders: Array<'AB' | 'BA'> = [];
  for (let p = 0; p < pairs; p++) orders.push(next() >= 0x8000_0000 ? 'BA' : 'AB');
  // Codes are drawn after all orders, from the same stream, so they carry no information about the arm.
  const codes: string[] = [];
  for (let period = 1; period <= 2 * pairs; period++) {
    const u = next();
    const chars = [27, 22, 17].map((shift) => CODE_ALPHABET[(u >>> shift) & 31] ?? '?').join('');
    codes.push(`P${period}-${chars}`);
  }
  return { orders, codes };
}

/** Builds a design; throws LDN_TRIAL_* for designs that could not answer the question. */
export function designTrial(input: TrialDesignInput): TrialDesign {
  const seed = assertSeed(input.seed);
  if (!Number.isSafeInteger(input.pairs) || input.pairs < MIN_PAIRS) {
    throw new DomainError(
      'LDN_TRIAL_TOO_FEW_PAIRS',
      `pairs must be a whole number of at least ${MIN_PAIRS}; with fewer, chance alone explains any difference. Got ${String(input.pairs)}.`,
      { field: 'pairs' },
    );
  }
  const pairs = wholeNumber(input.pairs, 'pairs', MIN_PAIRS, MAX_PAIRS);
  const periodDays = wholeNumber(input.periodDays, 'periodDays', 1, MAX_PERIOD_DAYS);
  const washoutDays = wholeNumber(input.washoutDays, 'washoutDays', 0, MAX_PERIOD_DAYS);
  if (washoutDays >= periodDays) {
    throw new DomainError(
      'LDN_TRIAL_TOO_SHORT',
      `washoutDays (${washoutDays}) must be shorter than periodDays (${periodDays}); otherwise no day of a period is analysed.`,
      { field: 'washoutDays' },
    );
  }
  const analysable = periodDays - washoutDays;
  if (analysable < MIN_ANALYSABLE_DAYS) {
    throw new DomainError(
      'LDN_TRIAL_TOO_SHORT',
      `Each period leaves only ${analysable} analysable day(s) after washout; at least ${MIN_ANALYSABLE_DAYS} are needed for a period mean to mean anything.`,
      { field: 'periodDays' },
    );
  }
  if (!Number.isFinite(input.mcid) || input.mcid <= 0) {
    throw new DomainError('LDN_VALIDATION_FAILED', `mcid must be a positive number in the outcome's units; got ${String(input.mcid)}.`, {
      field: 'mcid',
    });
  }
  if (!OUTCOME_KEY.test(input.primaryOutcome)) {
    throw new DomainError(
      'LDN_VALIDATION_FAILED',
      'primaryOutcome must be a journal measure key such as "pain" (1-40 lower-case letters, digits or underscores).',
      {
        field: 'primaryOutcome',
      },
    );
  }
  const comparison = resolveComparison(input.comparison);
  const start = parseLocalDate(input.start, 'start');

  const { orders, codes } = allocate(seed, pairs);
  const periods: TrialPeriod[] = [];
  orders.forEach((order, i) => {
    for (let j = 0; j < 2; j++) {
      const index = 2 * i + j; // 0-based
      const pStart = addDays(start, index * periodDays);
      periods.push({
        period: index + 1,
        pair: i + 1,
        start: pStart,
        end: addDays(pStart, periodDays - 1),
        washoutEnd: washoutDays > 0 ? addDays(pStart, washoutDays - 1) : null,
        analysisStart: addDays(pStart, washoutDays),
        arm: order[j] as Arm,
        pharmacistCode: codes[index] ?? '',
      });
    }
  });
  validateTrialPeriods(periods);

  const warnings: DesignWarning[] = [];
  const minPairs = minimumPairsForSignificance();
  if (pairs < minPairs) {
    warnings.push({
      code: 'cannot_reach_significance',
      message:
        `With ${pairs} pairs the smallest possible two-sided randomisation p is ${smallestAttainableP(pairs).toFixed(4)}, so the test can never reach p < 0.05; ` +
        `${minPairs} pairs are needed. The estimate and its interval are still informative.`,
    });
  }
  if (washoutDays === 0) {
    warnings.push({ code: 'no_washout', message: 'No washout days: any carry-over from the previous period counts in the analysis.' });
  }
  const total = 2 * pairs * periodDays;
  if (total > 366) {
    warnings.push({
      code: 'long_trial',
      message: `The trial lasts ${total} days; long trials lose adherence and may span changes in the condition itself.`,
    });
  }

  return {
    prng: 'mulberry32',
    seed,
    comparison,
    armLabels:
      comparison.kind === 'placebo'
        ? { A: 'LDN', B: 'placebo' }
        : { A: `LDN ${formatMg(comparison.aMcg)} mg`, B: `LDN ${formatMg(comparison.bMcg)} mg` },
    pairs,
    periodDays,
    washoutDays,
    analysableDaysPerPeriod: analysable,
    start,
    end: addDays(start, total - 1),
    primaryOutcome: input.primaryOutcome,
    mcid: input.mcid,
    periods,
    patientSchedule: periods.map(({ period, start: s, end, washoutEnd, analysisStart }) => ({
      period,
      start: s,
      end,
      washoutEnd,
      analysisStart,
    })),
    smallestAttainableP: smallestAttainableP(pairs),
    minimumPairsForSignificance: minPairs,
    warnings,
  };
}

export type PeriodWindow = Pick<TrialPeriod, 'period' | 'start' | 'end' | 'analysisStart'> & { readonly pair?: number; readonly arm?: Arm };

/**
 * Checks a supplied (stored or edited) design: periods numbered 1..n without
 * gaps, sorted, no shared days, analysisStart inside the period, and each pair
 * holding one A and one B period when arms are given.
 */
export function validateTrialPeriods(periods: readonly PeriodWindow[]): void {
  periods.forEach((p, i) => {
    const field = `periods[${i}]`;
    if (p.period !== i + 1) {
      throw new DomainError('LDN_VALIDATION_FAILED', `${field}.period must be ${i + 1}: periods are numbered 1, 2, 3... in date order.`, {
        field: `${field}.period`,
      });
    }
    parseLocalDate(p.start, `${field}.start`);
    parseLocalDate(p.end, `${field}.end`);
    parseLocalDate(p.analysisStart, `${field}.analysisStart`);
    if (daysBetween(p.start, p.end) < 0) {
      throw new DomainError('LDN_TRIAL_OVERLAP', `${field} ends (${p.end}) before it starts (${p.start}).`, { field: `${field}.end` });
    }
    if (daysBetween(p.start, p.analysisStart) < 0 || daysBetween(p.analysisStart, p.end) < 0) {
      throw new DomainError('LDN_TRIAL_TOO_SHORT', `${field}.analysisStart (${p.analysisStart}) must fall within the period.`, {
        field: `${field}.analysisStart`,
      });
    }
    const prev = periods[i - 1];
    if (prev && daysBetween(prev.end, p.start) <= 0) {
      throw new DomainError(
        'LDN_TRIAL_OVERLAP',
        `Period ${p.period} starts on ${p.start}, before period ${prev.period} ends on ${prev.end}.`,
        {
          field: `${field}.start`,
        },
      );
    }
    if (i % 2 === 1 && prev?.arm !== undefined && p.arm !== undefined && prev.arm === p.arm) {
      throw new DomainError(
        'LDN_TRIAL_MISSING_ARM',
        `Pair ${(i + 1) / 2} has arm ${p.arm} in both periods; each pair needs one A and one B.`,
        {
          field: `${field}.arm`,
        },
      );
    }
  });
}
