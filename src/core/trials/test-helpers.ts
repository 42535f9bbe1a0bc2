/** Builders shared by the trial tests (not imported by production code). */
import { addDays } from '../shared/dates.js';
import { designTrial, type TrialDesign } from './design.js';
import type { TrialOutcome, TrialRowInput } from './rows.js';

export function testDesign(pairs = 6, periodDays = 7, washoutDays = 2, seed = 1): TrialDesign {
  return designTrial({
    comparison: { kind: 'placebo' },
    pairs,
    periodDays,
    washoutDays,
    start: '2026-01-05',
    seed,
    primaryOutcome: 'pain',
    mcid: 1,
  });
}

/** One row per day of every period; `outcome` may return undefined to leave the day out entirely. */
export function rowsFor(
  design: TrialDesign,
  outcome: (period: number, arm: 'A' | 'B', day: number) => TrialOutcome | undefined,
): TrialRowInput[] {
  const rows: TrialRowInput[] = [];
  for (const p of design.periods) {
    for (let day = 0; day < design.periodDays; day++) {
      const value = outcome(p.period, p.arm, day);
      if (value !== undefined) rows.push({ date: addDays(p.start, day), period: p.period, arm: p.arm, outcome: value });
    }
  }
  return rows;
}

/** Every number anywhere in a value, with its path. */
export function numbersIn(value: unknown, path = '$'): Array<[string, number]> {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}
