/**
 * What a person's own journal shows, stated no more strongly than an
 * uncontrolled record allows: series per measure, the dose steps, before/after
 * comparisons around each dose change with their uncertainty, and a side-effect timeline.
 */
import { addDays, daysBetween, type LocalDate } from '../shared/dates.js';
import type { DoseMcg } from '../shared/dose.js';
import { mean, welchDifference } from '../shared/stats.js';
import type { JournalEntry } from './entry.js';
import { scaleFor, type Scale } from './scales.js';

export interface DoseStep {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly mcg: DoseMcg;
}

export interface Comparison {
  readonly scale: string;
  readonly changeDay: LocalDate;
  readonly fromMcg: DoseMcg;
  readonly toMcg: DoseMcg;
  readonly before: { readonly n: number; readonly mean: number | null };
  readonly after: { readonly n: number; readonly mean: number | null };
  /** after minus before, with a Welch 95% interval; null when either side has fewer than 2 days. */
  readonly difference: { readonly estimate: number; readonly low: number; readonly high: number } | null;
  readonly reading: 'better' | 'worse' | 'no clear change' | 'too few days';
}

export interface Insights {
  readonly from: LocalDate | null;
  readonly to: LocalDate | null;
  readonly days: { readonly logged: number; readonly tooUnwell: number; readonly missing: number };
  readonly series: ReadonlyArray<{
    readonly scale: string;
    readonly label: string;
    readonly higherIsBetter: boolean;
    readonly points: ReadonlyArray<{ day: LocalDate; value: number }>;
  }>;
  readonly doseSteps: readonly DoseStep[];
  readonly comparisons: readonly Comparison[];
  readonly sideEffects: ReadonlyArray<{ readonly key: string; readonly days: ReadonlyArray<{ day: LocalDate; severity: string }> }>;
  readonly caveat: string;
}

/** Days on each side of a dose change; about two weeks, since effects are said to take weeks to show. */
export const COMPARISON_WINDOW_DAYS = 14;

export const UNCONTROLLED_CAVEAT =
  'These comparisons are not controlled. Symptoms drift, flares settle on their own, and expecting a change colours how we rate ourselves, so a difference here does not show that the dose caused it. A blinded n-of-1 trial can answer that question.';

export function computeInsights(
  entries: readonly JournalEntry[],
  scales: readonly Scale[] = [],
  windowDays = COMPARISON_WINDOW_DAYS,
): Insights {
  const sorted = [...entries].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const first = sorted[0]?.day ?? null;
  const last = sorted[sorted.length - 1]?.day ?? null;
  const tooUnwell = sorted.filter((e) => e.status === 'too_unwell').length;
  const span = first && last ? daysBetween(first, last) + 1 : 0;

  const keys = new Set<string>(scales.map((s) => s.key));
  for (const e of sorted) for (const k of Object.keys(e.scores)) keys.add(k);
  const series = [...keys].map((key) => {
    const scale = scaleFor(key, scales);
    return {
      scale: key,
      label: scale.label,
      higherIsBetter: scale.higherIsBetter,
      points: sorted.flatMap((e) => (e.scores[key] === undefined ? [] : [{ day: e.day, value: e.scores[key] as number }])),
    };
  });

  const doseSteps = stepsOf(sorted);
  const comparisons: Comparison[] = [];
  for (let i = 1; i < doseSteps.length; i++) {
    const prev = doseSteps[i - 1] as DoseStep;
    const step = doseSteps[i] as DoseStep;
    if (prev.mcg === step.mcg) continue;
    const beforeStart = addDays(step.from, -windowDays);
    const afterEnd = addDays(step.from, windowDays - 1);
    for (const s of series) {
      const before = s.points.filter((p) => p.day >= beforeStart && p.day < step.from).map((p) => p.value);
      const after = s.points.filter((p) => p.day >= step.from && p.day <= afterEnd).map((p) => p.value);
      const diff = welchDifference(before, after);
      comparisons.push({
        scale: s.scale,
        changeDay: step.from,
        fromMcg: prev.mcg,
        toMcg: step.mcg,
        before: { n: before.length, mean: before.length ? mean(before) : null },
        after: { n: after.length, mean: after.length ? mean(after) : null },
        difference: diff ? { estimate: diff.estimate, low: diff.low, high: diff.high } : null,
        reading: readingOf(diff, s.higherIsBetter),
      });
    }
  }

  const effects = new Map<string, Array<{ day: LocalDate; severity: string }>>();
  for (const e of sorted)
    for (const se of e.sideEffects) effects.set(se.key, [...(effects.get(se.key) ?? []), { day: e.day, severity: se.severity }]);

  return {
    from: first,
    to: last,
    days: { logged: sorted.length - tooUnwell, tooUnwell, missing: Math.max(0, span - sorted.length) },
    series,
    doseSteps,
    comparisons,
    sideEffects: [...effects.entries()].map(([key, days]) => ({ key, days })),
    caveat: UNCONTROLLED_CAVEAT,
  };
}

/** Runs of the same recorded dose; a day without a recorded dose neither ends nor starts a run. */
function stepsOf(sorted: readonly JournalEntry[]): DoseStep[] {
  const steps: DoseStep[] = [];
  for (const e of sorted) {
    if (!e.dose) continue;
    const current = steps[steps.length - 1];
    if (current && current.mcg === e.dose.mcg) steps[steps.length - 1] = { ...current, to: e.day };
    else steps.push({ from: e.day, to: e.day, mcg: e.dose.mcg });
  }
  return steps;
}

function readingOf(diff: { low: number; high: number } | null, higherIsBetter: boolean): Comparison['reading'] {
  if (!diff) return 'too few days';
  if (diff.low <= 0 && diff.high >= 0) return 'no clear change';
  const up = diff.low > 0;
  return up === higherIsBetter ? 'better' : 'worse';
}
