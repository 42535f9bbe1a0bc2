/** Per-measure means at each dose, for the clinic summary. Pure, so it is unit tested. */
import type { Insights } from './types.js';

type Steps = Insights['doseSteps'];

/** The dose of the step that covers `day`; undefined between steps or outside them. */
export function doseOn(steps: Steps, day: string): number | undefined {
  return steps.find((s) => s.from <= day && day <= s.to)?.mg;
}

export interface DoseMean {
  readonly mg: number;
  readonly n: number;
  readonly mean: number | null;
}

/** The distinct doses in the order first taken. */
export function dosesOf(steps: Steps): number[] {
  return [...new Set(steps.map((s) => s.mg))];
}

export function meansByDose(series: Insights['series'][number], steps: Steps): DoseMean[] {
  return dosesOf(steps).map((dose) => {
    const values = series.points.filter((p) => doseOn(steps, p.day) === dose).map((p) => p.value);
    return { mg: dose, n: values.length, mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null };
  });
}
