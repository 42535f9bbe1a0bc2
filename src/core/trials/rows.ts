/**
 * One day of trial data: the day, its period number, the (unblinded) arm and
 * the primary outcome. The outcome is a number, null for a day not logged, or
 * "too_unwell" for a day the person was too unwell to log (informative, so it
 * is counted and used in the sensitivity analysis, never silently dropped).
 */
import { isLocalDate, type LocalDate } from '../shared/dates.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Arm } from './design.js';

export type TrialOutcome = number | null | 'too_unwell';

export interface TrialRowInput {
  readonly date: string;
  readonly period: number;
  readonly arm: string;
  readonly outcome: TrialOutcome;
}

export interface TrialRow {
  readonly date: LocalDate;
  readonly period: number;
  readonly arm: Arm;
  readonly outcome: TrialOutcome;
}

export interface CellIssue {
  readonly column: 'date' | 'period' | 'arm' | 'outcome';
  readonly message: string;
}

export const TOO_UNWELL = 'too_unwell';
const MISSING_TOKENS = new Set(['', 'na', 'n/a']);

/**
 * Reads one record of text cells (from CSV or a form). Blank, "NA" or "N/A"
 * outcome = not logged; "too_unwell" (or "too unwell") = too unwell to log.
 */
export function parseTrialCells(cells: Readonly<Record<string, string | undefined>>): Result<TrialRow, CellIssue[]> {
  const issues: CellIssue[] = [];
  const date = (cells['date'] ?? '').trim();
  if (!isLocalDate(date)) issues.push({ column: 'date', message: `date must be a real calendar day written YYYY-MM-DD; got "${date}"` });
  const periodText = (cells['period'] ?? '').trim();
  const period = /^\d{1,4}$/.test(periodText) ? Number(periodText) : NaN;
  if (!(period >= 1)) issues.push({ column: 'period', message: `period must be a whole number from 1; got "${periodText}"` });
  const armText = (cells['arm'] ?? '').trim().toUpperCase();
  if (armText !== 'A' && armText !== 'B') {
    issues.push({ column: 'arm', message: armText === '' ? 'arm is missing; it must be A or B' : `arm must be A or B; got "${armText}"` });
  }
  const outcomeText = (cells['outcome'] ?? '').trim();
  let outcome: TrialOutcome = null;
  if (MISSING_TOKENS.has(outcomeText.toLowerCase())) outcome = null;
  else if (/^too[ _]unwell$/i.test(outcomeText)) outcome = TOO_UNWELL;
  else if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(outcomeText)) outcome = Number(outcomeText);
  else issues.push({ column: 'outcome', message: `outcome must be a number, blank (not logged) or "too_unwell"; got "${outcomeText}"` });
  if (issues.length > 0) return err(issues);
  return ok({ date: date as LocalDate, period, arm: armText as Arm, outcome });
}
