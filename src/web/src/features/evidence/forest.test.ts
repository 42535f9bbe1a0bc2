import { describe, expect, it } from 'vitest';
import type { EvidenceStudyResponse } from '../../../../contracts/evidence.js';
import { effectText, forestGroups, scale } from './forest.js';

type Outcome = EvidenceStudyResponse['outcomes'][number];
const study = (id: string, outcomes: Outcome[]): EvidenceStudyResponse => ({ id, label: id, outcomes }) as unknown as EvidenceStudyResponse;
const md = (value: number, ciLow: number, ciHigh: number, unit = 'NRS points'): Outcome => ({
  measure: 'Pain',
  primary: true,
  result: 'x',
  direction: 'null',
  effect: { kind: 'mean-difference', value, ciLow, ciHigh, lowerIsBetter: true, unit },
});

describe('forest plot layout', () => {
  it('groups only effects on the same scale, and keeps the null value inside the axis', () => {
    const groups = forestGroups([
      // FINAL: −0.34 (95% CI −0.95 to 0.27) NRS points, doi:10.1016/S2665-9913(23)00278-3
      study('final', [md(-0.34, -0.95, 0.27), { measure: 'no effect given', primary: false, result: 'x', direction: 'null' }]),
      study('other', [md(-1, -2, -0.5), md(2, 0.4, 3.7, 'kPa')]),
      study('rr', [
        {
          measure: 'Relapse',
          primary: true,
          result: 'x',
          direction: 'positive',
          effect: { kind: 'risk-ratio', value: 0.5, ciLow: 0.3, ciHigh: 0.8, lowerIsBetter: true },
        },
      ]),
    ]);
    expect(groups.map((g) => [g.unit, g.rows.length, g.nullValue])).toEqual([
      ['NRS points', 2, 0],
      ['kPa', 1, 0],
      [undefined, 1, 1],
    ]);
    const [nrs, kpa, rr] = groups;
    expect(nrs!.min).toBeCloseTo(-2 - 0.227, 3);
    expect(nrs!.max).toBeCloseTo(0.27 + 0.227, 3);
    expect(kpa!.min).toBeLessThan(0);
    expect(rr!.max).toBeGreaterThan(1);
  });

  it('maps values linearly onto pixels', () => {
    const x = scale({ min: -1, max: 1 }, 100, 300);
    expect([x(-1), x(0), x(1)]).toEqual([100, 200, 300]);
  });

  it('writes the effect with its interval and a true minus sign', () => {
    expect(effectText(md(-0.34, -0.95, 0.27).effect!)).toBe('−0.34 (95% CI −0.95 to 0.27) NRS points');
    expect(effectText({ kind: 'risk-difference', value: 5, lowerIsBetter: false })).toBe('5 (no confidence interval reported)');
  });
});
