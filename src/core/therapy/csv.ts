/** CSV export of a plan, one row per day (RFC 4180: CRLF, quoted fields where needed). */
import { formatMg } from '../shared/dose.js';
import type { Plan } from './titration.js';

export const PLAN_CSV_HEADER = ['date', 'day', 'step', 'dose_mg', 'dose_ml', 'form', 'note'] as const;

/** Quotes a field if it holds a comma, quote or line break; a leading =+-@ is prefixed with ' to stop spreadsheet formulas. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function planToCsv(plan: Plan): string {
  const rows: string[][] = [[...PLAN_CSV_HEADER]];
  const labels = new Map(plan.steps.map((s) => [s.index, s]));
  for (const d of plan.days) {
    const step = labels.get(d.step);
    rows.push([
      d.date,
      String(d.day),
      String(d.step + 1),
      formatMg(d.doseMcg),
      d.doseMl === undefined ? '' : String(d.doseMl),
      plan.form.kind,
      step?.roundingNote ?? '',
    ]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
