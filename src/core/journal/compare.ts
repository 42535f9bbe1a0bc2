/**
 * One before/after comparison of a measure around a change day, shared by dose
 * changes and supply changes so both are read with the same arithmetic.
 */
import { addDays, type LocalDate } from '../shared/dates.js';
import { mean, welchDifference } from '../shared/stats.js';

export interface MeasureComparison {
  readonly scale: string;
  readonly before: { readonly n: number; readonly mean: number | null };
  readonly after: { readonly n: number; readonly mean: number | null };
  /** after minus before, with a Welch 95% interval; null when either side has fewer than 2 days. */
  readonly difference: { readonly estimate: number; readonly low: number; readonly high: number } | null;
  readonly reading: 'better' | 'worse' | 'no clear change' | 'too few days';
}

export interface MeasureSeries {
  readonly scale: string;
  readonly higherIsBetter: boolean;
  readonly points: ReadonlyArray<{ readonly day: LocalDate; readonly value: number }>;
}

/** The `windowDays` days before `changeDay` against `changeDay` and the `windowDays - 1` days after it. */
export function compareAround(series: MeasureSeries, changeDay: LocalDate, windowDays: number): MeasureComparison {
  const beforeStart = addDays(changeDay, -windowDays);
  const afterEnd = addDays(changeDay, windowDays - 1);
  const before = series.points.filter((p) => p.day >= beforeStart && p.day < changeDay).map((p) => p.value);
  const after = series.points.filter((p) => p.day >= changeDay && p.day <= afterEnd).map((p) => p.value);
  const diff = welchDifference(before, after);
  return {
    scale: series.scale,
    before: { n: before.length, mean: before.length ? mean(before) : null },
    after: { n: after.length, mean: after.length ? mean(after) : null },
    difference: diff ? { estimate: diff.estimate, low: diff.low, high: diff.high } : null,
    reading: readingOf(diff, series.higherIsBetter),
  };
}

function readingOf(diff: { low: number; high: number } | null, higherIsBetter: boolean): MeasureComparison['reading'] {
  if (!diff) return 'too few days';
  if (diff.low <= 0 && diff.high >= 0) return 'no clear change';
  const up = diff.low > 0;
  return up === higherIsBetter ? 'better' : 'worse';
}
