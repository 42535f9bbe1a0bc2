import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.js';
import { analyzeTrial } from './analysis.js';
import { defaultPrior } from './bayes.js';
import { numbersIn, rowsFor, testDesign } from './test-helpers.js';
import type { TrialRowInput } from './rows.js';

function failure(fn: () => unknown): { code: string; field: string | undefined } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, field: e.field };
    throw e;
  }
  throw new Error('expected a DomainError');
}

const design = testDesign(6, 7, 2);
// Pain: A (LDN) two points lower, with a small day-to-day wobble.
const effectRows = rowsFor(design, (period, arm, day) => (arm === 'A' ? 4 : 6) + ((day + period) % 3) - 1);
const opts = { mcid: 1, higherIsBetter: false, washoutDays: 2 };

describe('analyzeTrial: estimates', () => {
  it('finds a two-point reduction, exact p = 2/64, and a near-certain benefit beyond the MCID', () => {
    const r = analyzeTrial(effectRows, opts);
    expect(r.pairsAnalysed).toBe(6);
    expect(Math.abs(r.meanDifference + 2)).toBeLessThan(0.5);
    expect(r.benefitOfA).toBe(-r.meanDifference);
    expect(r.randomizationP).toBe(0.03125);
    expect(r.ci95[1]).toBeLessThan(0);
    expect(r.posteriorProbAboveMcid).toBeGreaterThan(0.99);
    expect(r.prior).toEqual(defaultPrior(1));
  });

  it('reads direction: the same numbers with higher-is-better mean A is worse', () => {
    const r = analyzeTrial(effectRows, { ...opts, higherIsBetter: true });
    expect(r.direction).toBe('higher_is_better');
    expect(r.posteriorProbAboveMcid).toBeLessThan(0.01);
  });

  it('leaves washout days out of the period means and counts them', () => {
    // Washout days carry a wild value; if they leaked in, the means would move.
    const rows = rowsFor(design, (_p, arm, day) => (day < 2 ? 10 : arm === 'A' ? 3 : 5));
    const r = analyzeTrial(rows, opts);
    expect(r.periods.every((p) => p.mean === (p.arm === 'A' ? 3 : 5))).toBe(true);
    expect(r.periods[0]?.washoutRowsExcluded).toBe(2);
    expect(r.periods[0]?.analysableDays).toBe(5);
  });

  it('uses the design windows when given, so a missing first day does not shift the washout', () => {
    const rows = rowsFor(design, (_p, arm, day) => (day === 0 ? undefined : day < 2 ? 10 : arm === 'A' ? 3 : 5));
    expect(analyzeTrial(rows, { mcid: 1, higherIsBetter: false, design }).meanDifference).toBe(-2);
    expect(analyzeTrial(rows, { mcid: 1, higherIsBetter: false, design }).periods[0]?.start).toBe(design.periods[0]?.start);
  });

  it('counts too-unwell and unlogged days apart, warns, and runs the sensitivity scenarios', () => {
    const rows = rowsFor(design, (period, arm, day) => {
      if (period === 2 && day >= 3) return 'too_unwell';
      if (period === 3 && day === 6) return null;
      if (period === 5 && day === 4) return undefined;
      return arm === 'A' ? 4 : 6;
    });
    const r = analyzeTrial(rows, opts);
    const p2 = r.periods[1];
    expect(p2).toMatchObject({ logged: 1, tooUnwell: 4, missing: 0, analysableDays: 5 });
    expect(r.periods[2]).toMatchObject({ logged: 4, missing: 1 });
    expect(r.periods[4]).toMatchObject({ logged: 4, missing: 1 });
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toContain('too_unwell_days');
    expect(r.warnings.find((w) => w.code === 'low_adherence')?.period).toBe(2);
    const byName = Object.fromEntries(r.sensitivity.scenarios.map((s) => [s.name, s]));
    expect(byName['worst_case_for_a']?.imputedDays).toBe(6);
    // Worst case for A can only make A look worse than the complete-case estimate, best case only better.
    expect(byName['worst_case_for_a']?.meanDifference).toBeGreaterThanOrEqual(r.meanDifference);
    expect(byName['best_case_for_a']?.meanDifference).toBeLessThanOrEqual(r.meanDifference);
  });

  it('drops a pair whose period is empty, with a warning', () => {
    const rows = rowsFor(design, (period, arm) => (period === 4 ? null : arm === 'A' ? 4 : 6));
    const r = analyzeTrial(rows, opts);
    expect(r.pairsAnalysed).toBe(5);
    expect(r.pairs[1]?.difference).toBeNull();
    expect(r.warnings.find((w) => w.code === 'empty_period')?.period).toBe(4);
    expect(r.warnings.map((w) => w.code)).toContain('cannot_reach_significance');
  });

  it('never returns NaN for constant data: interval and posterior collapse, with a warning', () => {
    const r = analyzeTrial(
      rowsFor(design, () => 5),
      opts,
    );
    expect(numbersIn(r).filter(([, v]) => !Number.isFinite(v))).toEqual([]);
    expect(r.ci95).toEqual([0, 0]);
    expect(r.randomizationP).toBe(1);
    expect(r.posterior).toEqual({ mean: 0, sd: 0, ci95: [0, 0] });
    expect(r.posteriorProbAboveMcid).toBe(0);
    expect(r.warnings.map((w) => w.code)).toContain('no_spread');
  });

  it('uses a caller prior and shrinks toward it', () => {
    const prior = { mean: 0, sd: 0.1, source: 'sceptical test prior' };
    const r = analyzeTrial(effectRows, { ...opts, prior });
    expect(r.prior).toEqual(prior);
    expect(Math.abs(r.posterior.mean)).toBeLessThan(Math.abs(r.meanDifference));
  });
});

