/**
 * A running trial seen through the journal: each journal day falls into a period by
 * its date, and the primary outcome is that day's score on the chosen scale. While
 * the trial is sealed only period numbers and dates are used here (never arms), so
 * the progress can be shown to the blinded person. After unblinding,
 * `trialRowsFromJournal` turns the same days into analysis rows.
 */
import { addDays, daysBetween, type LocalDate } from '../shared/dates.js';
import { LOW_ADHERENCE_SHARE } from './analysis.js';
import type { Arm, PatientSchedulePeriod } from './design.js';
import { TOO_UNWELL, type TrialRowInput } from './rows.js';

/** The part of a journal entry a trial reads. */
export interface JournalDay {
  readonly day: string;
  readonly status: 'logged' | 'too_unwell';
  readonly scores: Readonly<Record<string, number>>;
}

export interface PeriodProgress {
  readonly period: number;
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly washoutEnd: LocalDate | null;
  readonly analysisStart: LocalDate;
  readonly state: 'upcoming' | 'current' | 'done';
  readonly analysableDays: number;
  /** Analysable days up to and including today. */
  readonly elapsedAnalysableDays: number;
  /** Analysable days with a score on the primary outcome. */
  readonly logged: number;
  readonly tooUnwell: number;
  /** Elapsed analysable days with neither a score nor a "too unwell" mark. */
  readonly missing: number;
  /** logged / elapsed analysable days, or null before the first analysable day. */
  readonly adherence: number | null;
}

export type ProgressWarningCode = 'low_adherence' | 'empty_period' | 'too_unwell_days' | 'outcome_not_logged';

export interface ProgressWarning {
  readonly code: ProgressWarningCode;
  readonly message: string;
  readonly period?: number;
}

export interface TrialProgress {
  readonly phase: 'not_started' | 'running' | 'finished';
  readonly currentPeriod: number | null;
  readonly periods: readonly PeriodProgress[];
  readonly totals: {
    readonly analysableDays: number;
    readonly elapsedAnalysableDays: number;
    readonly logged: number;
    readonly tooUnwell: number;
    readonly missing: number;
    readonly adherence: number | null;
  };
  readonly warnings: readonly ProgressWarning[];
}

type DayValue = number | null | typeof TOO_UNWELL;

function valueOf(entry: JournalDay, outcome: string): DayValue {
  if (entry.status === 'too_unwell') return TOO_UNWELL;
  const v = entry.scores[outcome];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function byDay(entries: readonly JournalDay[], outcome: string): Map<string, DayValue> {
  return new Map(entries.map((e) => [e.day, valueOf(e, outcome)]));
}

/** Days from a to b inclusive, as dates; empty when b is before a. */
function eachDay(a: LocalDate, b: LocalDate): LocalDate[] {
  const n = daysBetween(a, b);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addDays(a, i));
}

export function trialProgress(
  schedule: readonly PatientSchedulePeriod[],
  entries: readonly JournalDay[],
  outcome: string,
  today: LocalDate,
): TrialProgress {
  const values = byDay(entries, outcome);
  const warnings: ProgressWarning[] = [];
  const periods = schedule.map((p): PeriodProgress => {
    const state = today < p.start ? 'upcoming' : today > p.end ? 'done' : 'current';
    const analysable = eachDay(p.analysisStart, p.end);
    const elapsed = analysable.filter((d) => d <= today);
    let logged = 0;
    let tooUnwell = 0;
    for (const d of elapsed) {
      const v = values.get(d);
      if (v === TOO_UNWELL) tooUnwell++;
      else if (typeof v === 'number') logged++;
    }
    const adherence = elapsed.length > 0 ? logged / elapsed.length : null;
    if (state === 'done' && logged === 0) {
      warnings.push({
        code: 'empty_period',
        period: p.period,
        message: `Period ${p.period} ended with no ${outcome} score on its analysable days; its pair cannot be compared.`,
      });
    } else if (adherence !== null && elapsed.length >= 3 && adherence < LOW_ADHERENCE_SHARE) {
      warnings.push({
        code: 'low_adherence',
        period: p.period,
        message: `Period ${p.period}: ${logged} of ${elapsed.length} analysable days so far have a ${outcome} score (under ${LOW_ADHERENCE_SHARE * 100}%).`,
      });
    }
    return {
      period: p.period,
      start: p.start,
      end: p.end,
      washoutEnd: p.washoutEnd,
      analysisStart: p.analysisStart,
      state,
      analysableDays: analysable.length,
      elapsedAnalysableDays: elapsed.length,
      logged,
      tooUnwell,
      missing: elapsed.length - logged - tooUnwell,
      adherence,
    };
  });

  const sum = (f: (p: PeriodProgress) => number): number => periods.reduce((s, p) => s + f(p), 0);
  const elapsed = sum((p) => p.elapsedAnalysableDays);
  const logged = sum((p) => p.logged);
  const tooUnwell = sum((p) => p.tooUnwell);
  if (tooUnwell > 0) {
    warnings.push({
      code: 'too_unwell_days',
      message: `${tooUnwell} analysable day(s) marked too unwell to log. They are counted, left out of the period means, and tested in the sensitivity analysis.`,
    });
  }
  const loggedOtherwise = entries.some((e) => e.status === 'logged' && valueOf(e, outcome) === null && inTrial(schedule, e.day, today));
  if (loggedOtherwise) {
    warnings.push({
      code: 'outcome_not_logged',
      message: `Some check-ins during the trial have no ${outcome} score; only days with a ${outcome} score count.`,
    });
  }
  const first = schedule[0];
  const last = schedule[schedule.length - 1];
  const phase = !first || today < first.start ? 'not_started' : last && today > last.end ? 'finished' : 'running';
  return {
    phase,
    currentPeriod: periods.find((p) => p.state === 'current')?.period ?? null,
    periods,
    totals: {
      analysableDays: sum((p) => p.analysableDays),
      elapsedAnalysableDays: elapsed,
      logged,
      tooUnwell,
      missing: elapsed - logged - tooUnwell,
      adherence: elapsed > 0 ? logged / elapsed : null,
    },
    warnings,
  };
}

function inTrial(schedule: readonly PatientSchedulePeriod[], day: string, today: LocalDate): boolean {
  return day <= today && schedule.some((p) => day >= p.analysisStart && day <= p.end);
}

/**
 * Analysis rows from journal days, once the allocation is known: one row per
 * journal day inside a period (washout days included; the analysis leaves them out).
 */
export function trialRowsFromJournal(
  periods: ReadonlyArray<{ readonly period: number; readonly start: LocalDate; readonly end: LocalDate; readonly arm: Arm }>,
  entries: readonly JournalDay[],
  outcome: string,
): TrialRowInput[] {
  const rows: TrialRowInput[] = [];
  const sorted = [...entries].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  for (const e of sorted) {
    const p = periods.find((x) => e.day >= x.start && e.day <= x.end);
    if (!p) continue;
    rows.push({ date: e.day, period: p.period, arm: p.arm, outcome: valueOf(e, outcome) });
  }
  return rows;
}
