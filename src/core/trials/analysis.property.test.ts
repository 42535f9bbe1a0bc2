import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTrial, type TrialAnalysis } from './analysis.js';
import { randomizationTest } from './randomization.js';
import { numbersIn, rowsFor, testDesign } from './test-helpers.js';
import type { TrialRowInput } from './rows.js';

const PAIRS = 5;
const DAYS = 5;
const design = testDesign(PAIRS, DAYS, 1, 3);

/** Daily 0-10 ratings (or a missing/too-unwell day), one list per period; never an empty period. */
const periodsArb = fc.array(
  fc.array(
    fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 10 }) },
      { weight: 1, arbitrary: fc.constantFrom(null, 'too_unwell' as const) },
    ),
    {
      minLength: DAYS,
      maxLength: DAYS,
    },
  ),
  { minLength: 2 * PAIRS, maxLength: 2 * PAIRS },
);

function rowsOf(values: ReadonlyArray<ReadonlyArray<number | null | 'too_unwell'>>): TrialRowInput[] {
  return rowsFor(design, (period, _arm, day) => {
    const v = values[period - 1]?.[day] ?? null;
    // Keep the last day logged, so no period is ever empty.
    return day === DAYS - 1 && typeof v !== 'number' ? 5 : v;
  });
}

const analyse = (rows: TrialRowInput[]): TrialAnalysis => analyzeTrial(rows, { mcid: 1, higherIsBetter: false, washoutDays: 1 });

describe('analysis properties', () => {
  it('swapping the arms flips the sign of the mean difference and of the interval', () => {
    fc.assert(
      fc.property(periodsArb, (values) => {
        const rows = rowsOf(values);
        const r = analyse(rows);
        const s = analyse(rows.map((x) => ({ ...x, arm: x.arm === 'A' ? 'B' : 'A' })));
        // === rather than toBe: 0 and -0 are the same difference.
        expect(s.meanDifference === -r.meanDifference, `${s.meanDifference} vs ${r.meanDifference}`).toBe(true);
        expect(s.ci95[0] === -r.ci95[1]).toBe(true);
        expect(s.ci95[1] === -r.ci95[0]).toBe(true);
        expect(s.randomizationP).toBe(r.randomizationP);
      }),
      { numRuns: 150 },
    );
  });

  it('relabelling (reordering) the pairs leaves every figure unchanged', () => {
    fc.assert(
      fc.property(periodsArb, fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: PAIRS, maxLength: PAIRS }), (values, order) => {
        const r = analyse(rowsOf(values));
        // Pair order[j] goes into slot j: both its periods move together, keeping their order and arms.
        const moved: Array<(number | null | 'too_unwell')[]> = [];
        const arms: Array<'A' | 'B'> = [];
        order.forEach((pair) => {
          for (const j of [0, 1]) {
            moved.push([...(values[2 * pair + j] ?? [])]);
            arms.push(design.periods[2 * pair + j]?.arm ?? 'A');
          }
        });
        const rows = rowsOf(moved).map((x) => ({ ...x, arm: arms[x.period - 1] ?? 'A' }));
        const s = analyse(rows);
        expect(s.meanDifference).toBeCloseTo(r.meanDifference, 12);
        expect(s.ci95[0]).toBeCloseTo(r.ci95[0], 12);
        expect(s.ci95[1]).toBeCloseTo(r.ci95[1], 12);
        expect(s.randomizationP).toBe(r.randomizationP);
        expect(s.posterior.mean).toBeCloseTo(r.posterior.mean, 12);
        expect(s.posteriorProbAboveMcid).toBeCloseTo(r.posteriorProbAboveMcid, 12);
        expect(s.pairs.map((p) => p.difference).sort()).toEqual(r.pairs.map((p) => p.difference).sort());
      }),
      { numRuns: 150 },
    );
  });

  it('constant data give no NaN or infinity anywhere', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (a, b) => {
        const r = analyzeTrial(
          rowsFor(design, (_p, arm) => (arm === 'A' ? a : b)),
          { mcid: 1, higherIsBetter: true },
        );
        expect(numbersIn(r).filter(([, v]) => !Number.isFinite(v))).toEqual([]);
        expect(r.ci95[0]).toBe(r.ci95[1]);
      }),
    );
  });

  it('p is always in (0, 1], and never below 2 / 2^k unless every difference is zero', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 14 }), (d) => {
        const { p } = randomizationTest(d);
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(p).toBeGreaterThanOrEqual(Math.min(1, 2 / 2 ** d.length));
      }),
    );
    fc.assert(
      fc.property(periodsArb, (values) => {
        const { randomizationP } = analyse(rowsOf(values));
        expect(randomizationP > 0 && randomizationP <= 1).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