describe('analyzeTrial: errors', () => {
  it('rejects data with one arm missing altogether', () => {
    const onlyA = effectRows.map((r) => ({ ...r, arm: 'A' }));
    expect(failure(() => analyzeTrial(onlyA, opts))).toEqual({ code: 'LDN_TRIAL_MISSING_ARM', field: 'arm' });
  });

  it('rejects a row with no arm, naming the row', () => {
    const rows: TrialRowInput[] = effectRows.map((r, i) => (i === 3 ? { ...r, arm: '' } : r));
    expect(failure(() => analyzeTrial(rows, opts))).toEqual({ code: 'LDN_TRIAL_MISSING_ARM', field: 'rows[3].arm' });
  });

  it('rejects a pair with the same arm twice', () => {
    const rows = effectRows.map((r) => (r.period <= 2 ? { ...r, arm: 'A' } : r));
    expect(failure(() => analyzeTrial(rows, opts)).code).toBe('LDN_TRIAL_MISSING_ARM');
  });

  it('rejects a day that appears twice', () => {
    const rows = [...effectRows, { ...(effectRows[0] as TrialRowInput), period: 2 }];
    expect(failure(() => analyzeTrial(rows, opts))).toEqual({ code: 'LDN_TRIAL_OVERLAP', field: `rows[${effectRows.length}].date` });
  });

  it('rejects periods whose dates overlap', () => {
    const rows = effectRows.map((r, i) => (i === 10 ? { ...r, date: '2026-01-06' } : r)); // a period-2 row dated inside period 1
    expect(
      failure(() =>
        analyzeTrial(
          rows.filter((r, i) => i === 10 || r.date !== '2026-01-06'),
          opts,
        ),
      ).code,
    ).toBe('LDN_TRIAL_OVERLAP');
  });

  it('rejects a row outside its design period', () => {
    const rows = effectRows.map((r, i) => (i === 0 ? { ...r, period: 3, arm: design.periods[2]?.arm ?? 'A' } : r));
    expect(failure(() => analyzeTrial(rows, { ...opts, design })).code).toBe('LDN_TRIAL_OVERLAP');
  });

  it('needs three pairs of periods', () => {
    const rows = effectRows.filter((r) => r.period <= 4);
    expect(failure(() => analyzeTrial(rows, opts))).toEqual({ code: 'LDN_TRIAL_TOO_FEW_PAIRS', field: 'period' });
  });

  it('refuses when fewer than two pairs have data in both periods', () => {
    const rows = effectRows.map((r) => (r.period % 2 === 0 && r.period > 2 ? { ...r, outcome: null } : r));
    expect(failure(() => analyzeTrial(rows, opts)).code).toBe('LDN_TRIAL_EMPTY_PERIOD');
  });

  it.each([
    [{ mcid: 0 }, 'mcid'],
    [{ washoutDays: -1 }, 'washoutDays'],
    [{ prior: { mean: 0, sd: 0, source: 'x' } }, 'prior.sd'],
  ])('rejects bad options %j', (patch, field) => {
    expect(failure(() => analyzeTrial(effectRows, { ...opts, ...patch }))).toEqual({ code: 'LDN_VALIDATION_FAILED', field });
  });

  it('rejects a non-finite outcome and a bad date, naming the row', () => {
    expect(
      failure(() =>
        analyzeTrial(
          effectRows.map((r, i) => (i === 2 ? { ...r, outcome: Number.NaN } : r)),
          opts,
        ),
      ).field,
    ).toBe('rows[2].outcome');
    expect(
      failure(() =>
        analyzeTrial(
          effectRows.map((r, i) => (i === 2 ? { ...r, date: '2026-13-01' } : r)),
          opts,
        ),
      ),
    ).toEqual({
      code: 'LDN_DATE_INVALID',
      field: 'rows[2].date',
    });
  });
});
