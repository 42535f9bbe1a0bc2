/**
 * What a person's own journal shows, stated no more strongly than an
 * uncontrolled record allows: series per measure, the dose steps, before/after
 * comparisons around each dose change and each supply change (form, pharmacy,
 * lot) with their uncertainty, and a side-effect timeline.
 */
import { daysBetween, type LocalDate } from '../shared/dates.js';
import { formatMg, type DoseMcg } from '../shared/dose.js';
import { compareAround, type MeasureComparison } from './compare.js';
import type { JournalEntry } from './entry.js';
import { scaleFor, type Scale } from './scales.js';
import { confoundingDoseChange, supplyChangesOf, type SupplyFieldChange } from './supply.js';

export type { MeasureComparison } from './compare.js';
export type { SupplyField, SupplyFieldChange } from './supply.js';

export interface DoseStep {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly mcg: DoseMcg;
}

export interface Comparison extends MeasureComparison {
  readonly changeDay: LocalDate;
  readonly fromMcg: DoseMcg;
  readonly toMcg: DoseMcg;
}

/** A new form, pharmacy or lot, with before/after comparisons unless a dose change nearby confounds them. */
export interface SupplyChange {
  readonly day: LocalDate;
  readonly changes: readonly SupplyFieldChange[];
  /** Set, and `comparisons` empty, when a dose change falls inside the comparison window. */
  readonly notComputed: {
    readonly doseChangeDay: LocalDate;
    readonly fromMcg: DoseMcg;
    readonly toMcg: DoseMcg;
    readonly reason: string;
  } | null;
  readonly comparisons: readonly MeasureComparison[];
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
  readonly supplyChanges: readonly SupplyChange[];
  readonly sideEffects: ReadonlyArray<{ readonly key: string; readonly days: ReadonlyArray<{ day: LocalDate; severity: string }> }>;
  readonly caveat: string;
}

/** Days on each side of a dose change; about two weeks, since effects are said to take weeks to show. */
export const COMPARISON_WINDOW_DAYS = 14;

export const UNCONTROLLED_CAVEAT =
  'These comparisons are not controlled. Symptoms drift, flares settle on their own, and expecting a change colours how we rate ourselves, so a difference here does not show that the change of dose or supply caused it. A blinded n-of-1 trial can answer that question.';

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
  const doseChanges: Array<{ day: LocalDate; fromMcg: DoseMcg; toMcg: DoseMcg }> = [];
  for (let i = 1; i < doseSteps.length; i++) {
    const prev = doseSteps[i - 1] as DoseStep;
    const step = doseSteps[i] as DoseStep;
    if (prev.mcg !== step.mcg) doseChanges.push({ day: step.from, fromMcg: prev.mcg, toMcg: step.mcg });
  }
  const comparisons: Comparison[] = doseChanges.flatMap(({ day, fromMcg, toMcg }) =>
    series.map((s) => {
      const { scale, ...rest } = compareAround(s, day, windowDays);
      return { scale, changeDay: day, fromMcg, toMcg, ...rest };
    }),
  );

  const supplyChanges: SupplyChange[] = supplyChangesOf(sorted).map(({ day, changes }) => {
    const near = confoundingDoseChange(
      day,
      doseChanges.map((d) => d.day),
      windowDays,
    );
    const dose = doseChanges.find((d) => d.day === near);
    if (dose) {
      const reason = `Not compared: the dose also changed (${formatMg(dose.fromMcg)} to ${formatMg(dose.toMcg)} mg on ${dose.day}), less than ${windowDays} days away, so the two changes cannot be told apart.`;
      return { day, changes, notComputed: { doseChangeDay: dose.day, fromMcg: dose.fromMcg, toMcg: dose.toMcg, reason }, comparisons: [] };
    }
    return { day, changes, notComputed: null, comparisons: series.map((s) => compareAround(s, day, windowDays)) };
  });

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
    supplyChanges,
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
