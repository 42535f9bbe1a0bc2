import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.js';
import { designTrial, minimumPairsForSignificance, smallestAttainableP, validateTrialPeriods, type TrialDesignInput } from './design.js';

const base: TrialDesignInput = {
  comparison: { kind: 'placebo' },
  pairs: 6,
  periodDays: 14,
  washoutDays: 4,
  start: '2026-03-02',
  seed: 20261122,
  primaryOutcome: 'pain',
  mcid: 1,
};

function codeOf(fn: () => unknown): { code: string; field: string | undefined } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, field: e.field };
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('designTrial', () => {
  it('lays out consecutive periods with washout and analysis dates', () => {
    const d = designTrial(base);
    expect(d.periods).toHaveLength(12);
    expect(d.periods[0]).toMatchObject({
      period: 1,
      pair: 1,
      start: '2026-03-02',
      washoutEnd: '2026-03-05',
      analysisStart: '2026-03-06',
      end: '2026-03-15',
    });
    expect(d.periods[1]).toMatchObject({ period: 2, pair: 1, start: '2026-03-16' });
    expect(d.end).toBe('2026-08-16'); // day 168 counting 2 March as day 1
    expect(d.analysableDaysPerPeriod).toBe(10);
  });

  it('puts one A and one B in every pair, in the order drawn from the seed', () => {
    const d = designTrial(base);
    for (let pair = 1; pair <= 6; pair++) {
      expect(
        d.periods
          .filter((p) => p.pair === pair)
          .map((p) => p.arm)
          .sort(),
      ).toEqual(['A', 'B']);
    }
    expect(designTrial(base).periods).toEqual(d.periods);
    const orders = (seed: number): string =>
      designTrial({ ...base, seed })
        .periods.map((p) => p.arm)
        .join('');
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map(orders)).size).toBeGreaterThan(1);
  });

  it('matches the recorded allocation for seed 20261122 (a regression pin)', () => {
    expect(
      designTrial({ ...base, pairs: 8 })
        .periods.map((p) => `${p.arm}:${p.pharmacistCode}`)
        .slice(0, 4),
    ).toEqual(['B:P1-7BJ', 'A:P2-YY0', 'A:P3-MXZ', 'B:P4-TD9']);
  });

  it('gives the patient period numbers and dates only', () => {
    const s = designTrial(base).patientSchedule[0];
    expect(Object.keys(s ?? {}).sort()).toEqual(['analysisStart', 'end', 'period', 'start', 'washoutEnd']);
  });

  it('keeps doses as integer micrograms and rejects a dose compared with itself', () => {
    const doses = designTrial({ ...base, comparison: { kind: 'doses', aMg: 4.5, bMg: '1.5' } });
    expect(doses.comparison).toEqual({ kind: 'doses', aMcg: 4500, bMcg: 1500 });
    expect(doses.armLabels).toEqual({ A: 'LDN 4.5 mg', B: 'LDN 1.5 mg' });
    expect(designTrial(base).armLabels).toEqual({ A: 'LDN', B: 'placebo' });
    expect(codeOf(() => designTrial({ ...base, comparison: { kind: 'doses', aMg: 3, bMg: '3.0' } }))).toEqual({
      code: 'LDN_VALIDATION_FAILED',
      field: 'comparison.bMg',
    });
  });

  it('warns, without rejecting, when the design can never reach p < 0.05', () => {
    const five = designTrial({ ...base, pairs: 5 }).warnings.find((w) => w.code === 'cannot_reach_significance');
    expect(five?.message).toMatch(/0\.0625.*6 pairs/);
    expect(designTrial({ ...base, pairs: 6 }).warnings.map((w) => w.code)).not.toContain('cannot_reach_significance');
  });

  it.each([
    [{ pairs: 2 }, 'LDN_TRIAL_TOO_FEW_PAIRS', 'pairs'],
    [{ pairs: 3.5 }, 'LDN_TRIAL_TOO_FEW_PAIRS', 'pairs'],
    [{ washoutDays: 14 }, 'LDN_TRIAL_TOO_SHORT', 'washoutDays'],
    [{ washoutDays: 20 }, 'LDN_TRIAL_TOO_SHORT', 'washoutDays'],
    [{ periodDays: 6, washoutDays: 4 }, 'LDN_TRIAL_TOO_SHORT', 'periodDays'],
    [{ seed: -1 }, 'LDN_TRIAL_BAD_SEED', 'seed'],
    [{ seed: 1.5 }, 'LDN_TRIAL_BAD_SEED', 'seed'],
    [{ seed: 2 ** 53 }, 'LDN_TRIAL_BAD_SEED', 'seed'],
    [{ mcid: 0 }, 'LDN_VALIDATION_FAILED', 'mcid'],
    [{ primaryOutcome: 'Pain score' }, 'LDN_VALIDATION_FAILED', 'primaryOutcome'],
    [{ start: '2026-02-30' }, 'LDN_DATE_INVALID', 'start'],
  ])('rejects %j with %s', (patch, code, field) => {
    expect(codeOf(() => designTrial({ ...base, ...patch }))).toEqual({ code, field });
  });

  it('accepts the shortest useful period: three analysable days', () => {
    expect(designTrial({ ...base, periodDays: 7, washoutDays: 4 }).analysableDaysPerPeriod).toBe(3);
  });
});

describe('significance arithmetic', () => {
  it('needs 6 pairs for a two-sided exact p below 0.05', () => {
    expect(smallestAttainableP(3)).toBe(0.25);
    expect(smallestAttainableP(5)).toBe(0.0625);
    expect(smallestAttainableP(6)).toBe(0.03125);
    expect(minimumPairsForSignificance()).toBe(6);
    expect(minimumPairsForSignificance(0.01)).toBe(8); // 2/256 = 0.0078
  });
});

describe('validateTrialPeriods', () => {
  const periods = designTrial(base).periods;

  it('accepts a generated design', () => {
    expect(() => validateTrialPeriods(periods)).not.toThrow();
  });

  it('rejects overlapping dates', () => {
    const bad = periods.map((p) => (p.period === 3 ? { ...p, start: periods[1]?.end ?? p.start } : p));
    expect(codeOf(() => validateTrialPeriods(bad))).toEqual({ code: 'LDN_TRIAL_OVERLAP', field: 'periods[2].start' });
  });

  it('rejects a pair with the same arm twice', () => {
    const bad = periods.map((p) => (p.pair === 2 ? { ...p, arm: 'A' as const } : p));
    expect(codeOf(() => validateTrialPeriods(bad)).code).toBe('LDN_TRIAL_MISSING_ARM');
  });

  it('rejects an analysis start outside its period', () => {
    const bad = periods.map((p) => (p.period === 1 ? { ...p, analysisStart: '2026-04-30' as typeof p.start } : p));
    expect(codeOf(() => validateTrialPeriods(bad)).code).toBe('LDN_TRIAL_TOO_SHORT');
  });
});
