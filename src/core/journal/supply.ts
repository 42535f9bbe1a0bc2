/**
 * Supply changes: a new form, pharmacy or lot. People on LDN often suspect that
 * a new compounding pharmacy or batch works differently; marking the day lets
 * them look, under the same caveat as any before/after reading.
 */
import { daysBetween, type LocalDate } from '../shared/dates.js';
import type { JournalEntry } from './entry.js';

export const SUPPLY_FIELDS = ['form', 'pharmacy', 'lot'] as const;
export type SupplyField = (typeof SUPPLY_FIELDS)[number];

export interface SupplyFieldChange {
  readonly field: SupplyField;
  readonly from: string;
  readonly to: string;
}

export interface SupplyChangeDay {
  readonly day: LocalDate;
  readonly changes: readonly SupplyFieldChange[];
}

/**
 * Days whose recorded form, pharmacy or lot differs from the last earlier day
 * that recorded that field. A blank field is "not recorded", not a change, and
 * the first value recorded is where the record starts, not a change. Free text
 * is compared ignoring case and repeated spaces, so "Elm St" and "elm  st" are one pharmacy.
 */
export function supplyChangesOf(sorted: readonly JournalEntry[]): SupplyChangeDay[] {
  const last = new Map<SupplyField, string>();
  const days: SupplyChangeDay[] = [];
  for (const e of sorted) {
    const changes: SupplyFieldChange[] = [];
    for (const field of SUPPLY_FIELDS) {
      const value = e.dose?.[field]?.trim();
      if (!value) continue;
      const previous = last.get(field);
      if (previous !== undefined && normal(previous) === normal(value)) continue;
      if (previous !== undefined) changes.push({ field, from: previous, to: value });
      last.set(field, value);
    }
    if (changes.length) days.push({ day: e.day, changes });
  }
  return days;
}

/**
 * The first dose change close enough to confound a comparison around `day`: one
 * on a day d with |d - day| < windowDays falls inside the before or after window
 * (the before window starts windowDays earlier, so a change exactly then leaves it at one dose).
 */
export function confoundingDoseChange(day: LocalDate, doseChangeDays: readonly LocalDate[], windowDays: number): LocalDate | null {
  return doseChangeDays.find((d) => Math.abs(daysBetween(d, day)) < windowDays) ?? null;
}

const normal = (s: string): string => s.replace(/\s+/g, ' ').toLowerCase();
